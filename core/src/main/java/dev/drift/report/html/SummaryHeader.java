package dev.drift.report.html;

import static dev.drift.report.html.PageModel.baseName;
import static dev.drift.report.html.PageModel.fixed;
import static dev.drift.report.html.PageModel.orEmpty;
import static dev.drift.report.html.PageModel.orUnknown;
import static dev.drift.report.html.PageModel.path;
import static dev.drift.report.html.PageModel.percent;

import dev.drift.report.Counts;
import dev.drift.report.DocumentSummary;
import dev.drift.report.DriftReport;
import dev.drift.report.Verdict;
import dev.drift.score.Thresholds;
import dev.drift.shift.Severity;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * The page's header: both file names and the verdict, the documents' and the model's details, the
 * drift score with its gauge against {@code maxDrift}, the pair counts, the shift counts by
 * severity, and the reasons and warnings. Not thread-safe; one per rendering.
 */
final class SummaryHeader {
  private final PageModel model;
  private final DriftReport report;

  SummaryHeader(PageModel model) {
    this.model = model;
    this.report = model.report;
  }

  void write(HtmlWriter w) throws IOException {
    w.open("header", "class", "summary").newline();
    w.open("div", "class", "head-row");
    w.open("h1");
    w.element("span", "drift", "class", "brand");
    w.open("span", "class", "files");
    w.element(
        "span",
        baseName(path(report.original())),
        "class",
        "file",
        "title",
        path(report.original()));
    w.element("span", "→", "class", "arrow", "aria-label", "compared with");
    w.element(
        "span",
        baseName(path(report.translation())),
        "class",
        "file",
        "title",
        path(report.translation()));
    w.close("span").close("h1");
    boolean pass = report.verdict() == Verdict.PASS;
    w.element(
        "span",
        model.verdictLabel(),
        "class",
        "verdict " + (pass ? "verdict-pass" : "verdict-fail"));
    w.close("div").newline();

    w.open("p", "class", "meta");
    writeDocumentMeta(w, "original", report.original());
    w.element("span", " → ", "class", "sep", "aria-hidden", "true");
    writeDocumentMeta(w, "translation", report.translation());
    w.element("span", " · ", "class", "sep", "aria-hidden", "true");
    w.open("span", "class", "model").text("model ");
    w.element("b", report.model() == null ? "unknown" : report.model().name());
    String sha = report.model() == null ? null : report.model().sha256();
    if (sha != null && !sha.isEmpty()) {
      w.text(" ");
      w.element(
          "code",
          sha.length() > 8 ? sha.substring(0, 8) : sha,
          "class",
          "sha",
          "title",
          "SHA-256 " + sha);
    }
    w.close("span");
    if (report.translation() != null && report.translation().wording() != null) {
      w.element("span", " · ", "class", "sep", "aria-hidden", "true");
      w.element(
          "span",
          "worded freely: paraphrase shown as info",
          "class",
          "wording",
          "title",
          "--wording literal grades every changed word");
    }
    w.close("p").newline();

    w.open("div", "class", "stats").newline();
    writeScore(w);
    Counts c = model.counts();
    writeStat(
        w, "matched", c.matches(), c.moved() > 0 ? c.moved() + " moved" : "in order", "match");
    writeStat(w, "omitted", c.omissions(), "in the original only", "omit");
    writeStat(w, "added", c.additions(), "in the translation only", "add");
    w.open("div", "class", "stat stat-shifts");
    w.element("span", "shifts", "class", "stat-label");
    w.open("span", "class", "sev-counts");
    writeSeverityCount(w, Severity.ERROR, c.error());
    writeSeverityCount(w, Severity.WARNING, c.warning());
    writeSeverityCount(w, Severity.INFO, c.info());
    w.close("span").close("div").newline();
    List<String> reasons = orEmpty(report.reasons());
    List<String> warnings = orEmpty(report.warnings());
    if (!reasons.isEmpty() || !warnings.isEmpty()) {
      w.open("div", "class", "notes");
      if (!reasons.isEmpty()) {
        w.open("ul", "class", "reasons", "aria-label", "why it fails");
        for (String reason : reasons) {
          w.element("li", reason);
        }
        w.close("ul");
      }
      if (!warnings.isEmpty()) {
        w.open("ul", "class", "warnings", "aria-label", "warnings");
        for (String warning : warnings) {
          w.element("li", warning);
        }
        w.close("ul");
      }
      w.close("div").newline();
    }
    w.close("div").newline();
    w.close("header").newline();
  }

  private void writeDocumentMeta(HtmlWriter w, String label, DocumentSummary doc)
      throws IOException {
    w.open("span", "class", "doc-meta");
    w.text(label + " ");
    w.element("b", path(doc));
    if (doc != null) {
      w.text(
          String.format(
              Locale.ROOT,
              " (%s, %s, %d sentences)",
              orUnknown(doc.format()),
              orUnknown(doc.language()),
              doc.sentences()));
    }
    w.close("span");
  }

  private void writeScore(HtmlWriter w) throws IOException {
    Thresholds t = report.thresholds();
    boolean over = t != null && report.drift() > t.maxDrift();
    w.open("div", "class", "stat stat-score" + (over ? " over" : ""));
    w.element("span", "drift", "class", "stat-label");
    w.element("span", fixed(report.drift()), "class", "stat-value");
    w.element("span", t == null ? "no maximum" : "max " + fixed(t.maxDrift()), "class", "stat-sub");
    // The gauge is drawn with SVG geometry attributes, which the policy allows, not style ones.
    w.open(
        "svg",
        "class",
        "gauge",
        "width",
        "100%",
        "height",
        "10",
        "aria-hidden",
        "true",
        "focusable",
        "false");
    w.open(
            "rect", "class", "g-track", "x", "0", "y", "2", "width", "100%", "height", "6", "rx",
            "3")
        .close("rect");
    w.open(
            "rect",
            "class",
            "g-fill",
            "x",
            "0",
            "y",
            "2",
            "width",
            percent(report.drift()),
            "height",
            "6",
            "rx",
            "3")
        .close("rect");
    if (t != null) {
      w.open(
              "rect",
              "class",
              "g-max",
              "x",
              percent(t.maxDrift()),
              "y",
              "0",
              "width",
              "2",
              "height",
              "10")
          .close("rect");
    }
    w.close("svg");
    w.close("div").newline();
  }

  private static void writeStat(HtmlWriter w, String label, int value, String sub, String kind)
      throws IOException {
    w.open("div", "class", "stat stat-" + kind);
    w.element("span", label, "class", "stat-label");
    w.element("span", Integer.toString(value), "class", "stat-value");
    w.element("span", sub, "class", "stat-sub");
    w.close("div").newline();
  }

  private static void writeSeverityCount(HtmlWriter w, Severity severity, int n)
      throws IOException {
    w.open("span", "class", "sev-count sev-" + severity.id() + (n == 0 ? " none" : ""));
    w.element("b", Integer.toString(n));
    w.text(" " + severity.id());
    w.close("span");
  }
}
