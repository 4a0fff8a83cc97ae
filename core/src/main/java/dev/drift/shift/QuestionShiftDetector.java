package dev.drift.shift;

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
    int qa = questionMark(pair.original());
    int qb = questionMark(pair.translation());
    if ((qa < 0) == (qb < 0)) {
      return; // both sides ask (two questions joined into one, or one split in two) or neither
    }
    boolean asked = qb >= 0;
    Finding f = asked ? new Finding(0, 0, qb, qb + 1) : new Finding(qa, qa + 1, 0, 0);
    f.kinds.add(ShiftKind.SUBSTITUTION);
    f.reason = asked ? "statement turned into a question" : "question turned into a statement";
    f.score = 0.5;
    f.raise(Severity.WARNING);
    findings.add(f);
  }

  /**
   * The word index of a side's first question mark; else of a Spanish opening ¿, whose question may
   * close in a later verse or sentence; else -1.
   */
  private static int questionMark(PairSide side) {
    int opened = -1;
    for (Word w : side.words()) {
      if (w.type() != Word.Type.PUNCT) {
        continue;
      }
      if (w.text().contains("?") || w.text().contains("？")) {
        return w.index();
      }
      if (opened < 0 && w.text().contains("¿")) {
        opened = w.index();
      }
    }
    return opened;
  }
}
