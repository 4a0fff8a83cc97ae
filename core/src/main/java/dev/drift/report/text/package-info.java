/**
 * The terminal renderer. May use only {@code dev.drift.report} and the value types it carries
 * ({@code shift}, {@code score}).
 */
package dev.drift.report.text;
