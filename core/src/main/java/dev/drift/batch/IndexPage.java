package dev.drift.batch;

import dev.drift.report.ReportFormat;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;

/**
 * The index page of a run: a self-contained HTML page listing every document with its drift and
 * verdict, linking to its per-document reports, and the files without counterpart. Every string
 * from outside goes through {@link #escape}. Stateless.
 */
final class IndexPage {
  private IndexPage() {}

  private static final String STYLE =
      "body{font:14px/1.45 system-ui,sans-serif;margin:2em;color:#222}"
          + "table{border-collapse:collapse}th,td{padding:.3em .8em;text-align:left;"
          + "border-bottom:1px solid #ddd;vertical-align:top}td.num{text-align:right;"
          + "font-variant-numeric:tabular-nums}tr.fail td.verdict{color:#b00020;font-weight:bold}"
          + "tr.pass td.verdict{color:#1b7f3b}.why{color:#555}";

  /**
   * Writes the page.
   *
   * @param request what was checked
   * @param summary what the run found
   * @param out where to write
   * @throws IOException if writing fails
   */
  static void render(BatchRequest request, BatchSummary summary, Writer out) throws IOException {
    String status = summary.passes() ? "passed" : "failed";
    out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.write("<title>drift: " + escape(summary.describe()) + "</title>\n");
    out.write("<style>" + STYLE + "</style>\n</head>\n<body>\n");
    out.write("<h1>drift " + status + "</h1>\n");
    out.write("<p>" + escape(summary.describe()) + "</p>\n");
    out.write(
        String.format(
            Locale.ROOT,
            "<p>Originals: %s (%s) &middot; maxDrift %.2f &middot; minSimilarity %.2f"
                + " &middot; failing severity %s</p>\n",
            escape(request.sourceDirectory().toString()),
            escape(request.sourceLanguage()),
            request.options().thresholds().maxDrift(),
            request.options().thresholds().minSimilarity(),
            escape(request.options().thresholds().failOn().id())));
    String runFiles = "";
    for (ReportFormat f : request.formats()) {
      if (!f.perDocument()) {
        runFiles +=
            (runFiles.isEmpty() ? "" : " ")
                + "<a href=\""
                + escape(href(f.runFileName()))
                + "\">"
                + escape(f.runFileName())
                + "</a>";
      }
    }
    if (!runFiles.isEmpty()) {
      out.write("<p>Reports of the whole run: " + runFiles + "</p>\n");
    }
    out.write("<table>\n<thead><tr><th>Document</th><th>Language</th><th>Drift</th>");
    out.write("<th>Verdict</th><th>Why</th><th>Reports</th></tr></thead>\n<tbody>\n");
    for (DocumentOutcome d : summary.documents()) {
      String verdict = d.verdict().id();
      out.write("<tr class=\"" + verdict + "\"><td>" + escape(d.pair().relativePath()) + "</td>");
      out.write("<td>" + escape(d.pair().translationLanguage()) + "</td>");
      out.write(String.format(Locale.ROOT, "<td class=\"num\">%.2f</td>", d.drift()));
      out.write("<td class=\"verdict\">" + verdict + "</td>");
      out.write("<td class=\"why\">" + escape(String.join("; ", d.reasons())) + "</td><td>");
      String separator = "";
      for (Map.Entry<ReportFormat, String> r : d.reports().entrySet()) {
        out.write(separator);
        out.write("<a href=\"" + escape(href(r.getValue())) + "\">");
        out.write(escape(r.getKey().extension()) + "</a>");
        separator = " ";
      }
      out.write("</td></tr>\n");
    }
    out.write("</tbody>\n</table>\n");
    if (!summary.missing().isEmpty()) {
      out.write("<h2>Files without counterpart</h2>\n<ul>\n");
      for (MissingCounterpart m : summary.missing()) {
        out.write("<li>" + escape(m.message()) + "</li>\n");
      }
      out.write("</ul>\n");
    }
    out.write("</body>\n</html>\n");
  }

  /**
   * Escapes text for HTML element content and quoted attribute values.
   *
   * @param text the text
   * @return the text with {@code & < > " '} replaced by entities
   */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** A relative link to a report: percent-encoded, and never read as a scheme. */
  static String href(String relative) {
    try {
      return "./" + new URI(null, null, relative, null).getRawPath();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("unusable report path " + relative, e);
    }
  }
}
