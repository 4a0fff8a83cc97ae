package dev.drift.report.html;

import dev.drift.report.SentenceRef;
import dev.drift.report.html.PlacedShift.Side;
import dev.drift.shift.TextSpan;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes one sentence's text with its shifts highlighted. A shift's span is clamped to the sentence
 * and, because spans may overlap in any way, the text is cut at every span boundary: each piece is
 * wrapped in one {@code <mark>} per shift covering it, opened and closed within the piece, so the
 * markup always nests. The first piece of a shift on a side is its head: focusable, titled, and
 * followed by its tooltip. Not thread-safe.
 */
final class SentenceMarkup {
  private static final Comparator<Stretch> OUTER_FIRST =
      Comparator.comparingInt(Stretch::start)
          .thenComparing(Comparator.comparingInt(Stretch::end).reversed())
          .thenComparingInt(s -> s.shift().id());

  private final Side side;
  private final Set<Integer> headsWritten;

  /**
   * Creates the markup writer for one column.
   *
   * @param side the column's side
   * @param headsWritten the shifts whose head is already on the page in this column; updated
   */
  SentenceMarkup(Side side, Set<Integer> headsWritten) {
    this.side = side;
    this.headsWritten = headsWritten;
  }

  /** A shift's stretch inside one sentence, in sentence-local UTF-16 offsets. */
  record Stretch(PlacedShift shift, int start, int end) {}

  /**
   * Clamps the shifts' spans on this side to a sentence.
   *
   * @param sentence the sentence
   * @param shifts the shifts of the sentence's pair
   * @return the stretches inside the sentence, empty ones only where a zero-length span lies in it
   */
  List<Stretch> stretches(SentenceRef sentence, List<PlacedShift> shifts) {
    String text = sentence.text() == null ? "" : sentence.text();
    List<Stretch> out = new ArrayList<>();
    for (PlacedShift shift : shifts) {
      TextSpan span = shift.span(side);
      if (span == null || span.end() < span.start()) {
        continue;
      }
      int start = span.start() - sentence.start();
      int end = span.end() - sentence.start();
      if (start == end) {
        if (start >= 0 && start <= text.length()) {
          int at = snap(text, start);
          out.add(new Stretch(shift, at, at));
        }
        continue;
      }
      int from = snap(text, clamp(start, text.length()));
      int to = snap(text, clamp(end, text.length()));
      if (from < to) {
        out.add(new Stretch(shift, from, to));
      }
    }
    return out;
  }

  /**
   * Writes the text with the stretches marked.
   *
   * @param w where to write
   * @param text the sentence text
   * @param stretches from {@link #stretches}
   */
  void write(HtmlWriter w, String text, List<Stretch> stretches) throws IOException {
    String t = text == null ? "" : text;
    TreeSet<Integer> cuts = new TreeSet<>();
    cuts.add(0);
    cuts.add(t.length());
    for (Stretch s : stretches) {
      cuts.add(s.start());
      cuts.add(s.end());
    }
    Integer from = cuts.first();
    while (from != null) {
      for (Stretch s : stretches) {
        if (s.start() == s.end() && s.start() == from) {
          boolean head = mark(w, s, true);
          w.close("mark");
          if (head) {
            tip(w, s.shift());
          }
        }
      }
      Integer to = cuts.higher(from);
      if (to == null) {
        break;
      }
      List<Stretch> covering = new ArrayList<>();
      for (Stretch s : stretches) {
        if (s.start() <= from && s.end() >= to && s.start() < s.end()) {
          covering.add(s);
        }
      }
      covering.sort(OUTER_FIRST);
      List<Boolean> heads = new ArrayList<>();
      for (Stretch s : covering) {
        heads.add(mark(w, s, false));
      }
      w.text(t.substring(from, to));
      for (int i = covering.size() - 1; i >= 0; i--) {
        w.close("mark");
        if (heads.get(i)) {
          tip(w, covering.get(i).shift());
        }
      }
      from = to;
    }
  }

  /** Opens the mark of a piece; returns whether it is the head. */
  private boolean mark(HtmlWriter w, Stretch s, boolean point) throws IOException {
    PlacedShift shift = s.shift();
    boolean head = headsWritten.add(shift.id());
    String classes =
        "shift sev-" + shift.severity() + (head ? " head" : "") + (point ? " point" : "");
    w.open(
        "mark",
        "class",
        classes,
        "id",
        head ? headId(side, shift.id()) : null,
        "tabindex",
        head ? "0" : null,
        "aria-describedby",
        head ? tipId(side, shift.id()) : null,
        "title",
        shift.severity() + ": " + shift.message(),
        "data-shift",
        Integer.toString(shift.id()),
        "data-sev",
        shift.severity(),
        "data-kinds",
        shift.kindIds());
    return head;
  }

  private void tip(HtmlWriter w, PlacedShift shift) throws IOException {
    w.open("span", "class", "tip", "role", "tooltip", "id", tipId(side, shift.id()));
    w.element("b", shift.severity(), "class", "tip-sev sev-" + shift.severity());
    w.text(" ");
    w.element("span", shift.kindLabels(), "class", "tip-kinds");
    w.text(" ");
    w.element("span", shift.message(), "class", "tip-msg");
    w.close("span");
  }

  /** The id of a shift's head mark on a side. */
  static String headId(Side side, int shift) {
    return "s" + side.letter + "-" + shift;
  }

  /** The id of a shift's tooltip on a side. */
  static String tipId(Side side, int shift) {
    return "tip-" + side.letter + "-" + shift;
  }

  private static int clamp(int offset, int length) {
    return Math.max(0, Math.min(length, offset));
  }

  /** Moves a cut that would split a surrogate pair to before the pair. */
  private static int snap(String text, int offset) {
    if (offset > 0
        && offset < text.length()
        && Character.isHighSurrogate(text.charAt(offset - 1))
        && Character.isLowSurrogate(text.charAt(offset))) {
      return offset - 1;
    }
    return offset;
  }
}
