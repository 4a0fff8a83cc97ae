/**
 * The HTML renderer: one self-contained page (inline style and script, allowed by hash in a strict
 * Content-Security-Policy, no external resources) with both documents side by side, aligned
 * sentences linked, shifts highlighted by severity, a similarity strip, filters and keyboard
 * navigation; and, for a run, the index page linking every document's reports. Every string from
 * outside is escaped with the OWASP Java Encoder in {@code HtmlWriter}, for both pages. Uses only
 * {@code dev.drift.report} and the value types it carries.
 */
package dev.drift.report.html;
