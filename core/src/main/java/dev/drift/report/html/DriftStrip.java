package dev.drift.report.html;

import static dev.drift.report.html.PageModel.fixed;
import static dev.drift.report.html.PageModel.kind;
import static dev.drift.report.html.PageModel.lineColumn;
import static dev.drift.report.html.PageModel.orEmpty;
import static dev.drift.report.html.PageModel.worst;

import dev.drift.report.DriftReport;
import dev.drift.report.Pair;
import dev.drift.report.SentenceRef;
import dev.drift.shift.Severity;
import java.io.IOException;
import java.util.List;

/**
 * The drift strip: one cell per pair in report order, coloured by similarity (omissions, additions,
 * moved matches and the worst shift in their own colours), each linking to its pair's first
 * sentence, then the legend and the keyboard keys. Not thread-safe; one per rendering.
 */
final class DriftStrip {
  private final PageModel model;
  private final DriftReport report;
  private final List<Pair> pairs;
  private final List<List<PlacedShift>> shiftsByPair;

  DriftStrip(PageModel model) {
    this.model = model;
    this.report = model.report;
    this.pairs = model.pairs;
    this.shiftsByPair = model.shiftsByPair;
  }

  void write(HtmlWriter w) throws IOException {
    w.open("nav", "class", "strip-wrap", "aria-label", "pairs in report order").newline();
    w.open("div", "class", "strip");
    for (int p = 0; p < pairs.size(); p++) {
      Pair pair = pairs.get(p);
      String label = pairLabel(p + 1, pair);
      w.open(
          "a",
          "class",
          "cell " + model.pairClasses(pair, shiftsByPair.get(p)),
          "id",
          "c" + (p + 1),
          "href",
          "#" + model.firstSentenceId(p + 1, pair),
          "data-pair",
          Integer.toString(p + 1),
          "title",
          label,
          "aria-label",
          label);
      w.close("a");
    }
    w.close("div").newline();
    w.open("div", "class", "strip-foot");
    w.open("div", "class", "legend", "aria-hidden", "true");
    w.element("span", "similarity", "class", "lg-label");
    w.element("span", "", "class", "lg-ramp");
    w.element("span", "low → high", "class", "lg-label");
    w.element("span", "", "class", "sw sw-omit");
    w.element("span", "omitted", "class", "lg-label");
    w.element("span", "", "class", "sw sw-add");
    w.element("span", "added", "class", "lg-label");
    w.element("span", "", "class", "sw sw-moved");
    w.element("span", "moved", "class", "lg-label");
    if (report.thresholds() != null) {
      w.element("span", "", "class", "sw sw-low");
      w.element(
          "span",
          "below min similarity " + fixed(report.thresholds().minSimilarity()),
          "class",
          "lg-label");
    }
    w.element("span", "", "class", "sw sw-shift");
    w.element("span", "worst shift", "class", "lg-label");
    w.close("div");
    w.open("span", "class", "keys");
    w.element("kbd", "j");
    w.text(" / ");
    w.element("kbd", "k");
    w.text(" next / previous shift · ");
    w.element("kbd", "Esc");
    w.text(" clear");
    w.close("span");
    w.close("div").newline();
    w.close("nav").newline();
  }

  private String pairLabel(int number, Pair pair) {
    StringBuilder sb = new StringBuilder("pair ").append(number).append(": ");
    switch (kind(pair)) {
      case MATCH -> {
        sb.append("match");
        if (pair.similarity() != null) {
          sb.append(", similarity ").append(fixed(pair.similarity()));
        }
        if (pair.moved()) {
          sb.append(", moved");
        }
      }
      case OMISSION -> sb.append("omitted in the translation");
      case ADDITION -> sb.append("added in the translation");
    }
    sb.append(where(" · original ", orEmpty(pair.original())));
    sb.append(where(" · translation ", orEmpty(pair.translation())));
    List<PlacedShift> placed = shiftsByPair.get(number - 1);
    if (!placed.isEmpty()) {
      sb.append(" · ").append(placed.size()).append(placed.size() == 1 ? " shift" : " shifts");
      Severity worst = worst(placed);
      if (worst != null) {
        sb.append(" (worst ").append(worst.id()).append(')');
      }
    }
    return sb.toString();
  }

  private static String where(String prefix, List<SentenceRef> sentences) {
    if (sentences.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder(prefix);
    for (int i = 0; i < sentences.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(lineColumn(sentences.get(i)));
    }
    return sb.toString();
  }
}
