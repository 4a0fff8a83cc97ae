package dev.drift.align;

import dev.drift.embed.VectorMath;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Synthetic sentence vectors for alignment tests, in place of an embedding model.
 *
 * <p>A "topic" is a random unit vector; a paraphrase is the topic plus a random vector of norm
 * {@link #PARAPHRASE_NOISE} (cosine about 0.9 with the topic); two unrelated topics have a cosine
 * near 0. A document pair is built from {@linkplain Unit units}: a unit holds the original
 * sentences and the translation sentences that render each other (1:1, m:n, or one side empty), and
 * knows the bead the aligner is expected to find for it.
 */
public final class Synthetic {
  /** Dimensions of the vectors. */
  public static final int DIM = 128;

  /** Norm of the noise added to a topic to paraphrase it (cosine about 0.91). */
  public static final double PARAPHRASE_NOISE = 0.45;

  private final Random random;

  /**
   * Creates a generator.
   *
   * @param seed the random seed
   */
  public Synthetic(long seed) {
    this.random = new Random(seed);
  }

  /**
   * Returns the random source, for tests that draw their own choices.
   *
   * @return the random source
   */
  public Random random() {
    return random;
  }

  /**
   * A fresh random unit vector.
   *
   * @return the vector
   */
  public float[] topic() {
    float[] v = new float[DIM];
    for (int d = 0; d < DIM; d++) {
      v[d] = (float) random.nextGaussian();
    }
    return VectorMath.normalize(v);
  }

  /**
   * The vector plus noise of the given norm, normalised.
   *
   * @param v a unit vector
   * @param noise the noise norm
   * @return a new unit vector
   */
  public float[] perturb(float[] v, double noise) {
    float[] n = topic();
    float[] out = new float[DIM];
    for (int d = 0; d < DIM; d++) {
      out[d] = (float) (v[d] + noise * n[d]);
    }
    return VectorMath.normalize(out);
  }

  /**
   * A paraphrase of a vector.
   *
   * @param v a unit vector
   * @return a unit vector with a cosine of about 0.9 to {@code v}
   */
  public float[] paraphrase(float[] v) {
    return perturb(v, PARAPHRASE_NOISE);
  }

  /**
   * A random token count for a sentence.
   *
   * @return between 6 and 25
   */
  public int tokens() {
    return 6 + random.nextInt(20);
  }

  /**
   * The normalised token-weighted sum of vectors: what one sentence saying all of them is close to.
   *
   * @param vectors unit vectors
   * @param weights their token counts
   * @return a unit vector
   */
  public static float[] joined(List<float[]> vectors, int[] weights) {
    float[] sum = new float[DIM];
    for (int k = 0; k < vectors.size(); k++) {
      for (int d = 0; d < DIM; d++) {
        sum[d] += weights[k] * vectors.get(k)[d];
      }
    }
    return VectorMath.normalize(sum);
  }

  /**
   * The normalised sum of vectors: a sentence that says all of them.
   *
   * @param vectors unit vectors
   * @return a unit vector
   */
  public static float[] sum(List<float[]> vectors) {
    int[] ones = new int[vectors.size()];
    Arrays.fill(ones, 1);
    return joined(vectors, ones);
  }

  /**
   * A joined embedder over two documents' vectors that computes the token-weighted mean of the
   * sentences' vectors, as the aligner's approximation does.
   *
   * @param original the original's vectors
   * @param translation the translation's vectors
   * @return the embedder
   */
  public static JoinedEmbedder meanEmbedder(SentenceVectors original, SentenceVectors translation) {
    return (as, bs) ->
        VectorMath.cosine(
            original.joinedApproximation(as, 0, as.length),
            translation.joinedApproximation(bs, 0, bs.length));
  }

  /** Sentences of both sides that render each other; one side may be empty. */
  public static final class Unit {
    final List<float[]> original = new ArrayList<>();
    final List<float[]> translation = new ArrayList<>();
    final List<Integer> originalTokens = new ArrayList<>();
    final List<Integer> translationTokens = new ArrayList<>();
    final String label;

    Unit(String label) {
      this.label = label;
    }

    boolean isMatch() {
      return !original.isEmpty() && !translation.isEmpty();
    }
  }

  /**
   * A 1:1 unit: a topic and its paraphrase.
   *
   * @return the unit
   */
  public Unit pair() {
    float[] t = topic();
    return pair(t, paraphrase(t));
  }

  /**
   * A 1:1 unit of given vectors.
   *
   * @param a the original's vector
   * @param b the translation's vector
   * @return the unit
   */
  public Unit pair(float[] a, float[] b) {
    Unit u = new Unit("1:1");
    int tokens = tokens();
    u.original.add(a);
    u.originalTokens.add(tokens);
    u.translation.add(b);
    u.translationTokens.add(tokens);
    return u;
  }

  /**
   * An original sentence the translation drops.
   *
   * @return the unit
   */
  public Unit omission() {
    Unit u = new Unit("omission");
    u.original.add(topic());
    u.originalTokens.add(tokens());
    return u;
  }

  /**
   * A translation sentence with nothing in the original.
   *
   * @return the unit
   */
  public Unit addition() {
    Unit u = new Unit("addition");
    u.translation.add(topic());
    u.translationTokens.add(tokens());
    return u;
  }

  /**
   * {@code k} original sentences rendered by one translation sentence.
   *
   * @param k how many original sentences
   * @return the unit
   */
  public Unit merge(int k) {
    Unit u = new Unit(k + ":1");
    List<float[]> topics = new ArrayList<>();
    int[] weights = new int[k];
    for (int x = 0; x < k; x++) {
      topics.add(topic());
      weights[x] = tokens();
      u.original.add(topics.get(x));
      u.originalTokens.add(weights[x]);
    }
    u.translation.add(paraphrase(sum(topics)));
    u.translationTokens.add(Arrays.stream(weights).sum());
    return u;
  }

  /**
   * One original sentence rendered by {@code k} translation sentences.
   *
   * @param k how many translation sentences
   * @return the unit
   */
  public Unit split(int k) {
    Unit u = new Unit("1:" + k);
    List<float[]> topics = new ArrayList<>();
    int[] weights = new int[k];
    for (int x = 0; x < k; x++) {
      topics.add(topic());
      weights[x] = tokens();
      u.translation.add(paraphrase(topics.get(x)));
      u.translationTokens.add(weights[x]);
    }
    u.original.add(sum(topics));
    u.originalTokens.add(Arrays.stream(weights).sum());
    return u;
  }

  /**
   * A document pair built from units: the original lists the units' original sentences in unit
   * order, the translation lists their translation sentences in the given unit order.
   */
  public static final class Docs {
    /** The original's vectors. */
    public final SentenceVectors original;

    /** The translation's vectors. */
    public final SentenceVectors translation;

    /** For each unit, its original sentence indices. */
    public final List<int[]> unitOriginal = new ArrayList<>();

    /** For each unit, its translation sentence indices. */
    public final List<int[]> unitTranslation = new ArrayList<>();

    /** The units. */
    public final List<Unit> units;

    Docs(List<Unit> units, int[] translationOrder) {
      this.units = List.copyOf(units);
      List<float[]> a = new ArrayList<>();
      List<Integer> wa = new ArrayList<>();
      for (Unit u : units) {
        int[] idx = new int[u.original.size()];
        for (int k = 0; k < idx.length; k++) {
          idx[k] = a.size();
          a.add(u.original.get(k));
          wa.add(u.originalTokens.get(k));
        }
        unitOriginal.add(idx);
        unitTranslation.add(null);
      }
      List<float[]> b = new ArrayList<>();
      List<Integer> wb = new ArrayList<>();
      for (int p : translationOrder) {
        Unit u = units.get(p);
        int[] idx = new int[u.translation.size()];
        for (int k = 0; k < idx.length; k++) {
          idx[k] = b.size();
          b.add(u.translation.get(k));
          wb.add(u.translationTokens.get(k));
        }
        unitTranslation.set(p, idx);
      }
      this.original =
          new SentenceVectors(
              a.toArray(new float[0][]), wa.stream().mapToInt(Integer::intValue).toArray());
      this.translation =
          new SentenceVectors(
              b.toArray(new float[0][]), wb.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * The joined embedder of these documents.
     *
     * @return the token-weighted mean embedder
     */
    public JoinedEmbedder joined() {
      return meanEmbedder(original, translation);
    }

    /**
     * The expected matches, one string per matching unit, as {@link #key(Bead)} writes them.
     *
     * @return the keys
     */
    public List<String> expectedMatches() {
      List<String> out = new ArrayList<>();
      for (int p = 0; p < units.size(); p++) {
        if (units.get(p).isMatch()) {
          out.add(key(unitOriginal.get(p), unitTranslation.get(p)));
        }
      }
      return out;
    }
  }

  /**
   * A document pair with the translation in the units' order.
   *
   * @param units the units
   * @return the documents
   */
  public static Docs docs(List<Unit> units) {
    int[] order = new int[units.size()];
    Arrays.setAll(order, k -> k);
    return new Docs(units, order);
  }

  /**
   * A document pair with the translation's units in another order.
   *
   * @param units the units
   * @param translationOrder a permutation of the unit indices
   * @return the documents
   */
  public static Docs docs(List<Unit> units, int[] translationOrder) {
    return new Docs(units, translationOrder);
  }

  /**
   * A readable key of a bead's sides, such as {@code [3, 4]->[2]}.
   *
   * @param bead the bead
   * @return the key
   */
  public static String key(Bead bead) {
    return key(bead.original(), bead.translation());
  }

  static String key(int[] original, int[] translation) {
    return Arrays.toString(original) + "->" + Arrays.toString(translation);
  }
}
