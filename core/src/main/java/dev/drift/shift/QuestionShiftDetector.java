package dev.drift.shift;

import java.util.ArrayList;
import java.util.List;

/**
 * A statement turned into a question or a question into a statement: one side of the pair asks (a
 * question mark, or a Spanish opening ¿ whose question closes later) and the other does not. A
 * warning on the question mark the other side does not have. Two questions joined into one, or one
 * split in two, are no shift: both sides still ask.
 */
final class QuestionShiftDetector implements ShiftDetector {
  private QuestionShiftDetector() {}

  static QuestionShiftDetector create() {
    return new QuestionShiftDetector();
  }

  @Override
  public void detect(AlignedPair pair, List<Finding> findings) {
    List<Integer> qa = questionMarks(pair.original());
    List<Integer> qb = questionMarks(pair.translation());
    if (qa.size() == qb.size() || (!qa.isEmpty() && !qb.isEmpty())) {
      return; // both sides ask: two questions joined into one, or one split in two, is no shift
    }
    boolean asked = qb.size() > qa.size();
    int at = (asked ? qb : qa).get(Math.min(qa.size(), qb.size()));
    Finding f = asked ? new Finding(0, 0, at, at + 1) : new Finding(at, at + 1, 0, 0);
    f.kinds.add(ShiftKind.SUBSTITUTION);
    f.reason = asked ? "statement turned into a question" : "question turned into a statement";
    f.score = 0.5;
    f.raise(Severity.WARNING);
    findings.add(f);
  }

  private static List<Integer> questionMarks(PairSide side) {
    List<Integer> out = new ArrayList<>();
    List<Integer> opened = new ArrayList<>();
    for (Word w : side.words()) {
      if (w.type() == Word.Type.PUNCT && (w.text().contains("?") || w.text().contains("？"))) {
        out.add(w.index());
      } else if (w.type() == Word.Type.PUNCT && w.text().contains("¿")) {
        opened.add(w.index());
      }
    }
    // A Spanish question opens with ¿ and may close in a later verse or sentence.
    return opened.size() > out.size() ? opened : out;
  }
}
