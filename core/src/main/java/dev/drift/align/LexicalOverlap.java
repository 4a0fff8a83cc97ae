package dev.drift.align;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Word overlap between the sentences of two documents: the IDF-weighted Dice coefficient of their
 * word sets. Embeddings of related sentences that share a topic are close; shared names, numbers
 * and content words tell which of them renders which. Across languages mostly names, numbers and
 * acronyms are shared, which is exactly the evidence wanted there.
 *
 * <p>Words are numbered once per document pair; each sentence keeps the sorted ids of its distinct
 * words, so the overlap of a pair is a merge of two short int arrays (no map look-ups in the
 * aligner's hot loop). Immutable.
 */
final class LexicalOverlap {
  private final int[][] original;
  private final int[][] translation;
  private final double[] idf;
  private final double[] originalMass;
  private final double[] translationMass;

  private LexicalOverlap(int[][] original, int[][] translation, double[] idf) {
    this.original = original;
    this.translation = translation;
    this.idf = idf;
    this.originalMass = mass(original, idf);
    this.translationMass = mass(translation, idf);
  }

  /**
   * Builds the overlap model of two documents' sentences.
   *
   * @param original the original's sentence texts
   * @param translation the translation's sentence texts
   * @return the model
   */
  static LexicalOverlap of(List<String> original, List<String> translation) {
    Map<String, Integer> ids = new HashMap<>();
    int[][] a = ids(original, ids);
    int[][] b = ids(translation, ids);
    int[] df = new int[ids.size()];
    for (int[][] side : List.of(a, b)) {
      for (int[] words : side) {
        for (int w : words) {
          df[w]++;
        }
      }
    }
    int n = a.length + b.length;
    double[] idf = new double[df.length];
    for (int w = 0; w < df.length; w++) {
      idf[w] = Math.log(1.0 + (double) n / df[w]);
    }
    return new LexicalOverlap(a, b, idf);
  }

  /**
   * Overlap of two sentences.
   *
   * @param i original sentence index
   * @param j translation sentence index
   * @return weighted Dice coefficient in [0, 1]
   */
  double dice(int i, int j) {
    double total = originalMass[i] + translationMass[j];
    return total == 0 ? 0 : 2 * common(original[i], translation[j]) / total;
  }

  /**
   * Overlap of joined sentences.
   *
   * @param as original sentence indices
   * @param bs translation sentence indices
   * @return weighted Dice coefficient of the joined word sets in [0, 1]
   */
  double dice(int[] as, int[] bs) {
    int[] x = union(original, as);
    int[] y = union(translation, bs);
    double total = sum(x, idf) + sum(y, idf);
    return total == 0 ? 0 : 2 * common(x, y) / total;
  }

  /** The summed weight of the ids in both sorted arrays. */
  private double common(int[] x, int[] y) {
    double common = 0;
    for (int p = 0, q = 0; p < x.length && q < y.length; ) {
      if (x[p] < y[q]) {
        p++;
      } else if (x[p] > y[q]) {
        q++;
      } else {
        common += idf[x[p]];
        p++;
        q++;
      }
    }
    return common;
  }

  private static int[] union(int[][] side, int[] indices) {
    int length = 0;
    for (int i : indices) {
      length += side[i].length;
    }
    int[] all = new int[length];
    int k = 0;
    for (int i : indices) {
      System.arraycopy(side[i], 0, all, k, side[i].length);
      k += side[i].length;
    }
    return Arrays.stream(all).sorted().distinct().toArray();
  }

  private static double sum(int[] words, double[] idf) {
    double s = 0;
    for (int w : words) {
      s += idf[w];
    }
    return s;
  }

  private static double[] mass(int[][] side, double[] idf) {
    double[] m = new double[side.length];
    for (int i = 0; i < m.length; i++) {
      m[i] = sum(side[i], idf);
    }
    return m;
  }

  /** Each sentence's distinct word ids, sorted; new words get the next free id. */
  private static int[][] ids(List<String> sentences, Map<String, Integer> ids) {
    int[][] out = new int[sentences.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] =
          words(sentences.get(i)).stream()
              .mapToInt(w -> ids.computeIfAbsent(w, k -> ids.size()))
              .sorted()
              .distinct()
              .toArray();
    }
    return out;
  }

  /** Lower-cased words of two or more letters or digits, accents removed. */
  static List<String> words(String text) {
    String folded =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= folded.length(); i++) {
      boolean word = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        if (i - start >= 2) {
          words.add(folded.substring(start, i));
        }
        start = -1;
      }
    }
    return words;
  }
}
