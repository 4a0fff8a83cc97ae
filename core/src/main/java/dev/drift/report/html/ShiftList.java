package dev.drift.report.html;

import static dev.drift.report.html.PageModel.sentences;

import dev.drift.report.Pair;
import dev.drift.report.SentenceRef;
import dev.drift.report.html.PlacedShift.Side;
import dev.drift.shift.TextSpan;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The list of every shift under the columns: severity, kinds, message, and where it lies on each
 * side, linking to its highlight in the columns when one was written. Not thread-safe; one per
 * rendering; written after the columns.
 */
final class ShiftList {
  private final List<Pair> pairs;
  private final List<PlacedShift> shifts;
  private final Map<Side, Set<Integer>> headsWritten;

  ShiftList(PageModel model) {
    this.pairs = model.pairs;
    this.shifts = model.shifts;
    this.headsWritten = model.headsWritten;
  }

  void write(HtmlWriter w) throws IOException {
    w.open("details", "class", "shift-list", "id", "shift-list");
    w.open("summary");
    w.element("span", shifts.size() + (shifts.size() == 1 ? " shift" : " shifts"), "class", "n");
    w.text(shifts.isEmpty() ? " — none found" : " — list");
    w.close("summary").newline();
    if (!shifts.isEmpty()) {
      w.open("ol").newline();
      for (PlacedShift s : shifts) {
        writeShiftRow(w, s);
      }
      w.close("ol").newline();
    }
    w.close("details").newline();
  }

  private void writeShiftRow(HtmlWriter w, PlacedShift s) throws IOException {
    w.open(
        "li",
        "class",
        "srow",
        "id",
        "shift-" + s.id(),
        "data-shift",
        Integer.toString(s.id()),
        "data-sev",
        s.severity(),
        "data-kinds",
        s.kindIds(),
        "data-pair",
        Integer.toString(s.pair()));
    w.element("span", s.severity(), "class", "badge sev-" + s.severity());
    w.element("span", s.kindLabels(), "class", "kinds");
    w.element("span", s.message(), "class", "msg");
    w.open("span", "class", "where");
    for (Side side : Side.values()) {
      TextSpan span = s.span(side);
      if (span == null) {
        continue;
      }
      String label = side.label + " " + spanLocation(s, side);
      if (headsWritten.get(side).contains(s.id())) {
        w.element("a", label, "href", "#" + SentenceMarkup.headId(side, s.id()));
      } else {
        w.element("span", label + " (outside its sentences)", "class", "stray");
      }
      w.text(" ");
      w.element("q", span.text(), "class", "excerpt");
      w.text(" ");
    }
    w.close("span");
    w.close("li").newline();
  }

  /** Line and column of a span's start, from the sentence that holds it. */
  private String spanLocation(PlacedShift s, Side side) {
    TextSpan span = s.span(side);
    for (SentenceRef sentence : sentences(pairs.get(s.pair() - 1), side)) {
      String text = sentence.text() == null ? "" : sentence.text();
      int local = span.start() - sentence.start();
      if (local >= 0 && local <= text.length()) {
        int line = sentence.line();
        int column = sentence.column() + local;
        for (int i = 0; i < local; i++) {
          if (text.charAt(i) == '\n') {
            line++;
            column = local - i;
          }
        }
        return line + ":" + column;
      }
    }
    return "offset " + span.start();
  }
}
