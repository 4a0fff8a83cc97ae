package dev.drift.shift;

import java.util.ArrayList;
import java.util.List;

/**
 * A statement turned into a question or a question into a statement: the pair's two sides end
 * different numbers of sentences with a question mark. A warning on the question mark the other
 * side does not have.
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
    if (qa.size() == qb.size()) {
      return;
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
    for (Word w : side.words()) {
      if (w.type() == Word.Type.PUNCT && (w.text().contains("?") || w.text().contains("？"))) {
        out.add(w.index());
      }
    }
    return out;
  }
}
