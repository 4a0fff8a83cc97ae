package dev.drift.align;

import dev.drift.embed.EmbeddedPair;
import dev.drift.embed.Embedder;
import dev.drift.segment.SegmentedDocument;
import dev.drift.segment.SimilarityScale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Aligns the sentences of two documents.
 *
 * <p>Pairs are chosen on a <em>score</em>: the cosine similarity of the sentence vectors plus a
 * small weight of word overlap ({@link LexicalOverlap}), which tells apart sentences on the same
 * topic. Reported similarities are plain cosines.
 *
 * <ol>
 *   <li><b>Anchors.</b> Pairs that are each other's best match and clearly better than their other
 *       neighbours (a margin over the mean of the top-k scores, as in LASER-style mining) are
 *       anchors.
 *   <li><b>Backbone and moves.</b> The heaviest chain of anchors increasing on both sides is the
 *       monotone backbone. Anchors off the chain are content that moved; they become matches of
 *       their own when strong enough and unambiguous (no other pair of either sentence scores
 *       within the anchor margin, as with near-identical repeated sentences), so a reordered text
 *       is matched without scrambling a monotone one.
 *   <li><b>Beads.</b> A dynamic programme over the remaining sentences, confined to a corridor
 *       around the backbone (banded, not n&times;m, on long documents), chooses 1:1, 1:2, 2:1, 1:3
 *       and 3:1 beads, omissions and additions. A bead gains its score above the match threshold
 *       times the sentences it covers. An m:n bead must beat every smaller bead inside it by a
 *       margin, and each of its sentences must relate to the other side on its own; it is scored on
 *       the joined sentences, first approximately (token-weighted mean of vectors), then exactly
 *       through {@link JoinedEmbedder}.
 *   <li><b>Leftovers.</b> Unmatched sentences that are mutual best matches above the move threshold
 *       are matched.
 *   <li><b>Gaps and attaching.</b> Unmatched sentences between the same two matches on both sides
 *       are paired; an unmatched sentence next to a match joins it when the other side renders it
 *       too, as when the translation joined two sentences of which only one was matched ({@link
 *       AttachPass}).
 * </ol>
 *
 * Immutable and thread-safe.
 */
public final class Aligner {

  /**
   * Alignment settings.
   *
   * @param matchThreshold score below which a 1:1 pair is not worth matching
   * @param anchorThreshold minimum score of an anchor
   * @param anchorMargin minimum margin of an anchor over its neighbourhood
   * @param moveThreshold minimum score of a match outside the monotone order
   * @param maxMerge most sentences on one side of a bead (1 disables m:n beads)
   * @param mergePenalty gain subtracted from every m:n bead
   * @param memberThreshold minimum score of each sentence of an m:n bead with the other side
   * @param mergeGain how much an m:n bead must out-score every smaller bead inside it
   * @param lexicalWeight weight of word overlap added to the cosine in the score
   * @param neighbours k of the top-k neighbourhood used for margins
   * @param corridor slack, in sentences, of the corridor around the backbone
   * @param attachMargin how much lower than a match's score its score may be once an unmatched
   *     sentence next to it is attached ({@link AttachPass}); negative disables the attach pass
   *     (gaps included)
   */
  public record Options(
      double matchThreshold,
      double anchorThreshold,
      double anchorMargin,
      double moveThreshold,
      int maxMerge,
      double mergePenalty,
      double memberThreshold,
      double mergeGain,
      double lexicalWeight,
      int neighbours,
      int corridor,
      double attachMargin) {

    /**
     * The defaults, measured on the Aesop benchmark and the seed pair (see the README).
     *
     * @return the default options
     */
    public static Options defaults() {
      return new Options(0.45, 0.6, 0.05, 0.7, 3, 0.02, 0.4, 0.03, 0.3, 4, 3, 0.02);
    }
  }

  private final Options options;
  private final Embedder model;

  private Aligner(Options options, Embedder model) {
    this.options = options;
    this.model = model;
  }

  /**
   * Creates the align stage.
   *
   * @param options the settings
   * @param model the model that embeds joined sentences for the few m:n beads proposed
   * @return the aligner
   */
  public static Aligner create(Options options, Embedder model) {
    return new Aligner(options, model);
  }

  /** An aligner without a model, for tests that give their own joined-sentence similarities. */
  static Aligner create(Options options) {
    return new Aligner(options, null);
  }

  /**
   * Refuses a pair too long to align, before anything is embedded.
   *
   * @param original the original
   * @param translation the translation
   * @throws dev.drift.DriftInputException if aligning them would need more memory than this JVM may
   *     use
   */
  public static void checkSize(SegmentedDocument original, SegmentedDocument translation) {
    AlignmentLimit.check(original.name(), original.size(), translation.name(), translation.size());
  }

