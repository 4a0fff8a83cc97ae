package dev.drift.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The last step of the align stage: gives the sentences left unmatched between matches a place,
 * when the translation joined or split sentences in a way the beads missed, or rendered a sentence
 * too freely for its pair to be worth matching on its own. Both parts use the order the matches
 * fix.
 *
 * <ol>
 *   <li><b>Gaps.</b> A run of unmatched original sentences and the run of unmatched translation
 *       sentences between the same two neighbouring matches (at most {@value #GAP} sentences a
 *       side) render each other: nothing else is left for them. Their sentences are paired one to
 *       one, in order, on the best total score above {@value #GAP_FLOOR} ({@value
 *       #SINGLE_GAP_FLOOR} for one sentence a side; unrelated sentences score about 0); each pair's
 *       similarity then says how well it is translated. In a translation, one sentence facing a few
 *       that render it together is paired with all of them.
 *   <li><b>Attaching.</b> Typically the translation renders two original sentences in one, but one
 *       of them was taken 1:1 (often as an anchor, fixed before the beads are chosen, or because
 *       the joined pair did not out-score the single pair by the merge gain) and the other was left
 *       as an omission. Each unmatched sentence next to a match bead (in its own document's order)
 *       is tried as an extension of that bead, keeping beads 1:n or n:1 and at most {@link
 *       Aligner.Options#maxMerge()} sentences a side. All candidate joins are embedded exactly, in
 *       one batch ({@link JoinedEmbedder#prepare}). A candidate is accepted when
 *       <ul>
 *         <li>the sentence relates to the other side on its own (score at least {@link
 *             Aligner.Options#memberThreshold()}),
 *         <li>the extended bead's exact score is not lower than the bead's by more than {@link
 *             Aligner.Options#attachMargin()}: a sentence the other side renders keeps or raises
 *             the joined similarity, one it leaves out lowers it, and
 *         <li>the bead's gain, as the dynamic programme counts it (score above the match threshold
 *             times the sentences covered, less the merge penalty), does not fall: covering the
 *             sentence is worth more than leaving it as an omission or addition.
 *       </ul>
 *       Where candidates compete for a bead or a sentence, the largest gain wins; {@code maxMerge -
 *       1} rounds let a bead grow by more than one sentence.
 * </ol>
 *
 * Matches off the monotone order are left alone. The work is linear in the number of sentences.
 */
final class AttachPass {
  private AttachPass() {}

  /** A bead extended by one sentence, with its exact cosine and gain over the bead as it was. */
  private record Candidate(int bead, boolean original, int sentence, Bead extended, double delta) {}

  /**
   * Attaches unmatched sentences to neighbouring matches.
   *
   * @param matches the matches found so far (each sentence at most once)
   * @param s the pair scores, with the joined-sentence embedder
   * @param options the settings
   * @return the matches, some extended; every sentence still at most once
   */
  static List<Bead> attach(List<Bead> matches, PairScores s, Aligner.Options options) {
    return attach(matches, s, options, false);
  }

  /**
   * Attaches unmatched sentences to neighbouring matches; through a translator, also a sentence
   * that makes a bead's lengths fit ({@link #FILLING_MEMBER}).
   *
   * @param matches the matches found so far (each sentence at most once)
   * @param s the pair scores, with the joined-sentence embedder
   * @param options the settings
   * @param rendered whether the translation side is a machine rendering
   * @return the matches, some extended; every sentence still at most once
   */
  static List<Bead> attach(
      List<Bead> matches, PairScores s, Aligner.Options options, boolean rendered) {
    int maxMerge = options.maxMerge();
    if (options.attachMargin() < 0 || matches.isEmpty()) {
      return matches;
    }
    List<Bead> beads = new ArrayList<>();
    for (Bead b : Alignment.of(s.n, s.m, matches).beads()) {
      if (b.isMatch()) {
        beads.add(b); // with moved marked
      }
    }
    int[] ownerA = owners(beads, s.n, true);
    int[] ownerB = owners(beads, s.m, false);
    fillGaps(beads, ownerA, ownerB, s, options, rendered || translated(beads));
    boolean fitting = rendered || translated(beads);
    for (int round = 1; round < maxMerge; round++) {
      List<Candidate> proposed = new ArrayList<>();
      propose(beads, ownerA, true, s, options, fitting, proposed);
      propose(beads, ownerB, false, s, options, fitting, proposed);
      if (proposed.isEmpty()) {
        break;
      }
      List<int[]> xs = new ArrayList<>();
      List<int[]> ys = new ArrayList<>();
      for (Candidate c : proposed) {
        xs.add(c.extended().original());
        ys.add(c.extended().translation());
      }
      s.joined.prepare(xs, ys);
      List<Candidate> accepted = new ArrayList<>();
      for (Candidate c : proposed) {
        Candidate scored = evaluate(c, beads.get(c.bead()), s, options, fitting);
        if (scored != null) {
          accepted.add(scored);
        }
      }
      accepted.sort(
          Comparator.comparingDouble(Candidate::delta)
              .reversed()
              .thenComparingInt(Candidate::bead)
              .thenComparingInt(Candidate::sentence));
      boolean[] touched = new boolean[beads.size()];
      boolean changed = false;
      for (Candidate c : accepted) {
        int[] owner = c.original() ? ownerA : ownerB;
        if (touched[c.bead()] || owner[c.sentence()] >= 0) {
          continue;
        }
        beads.set(c.bead(), c.extended());
        owner[c.sentence()] = c.bead();
        touched[c.bead()] = true;
        changed = true;
      }
      if (!changed) {
        break;
      }
    }
    return beads;
  }

  /**
   * Pairs the unmatched sentences of a gap: a run of unmatched original sentences and the run of
   * unmatched translation sentences between the same two neighbouring matches (or a document's
   * start or end). The matches around them leave no other place for either run, so their sentences
   * are paired one to one, in order, on the best total score above {@link #GAP_FLOOR}; the
   * similarity of each pair then says how well it is translated. Gaps are at most {@link #GAP}
   * sentences a side. In a translation, one sentence facing a few may be paired with all of them
   * ({@link #joinGap}).
   */
  private static void fillGaps(
      List<Bead> beads,
      int[] ownerA,
      int[] ownerB,
      PairScores s,
      Aligner.Options options,
      boolean translation) {
    for (int a = 0; a < s.n; a++) {
      if (ownerA[a] >= 0 || (a > 0 && ownerA[a - 1] < 0)) {
        continue;
      }
      int k = 1;
      while (a + k < s.n && ownerA[a + k] < 0) {
        k++;
      }
      int before = a > 0 ? ownerA[a - 1] : -1;
      int after = a + k < s.n ? ownerA[a + k] : -1;
      if (k > GAP
          || (before >= 0 && beads.get(before).moved())
          || (after >= 0 && beads.get(after).moved())
          || (before >= 0 && before == after)) {
        continue;
      }
      int from = before < 0 ? 0 : last(beads.get(before).translation()) + 1;
      int to = after < 0 ? s.m : beads.get(after).translation()[0];
      int l = to - from;
      if (l < 1 || l > GAP || !free(ownerB, from, to)) {
        continue;
      }
      if (translation && joinGap(beads, ownerA, ownerB, s, options, a, k, from, l)) {
        continue;
      }
      double floor = k == 1 && l == 1 ? SINGLE_GAP_FLOOR : GAP_FLOOR;
      // Monotone one-to-one pairing of originals a..a+k-1 with translations from..to-1.
      double[][] best = new double[k + 1][l + 1];
      for (int i = 1; i <= k; i++) {
        for (int j = 1; j <= l; j++) {
          double pair = s.score(a + i - 1, from + j - 1) - floor;
          best[i][j] =
              Math.max(
                  Math.max(best[i - 1][j], best[i][j - 1]),
                  pair >= 0 ? best[i - 1][j - 1] + pair : Double.NEGATIVE_INFINITY);
        }
      }
      for (int i = k, j = l; i > 0 && j > 0; ) {
        if (best[i][j] == best[i - 1][j]) {
          i--;
        } else if (best[i][j] == best[i][j - 1]) {
          j--;
        } else {
          beads.add(s.single(a + i - 1, from + j - 1));
          ownerA[a + i - 1] = beads.size() - 1;
          ownerB[from + j - 1] = beads.size() - 1;
          i--;
          j--;
        }
      }
    }
  }

  /**
   * Pairs a gap of one sentence facing two or more (up to {@link Aligner.Options#maxMerge()}) as
   * one bead, when their joined text renders it better than any one of them: a verse the
   * translation split in two whose halves each say too little to clear the {@link #GAP_FLOOR} on
   * their own ("O my people, what have I done unto thee? … testify against me." against "Pueblo
   * mío, ¿qué te he hecho …?" and "Responde contra mí."). As in every bead, each sentence must
   * relate to the other side on its own, here at the translator's lower {@link #FILLING_MEMBER}
   * (the halves above score 0.29 and 0.30), so a verse the translation dropped next to one it
   * renders is not taken in; the joined score must clear the floor and beat the best single pair by
   * {@link Aligner.Options#mergeGain()}, so a sentence the other side does not render, which lowers
   * it, leaves the gap paired one to one as before. Only in a translation (through a translator, or
   * {@link #translated} in one language): in English retellings of Aesop the joined pairs were
   * mostly wrong (aesop-all F1 0.625 → 0.623).
   *
   * @return whether the gap was paired so
   */
  private static boolean joinGap(
      List<Bead> beads,
      int[] ownerA,
      int[] ownerB,
      PairScores s,
      Aligner.Options options,
      int a,
      int k,
      int from,
      int l) {
    if (Math.min(k, l) != 1 || Math.max(k, l) < 2 || Math.max(k, l) > options.maxMerge()) {
      return false;
    }
    int[] xs = range(a, k);
    int[] ys = range(from, l);
    double single = Double.NEGATIVE_INFINITY;
    double weakest = Double.POSITIVE_INFINITY;
    for (int x : xs) {
      for (int y : ys) {
        single = Math.max(single, s.score(x, y));
        weakest = Math.min(weakest, s.score(x, y));
      }
    }
    if (weakest < FILLING_MEMBER) {
      return false;
    }
    double cos = s.joined.similarity(xs, ys);
    double joined = cos + s.lexicalPart(xs, ys);
    if (joined < GAP_FLOOR || joined < single + options.mergeGain()) {
      return false;
    }
    beads.add(new Bead(xs, ys, cos, false));
    for (int x : xs) {
      ownerA[x] = beads.size() - 1;
    }
    for (int y : ys) {
      ownerB[y] = beads.size() - 1;
    }
    return true;
  }

  private static int[] range(int from, int count) {
    int[] out = new int[count];
    for (int i = 0; i < count; i++) {
      out[i] = from + i;
    }
    return out;
  }

  private static boolean free(int[] owner, int from, int to) {
    for (int x = from; x < to; x++) {
      if (owner[x] >= 0) {
        return false;
      }
    }
    return true;
  }

  private static int last(int[] a) {
    return a[a.length - 1];
  }

  /** Most sentences a side of a gap that is paired. */
  private static final int GAP = 4;

  /**
   * Lowest score of a pair in a gap. Unrelated sentences score about 0; 0.1 paired a few more Bible
   * verses rightly (dev) but lowered the precision on Aesop, whose versions add and drop sentences.
   */
  private static final double GAP_FLOOR = 0.3;

  /**
   * Lowest score of the pair in a gap of one sentence a side: the two matches around it leave the
   * two sentences no other partner, so a weaker likeness suffices ("Believest thou this?" against
   * Apertium's "You create this?" for "¿Crees esto?"). Its low similarity still says how well it is
   * translated.
   */
  private static final double SINGLE_GAP_FLOOR = 0.2;

  private static int[] owners(List<Bead> beads, int size, boolean original) {
    int[] owner = new int[size];
    Arrays.fill(owner, -1);
    for (int k = 0; k < beads.size(); k++) {
      for (int x : original ? beads.get(k).original() : beads.get(k).translation()) {
        owner[x] = k;
      }
    }
    return owner;
  }

  /** Proposes, for each unmatched sentence of one side, the beads next to it that may take it. */
  private static void propose(
      List<Bead> beads,
      int[] owner,
      boolean original,
      PairScores s,
      Aligner.Options options,
      boolean rendered,
      List<Candidate> out) {
    for (int x = 0; x < owner.length; x++) {
      if (owner[x] >= 0) {
        continue;
      }
      for (int neighbour : new int[] {x - 1, x + 1}) {
        if (neighbour < 0 || neighbour >= owner.length || owner[neighbour] < 0) {
          continue;
        }
        int k = owner[neighbour];
        Bead b = beads.get(k);
        int[] grown = original ? b.original() : b.translation();
        int[] other = original ? b.translation() : b.original();
        if (b.moved() || other.length != 1 || grown.length >= options.maxMerge()) {
          continue;
        }
        double member = original ? s.score(x, other[0]) : s.score(other[0], x);
        int[] with = Arrays.copyOf(grown, grown.length + 1);
        with[grown.length] = x;
        Arrays.sort(with);
        double floor =
            rendered
                    && !original
                    && lengthFit(s, original, with, other) > lengthFit(s, original, grown, other)
                ? FILLING_MEMBER
                : options.memberThreshold();
        if (member < floor) {
          continue;
        }
        Bead extended =
            original
                ? new Bead(with, other, Double.NaN, false)
                : new Bead(other, with, Double.NaN, false);
        out.add(new Candidate(k, original, x, extended, 0));
      }
    }
  }

  /** Scores a candidate exactly; null when it is not accepted. */
  private static Candidate evaluate(
      Candidate c, Bead b, PairScores s, Aligner.Options options, boolean rendered) {
    double before =
        b.original().length == 1 && b.translation().length == 1
            ? s.score(b.original()[0], b.translation()[0])
            : b.similarity() + s.lexicalPart(b.original(), b.translation());
    int[] xs = c.extended().original();
    int[] ys = c.extended().translation();
    double cos = s.joined.similarity(xs, ys);
    double after = cos + s.lexicalPart(xs, ys);
    double delta =
        gain(after, xs.length + ys.length, options)
            - gain(before, b.original().length + b.translation().length, options);
    // Through a translator, compared with the lengths' fit: a sentence that fills out a bead whose
    // other side says more ("… and said unto him, Abraham: and he said, Behold, here I am." against
    // "… y le dijo: Abraham." and "Y él respondió: Heme aquí.") may lower the cosine of a machine
    // rendering a little, but makes the lengths agree; one the other side does not say makes them
    // disagree. (English retellings, which add sentences of their own, gained nothing from it.)
    boolean grownOriginal = c.original();
    double fitBefore =
        rendered
            ? lengthFit(
                s,
                grownOriginal,
                grownOriginal ? b.original() : b.translation(),
                grownOriginal ? b.translation() : b.original())
            : 1;
    double fitAfter =
        rendered
            ? lengthFit(s, grownOriginal, grownOriginal ? xs : ys, grownOriginal ? ys : xs)
            : 1;
    if (after * fitAfter < before * fitBefore - options.attachMargin() || delta < 0) {
      return null;
    }
    return new Candidate(c.bead(), c.original(), c.sentence(), new Bead(xs, ys, cos, false), delta);
  }

  /**
   * The median likeness of one-to-one matches from which a document in one language reads as a
   * translation worded its own way (King James against the World English Bible: medians 0.77 to
   * 0.95 over the 24 development chapters), below which as a retelling (Aesop's fables told twice:
   * a median of 0.67), which adds sentences of its own.
   */
  static final double TRANSLATED = 0.75;

  /** The least number of one-to-one matches whose median tells a translation from a retelling. */
  static final int FEW = 8;

  /** The median likeness from which a document reads as a copy or revision: most pairs are 1. */
  static final double COPIED = 0.97;

  /**
   * Whether the matches say the translation renders the original sentence by sentence in words of
   * its own, splitting and joining sentences as its language reads best, so that a sentence may
   * fill out a neighbour's pair as through a translator ({@link #FILLING_MEMBER}): the median
   * likeness of at least {@value #FEW} one-to-one matches lies in [{@value #TRANSLATED}, {@value
   * #COPIED}).
   */
  static boolean translated(List<Bead> beads) {
    double[] likeness =
        beads.stream()
            .filter(b -> b.original().length == 1 && b.translation().length == 1)
            .mapToDouble(Bead::similarity)
            .sorted()
            .toArray();
    if (likeness.length < FEW) {
      return false; // too few to tell
    }
    double median = likeness[likeness.length / 2];
    return median >= TRANSLATED && median < COPIED;
  }

  /**
   * Lowest score with the other side of a sentence that makes a bead's lengths fit better: a short
   * sentence scores low against a long one even when it renders part of it ("Y él respondió: Heme
   * aquí." against a verse that ends "and he said, Behold, here I am": 0.33).
   */
  private static final double FILLING_MEMBER = 0.25;

  /**
   * How well the lengths of a bead's two sides fit, in tokens: log2(1 + shorter / longer), 1 for
   * equal lengths and less the more they differ.
   */
  private static double lengthFit(PairScores s, boolean original, int[] grown, int[] other) {
    int[] wa = original ? s.a.weights() : s.b.weights();
    int[] wb = original ? s.b.weights() : s.a.weights();
    double x = 0;
    for (int k : grown) {
      x += Math.max(1, wa[k]);
    }
    double y = 0;
    for (int k : other) {
      y += Math.max(1, wb[k]);
    }
    return Math.log(1 + Math.min(x, y) / Math.max(x, y)) / Math.log(2);
  }

  /** The gain of a bead as the dynamic programme counts it. */
  private static double gain(double score, int sentences, Aligner.Options options) {
    double g = (score - options.matchThreshold()) * sentences / 2.0;
    return sentences > 2 ? g - options.mergePenalty() : g;
  }
}
