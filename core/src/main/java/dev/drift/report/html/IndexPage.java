package dev.drift.report.html;

import dev.drift.report.RunDocument;
import dev.drift.report.RunReport;
import dev.drift.report.RunTotals;
import dev.drift.score.Thresholds;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lays out a run as its index page: the verdict and the totals, the originals and the thresholds,
 * links to the reports of the whole run, one table row per document with its drift, verdict,
 * reasons and links to its own reports, then the files without counterpart. Every string goes
 * through {@link HtmlWriter}; the page is self-contained (one inline style sheet allowed by hash,
 * no script). Not thread-safe; one per rendering.
 */
final class IndexPage {
  private final RunReport run;
  private final PageAssets assets;

  IndexPage(RunReport run, PageAssets assets) {
    this.run = run;
    this.assets = assets;
  }

  void write(Writer out) throws IOException {
    RunTotals totals = run.totals();
    String described = totals == null ? "" : totals.describe();
    HtmlWriter w = new HtmlWriter(out);
    w.raw("<!DOCTYPE html>").newline();
    w.open("html", "lang", "en").newline();
    w.open("head").newline();
    w.open("meta", "charset", "utf-8").newline();
    w.open(
            "meta",
            "http-equiv",
            "Content-Security-Policy",
            "content",
            assets.contentSecurityPolicy())
        .newline();
    w.open("meta", "name", "referrer", "content", "no-referrer").newline();
    w.open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline();
    w.open("meta", "name", "generator", "content", "drift (" + schema() + ")").newline();
    w.element("title", HtmlWriter.Bidi.visible("drift: " + described)).newline();
    w.open("style").raw(assets.css()).close("style").newline();
    w.close("head").newline();
    w.open("body").newline();
    boolean passes = totals != null && totals.passes();
    w.element("h1", "drift " + (passes ? "passed" : "failed")).newline();
    w.element("p", described).newline();
    writeSettings(w);
    writeRunFiles(w);
    writeDocuments(w);
    writeMissing(w);
    w.close("body").newline().close("html").newline();
  }

  private void writeSettings(HtmlWriter w) throws IOException {
    StringBuilder sb = new StringBuilder("Originals: ").append(orUnknown(run.source()));
    sb.append(" (").append(orUnknown(run.sourceLanguage())).append(')');
    Thresholds t = run.thresholds();
    if (t != null) {
      sb.append(
          String.format(
              Locale.ROOT,
              " · maxDrift %.2f · minSimilarity %.2f · failing severity %s",
              t.maxDrift(),
              t.minSimilarity(),
              t.failOn() == null ? "unknown" : t.failOn().id()));
    }
    w.element("p", sb.toString()).newline();
  }

  private void writeRunFiles(HtmlWriter w) throws IOException {
    if (run.runFiles().isEmpty()) {
      return;
    }
    w.open("p").text("Reports of the whole run: ");
    String separator = "";
    for (String file : run.runFiles().values()) {
      w.text(separator).element("a", file, "href", href(file));
      separator = " ";
    }
    w.close("p").newline();
  }

  private void writeDocuments(HtmlWriter w) throws IOException {
    w.open("table").newline();
    w.open("thead").open("tr");
    for (String head : List.of("Document", "Language", "Drift", "Verdict", "Why", "Reports")) {
      w.element("th", head);
    }
    w.close("tr").close("thead").newline();
    w.open("tbody").newline();
    for (RunDocument d : run.documents()) {
      String verdict = d.verdict() == null ? "unknown" : d.verdict().id();
      w.open("tr", "class", verdict);
      w.element("td", orUnknown(d.path()));
      w.element("td", orUnknown(d.language()));
      w.element("td", String.format(Locale.ROOT, "%.2f", d.drift()), "class", "num");
      w.element("td", verdict, "class", "verdict");
      w.element("td", String.join("; ", orEmpty(d.reasons())), "class", "why");
      w.open("td");
      String separator = "";
      for (Map.Entry<String, String> r : d.reports().entrySet()) {
        w.text(separator).element("a", r.getKey(), "href", href(r.getValue()));
        separator = " ";
      }
      w.close("td").close("tr").newline();
    }
    w.close("tbody").newline().close("table").newline();
  }

  private void writeMissing(HtmlWriter w) throws IOException {
    if (run.missing().isEmpty()) {
      return;
    }
    w.element("h2", "Files without counterpart").newline();
    w.open("ul").newline();
    for (String m : run.missing()) {
      w.element("li", m).newline();
    }
    w.close("ul").newline();
  }

  /**
   * A relative link to a report: percent-encoded, and never read as a scheme.
   *
   * @param relative the path relative to the index page, segments separated by {@code /}
   * @return {@code ./} and the percent-encoded path
   */
  static String href(String relative) {
    try {
      return "./" + new URI(null, null, relative, null).getRawPath();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("unusable report path " + relative, e);
    }
  }

  private String schema() {
    return run.schema() == null ? RunReport.SCHEMA : run.schema();
  }

  private static String orUnknown(String s) {
    return s == null || s.isEmpty() ? "unknown" : s;
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
