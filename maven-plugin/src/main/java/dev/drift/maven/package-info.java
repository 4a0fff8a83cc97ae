/**
 * The drift Maven plugin: goal {@code drift:check} maps its parameters to a {@link
 * dev.drift.batch.BatchRequest}, runs it through {@link dev.drift.batch.BatchRunner} and turns the
 * outcome into log lines and a build result; goal {@code drift:stale} does the same through {@link
 * dev.drift.stale.StaleChecker}. Both extend {@code AbstractDriftMojo}, which holds the parameters
 * they share and handles {@code drift.skip} once. All checking lives in drift-core.
 */
package dev.drift.maven;