  /**
   * Returns the settings.
   *
   * @return the options
   */
  public Options options() {
    return options;
  }

  /**
   * Aligns two embedded documents: the align stage.
   *
   * @param pair both documents' sentence vectors and texts
   * @return the alignment; every sentence of both sides is in exactly one bead
   * @throws dev.drift.DriftException if the model fails while embedding joined sentences
   */
  public Alignment align(EmbeddedPair pair) {
    Alignment alignment =
        align(
            SentenceVectors.of(pair.original()),
            SentenceVectors.of(pair.translation()),
            options.lexicalWeight() > 0
                ? LexicalOverlap.of(pair.original().texts(), pair.translation().texts())
                : null,
            JoinedEmbedder.of(model, pair),
            !pair.scale().equals(SimilarityScale.IDENTITY));
    return pair.scale().equals(SimilarityScale.IDENTITY)
        ? alignment
        : new Alignment(
            alignment.beads().stream()
                .map(
                    b ->
                        b.isMatch()
                            ? new Bead(
                                b.original(),
                                b.translation(),
                                pair.scale().apply(b.similarity()),
                                b.moved())
                            : b)
                .toList());
  }

  /**
   * Aligns two documents' sentences, the translation's maybe through a translator's rendering.
   *
   * @param original the original's sentence vectors (unit length) with their token counts
   * @param translation the translation's sentence vectors with their token counts
   * @param lexical word overlap of the sentences, or {@code null} to align on vectors alone
   * @param joined exact vectors of joined sentences, asked for the few m:n beads chosen
   * @param rendered whether the pairs score on a translator's measured scale, lower than paraphrase
   *     (a {@link SimilarityScale} other than the identity; {@link AttachPass})
   * @return the alignment; every sentence of both sides is in exactly one bead
   */
  Alignment align(
      SentenceVectors original,
      SentenceVectors translation,
      LexicalOverlap lexical,
      JoinedEmbedder joined,
      boolean rendered) {
    int n = original.size();
    int m = translation.size();
    if (n == 0 || m == 0) {
      return Alignment.of(n, m, List.of());
    }
    PairScores scores =
        new PairScores(original, translation, lexical, joined, options.lexicalWeight());
    List<int[]> anchors = Anchors.find(scores, options);
    List<int[]> backbone = Anchors.heaviestChain(anchors, scores);
    boolean[] usedA = new boolean[n];
    boolean[] usedB = new boolean[m];
    List<Bead> beads = new ArrayList<>();
    for (int[] anchor : anchors) {
      if (!backbone.contains(anchor)
          && scores.score(anchor[0], anchor[1]) >= options.moveThreshold()
          && !Anchors.ambiguous(scores, anchor, options)) {
        beads.add(scores.single(anchor[0], anchor[1]));
        usedA[anchor[0]] = true;
        usedB[anchor[1]] = true;
      }
    }
    beads.addAll(monotone(scores, backbone, usedA, usedB));
    beads.addAll(leftovers(scores, usedA, usedB));
    return Alignment.of(n, m, AttachPass.attach(beads, scores, options, rendered));
  }

  // ---- scores ----

  private double gain(double score, int da, int db) {
    double g = (score - options.matchThreshold()) * (da + db) / 2.0;
    return da + db > 2 ? g - options.mergePenalty() : g;
  }

  // ---- the monotone dynamic programme ----

