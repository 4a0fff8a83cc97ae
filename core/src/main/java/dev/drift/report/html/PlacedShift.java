package dev.drift.report.html;

import dev.drift.shift.Shift;
import dev.drift.shift.ShiftKind;
import dev.drift.shift.TextSpan;
import java.util.List;
import java.util.StringJoiner;

/**
 * A shift with the number the page gives it (1-based, in report order) and the pair it belongs to.
 *
 * @param id the shift's number on the page
 * @param pair the pair's number on the page (1-based, in report order)
 * @param shift the shift
 */
record PlacedShift(int id, int pair, Shift shift) {

  /** The span on one side, or {@code null}. */
  TextSpan span(Side side) {
    return side == Side.ORIGINAL ? shift.original() : shift.translation();
  }

  /** The kinds as a space-separated list of ids, for {@code data-kinds}. */
  String kindIds() {
    StringJoiner j = new StringJoiner(" ");
    for (ShiftKind k : kinds()) {
      j.add(k.id());
    }
    return j.toString();
  }

  /** The kinds, never {@code null}. */
  List<ShiftKind> kinds() {
    return shift.kinds() == null ? List.of() : shift.kinds();
  }

  /** The kinds for people: {@code quote · substitution}. */
  String kindLabels() {
    StringJoiner j = new StringJoiner(" · ");
    for (ShiftKind k : kinds()) {
      j.add(k.id());
    }
    return j.toString();
  }

  /** The message, or a stand-in when the report has none. */
  String message() {
    String m = shift.message();
    return m == null || m.isBlank() ? "(no message)" : m;
  }

  /** The severity id, {@code info}, {@code warning} or {@code error}. */
  String severity() {
    return shift.severity() == null ? "info" : shift.severity().id();
  }

  /** One side of the report. */
  enum Side {
    ORIGINAL("o", "original"),
    TRANSLATION("t", "translation");

    final String letter;
    final String label;

    Side(String letter, String label) {
      this.letter = letter;
      this.label = label;
    }

    Side other() {
      return this == ORIGINAL ? TRANSLATION : ORIGINAL;
    }
  }
}
