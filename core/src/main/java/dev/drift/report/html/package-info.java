/**
 * The HTML renderer: one self-contained page (inline style and script, allowed by hash in a strict
 * Content-Security-Policy, no external resources) with both documents side by side, aligned
 * sentences linked, shifts highlighted by severity, a similarity strip, filters and keyboard
 * navigation. Every report string is escaped with the OWASP Java Encoder in {@code HtmlWriter}.
 * Uses only {@code dev.drift.report} and the value types it carries.
 */
package dev.drift.report.html;