  private List<Bead> monotone(
      PairScores s, List<int[]> backbone, boolean[] usedA, boolean[] usedB) {
    int[] as = free(usedA);
    int[] bs = free(usedB);
    int n2 = as.length;
    int m2 = bs.length;
    int[] lo = new int[n2 + 1];
    int[] hi = new int[n2 + 1];
    corridor(s, as, bs, usedB, backbone, lo, hi);

    // The table holds only the corridor: row i covers columns lo[i]..hi[i].
    int[] start = new int[n2 + 2];
    for (int i = 0; i <= n2; i++) {
      start[i + 1] = start[i] + hi[i] - lo[i] + 1;
    }
    double[] total = new double[start[n2 + 1]];
    int[] move = new int[start[n2 + 1]];
    Arrays.fill(total, Double.NEGATIVE_INFINITY);
    total[0] = 0;
    int maxMerge = Math.max(1, options.maxMerge());
    int base = maxMerge + 1; // a move of da and db sentences is stored as da * base + db
    for (int i = 0; i <= n2; i++) {
      for (int j = lo[i]; j <= hi[i]; j++) {
        if (i == 0 && j == 0) {
          continue;
        }
        double bestTotal = Double.NEGATIVE_INFINITY;
        int bestMove = 0;
        for (int da = 0; da <= Math.min(maxMerge, i); da++) {
          for (int db = 0; db <= Math.min(maxMerge, j); db++) {
            boolean skip = da + db == 1;
            boolean bead = da >= 1 && db >= 1 && (da == 1 || db == 1);
            if (!skip && !bead) {
              continue;
            }
            int pi = i - da;
            int pj = j - db;
            if (pj < lo[pi] || pj > hi[pi]) {
              continue;
            }
            double prior = total[start[pi] + pj - lo[pi]];
            if (prior == Double.NEGATIVE_INFINITY) {
              continue;
            }
            double gain = 0;
            if (bead) {
              double score = beadScore(s, as, pi, i, bs, pj, j);
              if (Double.isNaN(score)) {
                continue;
              }
              gain = gain(score, da, db);
            }
            if (prior + gain > bestTotal) {
              bestTotal = prior + gain;
              bestMove = da * base + db;
            }
          }
        }
        total[start[i] + j - lo[i]] = bestTotal;
        move[start[i] + j - lo[i]] = bestMove;
      }
    }

    List<Bead> beads = new ArrayList<>();
    for (int i = n2, j = m2; i > 0 || j > 0; ) {
      int mv = move[start[i] + j - lo[i]];
      int da = mv / base;
      int db = mv % base;
      if (da == 0 && db == 0) {
        throw new IllegalStateException("alignment corridor broken at " + i + "," + j);
      }
      if (da > 0 && db > 0) {
        beads.addAll(
            verified(s, Arrays.copyOfRange(as, i - da, i), Arrays.copyOfRange(bs, j - db, j)));
      }
      i -= da;
      j -= db;
    }
    for (Bead b : beads) {
      for (int a : b.original()) {
        usedA[a] = true;
      }
      for (int t : b.translation()) {
        usedB[t] = true;
      }
    }
    return beads;
  }

  /**
   * The approximate score of a candidate bead, or NaN when an m:n bead is not acceptable: one of
   * its sentences does not relate to the other side on its own, or it does not out-score the
   * smaller beads inside it by {@link Options#mergeGain()}.
   */
  private double beadScore(
      PairScores s, int[] as, int aFrom, int aTo, int[] bs, int bFrom, int bTo) {
    if (aTo - aFrom == 1 && bTo - bFrom == 1) {
      return s.score(as[aFrom], bs[bFrom]);
    }
    double bestSingle = Double.NEGATIVE_INFINITY;
    for (int x = aFrom; x < aTo; x++) {
      double row = Double.NEGATIVE_INFINITY;
      for (int y = bFrom; y < bTo; y++) {
        row = Math.max(row, s.score(as[x], bs[y]));
      }
      if (row < options.memberThreshold()) {
        return Double.NaN;
      }
      bestSingle = Math.max(bestSingle, row);
    }
    for (int y = bFrom; y < bTo; y++) {
      double col = Double.NEGATIVE_INFINITY;
      for (int x = aFrom; x < aTo; x++) {
        col = Math.max(col, s.score(as[x], bs[y]));
      }
      if (col < options.memberThreshold()) {
        return Double.NaN;
      }
    }
    double joined = s.approx(as, aFrom, aTo, bs, bFrom, bTo);
    double smaller = bestSingle;
    if (aTo - aFrom > 2) {
      smaller = Math.max(smaller, s.approx(as, aFrom + 1, aTo, bs, bFrom, bTo));
      smaller = Math.max(smaller, s.approx(as, aFrom, aTo - 1, bs, bFrom, bTo));
    } else if (bTo - bFrom > 2) {
      smaller = Math.max(smaller, s.approx(as, aFrom, aTo, bs, bFrom + 1, bTo));
      smaller = Math.max(smaller, s.approx(as, aFrom, aTo, bs, bFrom, bTo - 1));
    }
    return joined >= smaller + options.mergeGain() ? joined : Double.NaN;
  }

  /**
   * Checks an m:n bead chosen on approximate vectors against the exact joined embedding; when it
   * does not hold up, its best single pair (if good enough) is kept instead.
   */
  private List<Bead> verified(PairScores s, int[] as, int[] bs) {
    if (as.length == 1 && bs.length == 1) {
      return List.of(s.single(as[0], bs[0]));
    }
    double exactCos = s.joined.similarity(as, bs);
    double exact = exactCos + s.lexicalPart(as, bs);
    int bestA = as[0];
    int bestB = bs[0];
    for (int a : as) {
      for (int b : bs) {
        if (s.score(a, b) > s.score(bestA, bestB)) {
          bestA = a;
          bestB = b;
        }
      }
    }
    double single = s.score(bestA, bestB);
    if (exact >= single + options.mergeGain()
        && gain(exact, as.length, bs.length) >= Math.max(0, gain(single, 1, 1))) {
      return List.of(new Bead(as, bs, exactCos, false));
    }
    return single >= options.matchThreshold() ? List.of(s.single(bestA, bestB)) : List.of();
  }

