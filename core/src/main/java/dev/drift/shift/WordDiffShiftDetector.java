package dev.drift.shift;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Same-language pairs: a word-level diff (java-diff-utils, Myers) anchored on content words. The
 * content words common to both sides, in order, are anchors; between two anchors, whatever differs
 * is one change, so "as part of" → "within the framework of" is one shift and a heavily paraphrased
 * pair does not fall apart into function-word noise. Inside a change, words equal at both edges and
 * punctuation are trimmed ("the obscene" / "the “lewd" becomes "obscene" → "lewd"); a side left
 * with function words only counts as empty (an omission or addition). A change with several content
 * words on each side is split further at word correspondences — words that mean the same or nearly
 * (a dictionary relation, or close contextual vectors) — so "for the obscene behavior of some" /
 * "castigated the lewd behavior of a series of" yields "obscene" → "lewd" as a shift of its own; a
 * phrase changed as a whole around such a correspondence stays one shift ({@link PhraseJoin}:
 * "climate finance" → "global warming").
 */
final class WordDiffShiftDetector implements ShiftDetector {
  /** Similarity from which two words of a change correspond. */
  static final double CORRESPONDS = 0.7;

  private final Lexicon lexicon;

  private WordDiffShiftDetector(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  static WordDiffShiftDetector create(Lexicon lexicon) {
    return new WordDiffShiftDetector(lexicon);
  }

  @Override
  public void detect(AlignedPair pair, List<Finding> findings) {
    if (!pair.sameLanguage()) {
      return;
    }
    WordVectors va = new WordVectors(pair.original());
    WordVectors vb = new WordVectors(pair.translation());
    List<Word> a = pair.original().words();
    List<Word> b = pair.translation().words();
    List<Word> ca = content(a);
    List<Word> cb = content(b);
    Patch<Word> patch = DiffUtils.diff(ca, cb, WordDiffShiftDetector::same);
    // Walk the anchors (equal content words) and emit the region between each two.
    int prevA = -1;
    int prevB = -1;
    int ia = 0;
    int ib = 0;
    List<int[]> anchors = new ArrayList<>();
    for (AbstractDelta<Word> delta : patch.getDeltas()) {
      int sa = delta.getSource().getPosition();
      int sb = delta.getTarget().getPosition();
      while (ia < sa && ib < sb) {
        anchors.add(new int[] {ca.get(ia).index(), cb.get(ib).index()});
        ia++;
        ib++;
      }
      ia = sa + delta.getSource().size();
      ib = sb + delta.getTarget().size();
    }
    while (ia < ca.size() && ib < cb.size()) {
      anchors.add(new int[] {ca.get(ia).index(), cb.get(ib).index()});
      ia++;
      ib++;
    }
    anchors.add(new int[] {a.size(), b.size()});
    for (int[] anchor : anchors) {
      split(a, prevA + 1, anchor[0], b, prevB + 1, anchor[1], va, vb, findings);
      prevA = anchor[0];
      prevB = anchor[1];
    }
  }

  /**
   * Splits a change at its word correspondences: a monotone matching of its content words that
   * maximises total similarity over pairs at or above {@link #CORRESPONDS}.
   */
  private void split(
      List<Word> a,
      int af,
      int at,
      List<Word> b,
      int bf,
      int bt,
      WordVectors va,
      WordVectors vb,
      List<Finding> findings) {
    List<Word> ca = content(a.subList(af, at));
    List<Word> cb = content(b.subList(bf, bt));
    if (ca.isEmpty() || cb.isEmpty() || (ca.size() < 3 && cb.size() < 3)) {
      region(a, af, at, b, bf, bt, findings);
      return;
    }
    int n = ca.size();
    int m = cb.size();
    double[][] sim = new double[n][m];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        sim[i][j] = similarity(ca.get(i), cb.get(j), va, vb);
      }
    }
    List<Finding> parts = new ArrayList<>();
    Set<Finding> correspondences = Collections.newSetFromMap(new IdentityHashMap<>());
    double[][] best = new double[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        double take = sim[i][j] >= CORRESPONDS ? sim[i][j] + best[i + 1][j + 1] : -1;
        best[i][j] = Math.max(take, Math.max(best[i + 1][j], best[i][j + 1]));
      }
    }
    int pa = af;
    int pb = bf;
    int i = 0;
    int j = 0;
    while (i < n && j < m) {
      if (sim[i][j] >= CORRESPONDS && best[i][j] == sim[i][j] + best[i + 1][j + 1]) {
        Word x = ca.get(i);
        Word y = cb.get(j);
        region(a, pa, x.index(), b, pb, y.index(), parts);
        Finding f = new Finding(x.index(), x.index() + 1, y.index(), y.index() + 1);
        f.kinds.add(ShiftKind.SUBSTITUTION);
        parts.add(f);
        correspondences.add(f);
        pa = x.index() + 1;
        pb = y.index() + 1;
        i++;
        j++;
      } else if (best[i + 1][j] >= best[i][j + 1]) {
        i++;
      } else {
        j++;
      }
    }
    region(a, pa, at, b, pb, bt, parts);
    PhraseJoin.join(parts, correspondences, a, b);
    findings.addAll(parts);
  }

  private double similarity(Word x, Word y, WordVectors va, WordVectors vb) {
    if (x.type() == Word.Type.WORD && y.type() == Word.Type.WORD) {
      switch (lexicon.relation(x.norm(), y.norm())) {
        case SAME -> {
          return 1;
        }
        case SYNONYM -> {
          return 0.9;
        }
        case RELATED -> {
          return 0.8;
        }
        default -> {}
      }
    }
    double c = WordVectors.cosine(va, x.index(), vb, y.index());
    return Double.isNaN(c) ? 0 : c;
  }

  private static void region(
      List<Word> a, int af, int at, List<Word> b, int bf, int bt, List<Finding> findings) {
    if (af >= at && bf >= bt) {
      return;
    }
    // Trim words equal on both sides at the edges, then punctuation.
    while (af < at && bf < bt && same(a.get(af), b.get(bf))) {
      af++;
      bf++;
    }
    while (at > af && bt > bf && same(a.get(at - 1), b.get(bt - 1))) {
      at--;
      bt--;
    }
    int[] ra = trimPunctuation(a, af, at);
    int[] rb = trimPunctuation(b, bf, bt);
    int[] region = {ra[0], ra[1], rb[0], rb[1]};
    boolean contentA = hasContent(a, ra[0], ra[1]);
    boolean contentB = hasContent(b, rb[0], rb[1]);
    Finding opposite = OppositeWords.find(a, ra[0], ra[1], b, rb[0], rb[1]);
    if (!contentA && !contentB) {
      // Function words or punctuation only: negation has its own detector, opposites are listed.
      if (opposite != null) {
        findings.add(opposite);
      }
      return;
    }
    if (!contentA) {
      ra = new int[] {0, 0};
    }
    if (!contentB) {
      rb = new int[] {0, 0};
    }
    if (!contentA) {
      rb = trimFunction(b, rb[0], rb[1]);
    }
    if (!contentB) {
      ra = trimFunction(a, ra[0], ra[1]);
    }
    Finding f = new Finding(ra[0], ra[1], rb[0], rb[1]);
    f.region = region;
    if (opposite != null) {
      f.reason = opposite.reason; // "Therefore, we stayed" → "But we stayed"
      f.ownRules = opposite.ownRules;
      f.raise(Severity.ERROR);
    }
    f.kinds.add(
        contentA && contentB
            ? ShiftKind.SUBSTITUTION
            : contentA ? ShiftKind.OMISSION : ShiftKind.ADDITION);
    findings.add(f);
  }

  static boolean same(Word x, Word y) {
    if (x.norm().equals(y.norm())) {
      return true;
    }
    String bx = Words.bare(x.norm());
    return !bx.isEmpty() && bx.equals(Words.bare(y.norm()));
  }

  private static List<Word> content(List<Word> words) {
    List<Word> out = new ArrayList<>();
    for (Word w : words) {
      if (w.content()) {
        out.add(w);
      }
    }
    return out;
  }

  private static boolean hasContent(List<Word> words, int from, int to) {
    for (int i = from; i < to; i++) {
      if (words.get(i).content()) {
        return true;
      }
    }
    return false;
  }

  private static int[] trimPunctuation(List<Word> words, int from, int to) {
    int f = from;
    int t = to;
    while (f < t && words.get(f).type() == Word.Type.PUNCT) {
      f++;
    }
    while (t > f && words.get(t - 1).type() == Word.Type.PUNCT) {
      t--;
    }
    return new int[] {f, t};
  }

  /** The span from the first to the last content word of a range (empty when it has none). */
  static int[] trimFunction(List<Word> words, int from, int to) {
    int f = from;
    int t = to;
    while (f < t && !words.get(f).content()) {
      f++;
    }
    while (t > f && !words.get(t - 1).content()) {
      t--;
    }
    return new int[] {f, t};
  }
}
