/**
 * Conveniences around the pipeline that are not a stage of it: the cache of whole reports ({@link
 * dev.drift.tools.ReportCache}), used by the facade. May use {@code embed}, {@code baseline} and
 * {@code report}; never the facade, {@code config} or {@code batch}.
 */
package dev.drift.tools;