  private static int[] free(boolean[] used) {
    int count = 0;
    for (boolean u : used) {
      count += u ? 0 : 1;
    }
    int[] out = new int[count];
    int k = 0;
    for (int i = 0; i < used.length; i++) {
      if (!used[i]) {
        out[k++] = i;
      }
    }
    return out;
  }

  /**
   * Fills, for each count {@code i} of free original sentences consumed, the range {@code [lo[i],
   * hi[i]]} of free translation counts the programme may visit: the span between the backbone
   * anchors around {@code i}, widened by the corridor slack, and within the window of the original
   * sentence at hand. The ranges never shrink from one row to the next and always overlap, so every
   * cell in the corridor is reachable. Without anchors, on a short document, the corridor is the
   * whole grid.
   */
  private void corridor(
      PairScores s, int[] as, int[] bs, boolean[] usedB, List<int[]> backbone, int[] lo, int[] hi) {
    int n2 = as.length;
    int m2 = bs.length;
    int slack = options.corridor();
    List<int[]> points = new ArrayList<>();
    points.add(new int[] {0, 0});
    for (int[] anchor : backbone) {
      points.add(
          new int[] {Arrays.binarySearch(as, anchor[0]), Arrays.binarySearch(bs, anchor[1])});
    }
    points.add(new int[] {n2, m2});
    Arrays.fill(lo, Integer.MAX_VALUE);
    Arrays.fill(hi, Integer.MIN_VALUE);
    for (int p = 0; p + 1 < points.size(); p++) {
      int[] from = points.get(p);
      int[] to = points.get(p + 1);
      for (int i = from[0]; i <= to[0]; i++) {
        lo[i] = Math.max(0, Math.min(lo[i], from[1] - slack));
        hi[i] = Math.min(m2, Math.max(hi[i], to[1] + slack));
      }
    }
    // Intersect with the windows, counted in free translation sentences.
    int[] freeBefore = new int[usedB.length + 1];
    for (int j = 0; j < usedB.length; j++) {
      freeBefore[j + 1] = freeBefore[j] + (usedB[j] ? 0 : 1);
    }
    for (int i = 0; i <= n2; i++) {
      if (n2 == 0) {
        break;
      }
      int o = as[Math.min(i, n2 - 1)];
      int prevO = as[Math.max(0, Math.min(i - 1, n2 - 1))];
      int wlo = freeBefore[Math.min(s.lo[o], s.lo[prevO])] - slack;
      int whi = freeBefore[Math.max(s.hi[o], s.hi[prevO])] + slack;
      lo[i] = Math.max(lo[i], Math.max(0, wlo));
      hi[i] = Math.min(hi[i], Math.min(m2, whi));
    }
    // Repair: start and end in the corners, never shrink, always overlap.
    lo[0] = 0;
    hi[n2] = m2;
    for (int i = 1; i <= n2; i++) {
      lo[i] = Math.max(lo[i], lo[i - 1]);
    }
    for (int i = n2 - 1; i >= 0; i--) {
      hi[i] = Math.min(Math.max(hi[i], lo[i]), hi[i + 1]);
    }
    for (int i = 1; i <= n2; i++) {
      if (lo[i] > hi[i - 1]) {
        lo[i] = hi[i - 1];
      }
      if (hi[i] < lo[i]) {
        hi[i] = lo[i];
      }
    }
  }

  // ---- leftovers ----

  private List<Bead> leftovers(PairScores s, boolean[] usedA, boolean[] usedB) {
    List<Bead> beads = new ArrayList<>();
    boolean found = true;
    while (found) {
      found = false;
      int[] bestOfCol = new int[s.m];
      int[] bestOfRow = new int[s.n];
      Arrays.fill(bestOfCol, -1);
      Arrays.fill(bestOfRow, -1);
      for (int i = 0; i < s.n; i++) {
        if (usedA[i]) {
          continue;
        }
        for (int j = s.lo[i]; j < s.hi[i]; j++) {
          if (usedB[j]) {
            continue;
          }
          if (bestOfRow[i] < 0 || s.score(i, j) > s.score(i, bestOfRow[i])) {
            bestOfRow[i] = j;
          }
          if (bestOfCol[j] < 0 || s.score(i, j) > s.score(bestOfCol[j], j)) {
            bestOfCol[j] = i;
          }
        }
      }
      for (int i = 0; i < s.n; i++) {
        int best = bestOfRow[i];
        if (best >= 0
            && !usedA[i]
            && !usedB[best]
            && bestOfCol[best] == i
            && s.score(i, best) >= options.moveThreshold()) {
          beads.add(s.single(i, best));
          usedA[i] = true;
          usedB[best] = true;
          found = true;
        }
      }
    }
    return beads;
  }
}
