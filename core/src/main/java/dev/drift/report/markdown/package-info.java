/**
 * A short Markdown summary for a pull-request comment or a CI step summary: {@link
 * dev.drift.report.markdown.MarkdownRenderer}. May use only {@code dev.drift.report} and the value
 * types it exposes.
 */
package dev.drift.report.markdown;
