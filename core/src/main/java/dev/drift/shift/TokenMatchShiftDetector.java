package dev.drift.shift;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs in different languages, where words cannot be diffed: each content word is matched greedily
 * with the most similar word on the other side by the cosine of their contextual vectors
 * (BERTScore-style; needs a multilingual model). Words whose best match stays under the threshold
 * are changed; neighbouring changed words merge into one span, and a span on one side is paired
 * with the unpaired span nearest in relative position on the other (a substitution), else it is an
 * omission or addition. The impact is one minus the mean best similarity of the span's words.
 */
final class TokenMatchShiftDetector implements ShiftDetector {
  static final double MATCH = 0.5;

  private TokenMatchShiftDetector() {}

  static TokenMatchShiftDetector create() {
    return new TokenMatchShiftDetector();
  }

  @Override
  public void detect(AlignedPair pair, List<Finding> findings) {
    if (pair.sameLanguage()) {
      return;
    }
    WordVectors va = new WordVectors(pair.original());
    WordVectors vb = new WordVectors(pair.translation());
    double[] bestA = best(pair.original().words(), va, pair.translation().words(), vb);
    double[] bestB = best(pair.translation().words(), vb, pair.original().words(), va);
    List<int[]> spansA = spans(pair.original().words(), bestA);
    List<int[]> spansB = spans(pair.translation().words(), bestB);
    int na = Math.max(1, pair.original().words().size());
    int nb = Math.max(1, pair.translation().words().size());
    boolean[] usedB = new boolean[spansB.size()];
    for (int[] a : spansA) {
      double pos = (a[0] + a[1]) / 2.0 / na;
      int partner = -1;
      double distance = 0.25; // only spans in about the same place pair up
      for (int k = 0; k < spansB.size(); k++) {
        double d = Math.abs((spansB.get(k)[0] + spansB.get(k)[1]) / 2.0 / nb - pos);
        if (!usedB[k] && d < distance) {
          distance = d;
          partner = k;
        }
      }
      Finding f;
      if (partner >= 0) {
        usedB[partner] = true;
        int[] b = spansB.get(partner);
        f = new Finding(a[0], a[1], b[0], b[1]);
        f.kinds.add(ShiftKind.SUBSTITUTION);
        f.score = 1 - (mean(bestA, a) + mean(bestB, b)) / 2;
      } else {
        f = new Finding(a[0], a[1], 0, 0);
        f.kinds.add(ShiftKind.OMISSION);
        f.score = 1 - mean(bestA, a);
      }
      findings.add(f);
    }
    for (int k = 0; k < spansB.size(); k++) {
      if (!usedB[k]) {
        int[] b = spansB.get(k);
        Finding f = new Finding(0, 0, b[0], b[1]);
        f.kinds.add(ShiftKind.ADDITION);
        f.score = 1 - mean(bestB, b);
        findings.add(f);
      }
    }
  }

  /** Each content word's best cosine with a content word of the other side (NaN if no vector). */
  private static double[] best(
      List<Word> words, WordVectors mine, List<Word> other, WordVectors theirs) {
    double[] out = new double[words.size()];
    for (Word w : words) {
      if (!w.content()) {
        out[w.index()] = Double.NaN;
        continue;
      }
      double best = 0;
      for (Word x : other) {
        if (!x.content()) {
          continue;
        }
        if (Words.bare(x.norm()).equals(Words.bare(w.norm()))) {
          best = 1; // a name or number written the same
          break;
        }
        double c = WordVectors.cosine(mine, w.index(), theirs, x.index());
        if (!Double.isNaN(c)) {
          best = Math.max(best, c);
        }
      }
      out[w.index()] = best;
    }
    return out;
  }

  /** Runs of unmatched content words; function words and punctuation in between join a run. */
  private static List<int[]> spans(List<Word> words, double[] best) {
    List<int[]> out = new ArrayList<>();
    int start = -1;
    int last = -1;
    for (Word w : words) {
      boolean changed = w.content() && best[w.index()] < MATCH;
      boolean matched = w.content() && !changed;
      if (changed) {
        if (start < 0) {
          start = w.index();
        }
        last = w.index();
      } else if (matched && start >= 0) {
        out.add(new int[] {start, last + 1});
        start = -1;
      }
    }
    if (start >= 0) {
      out.add(new int[] {start, last + 1});
    }
    return out;
  }

  private static double mean(double[] best, int[] span) {
    double sum = 0;
    int n = 0;
    for (int i = span[0]; i < span[1]; i++) {
      if (!Double.isNaN(best[i])) {
        sum += best[i];
        n++;
      }
    }
    return n == 0 ? 1 : sum / n;
  }
}
