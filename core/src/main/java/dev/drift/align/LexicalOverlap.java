package dev.drift.align;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Word overlap between the sentences of two documents: the IDF-weighted Dice coefficient of their
 * word sets. Embeddings of related sentences that share a topic are close; shared names, numbers
 * and content words tell which of them renders which. Across languages mostly names, numbers and
 * acronyms are shared, which is exactly the evidence wanted there. Immutable.
 */
final class LexicalOverlap {
  private final List<Map<String, Double>> original;
  private final List<Map<String, Double>> translation;
  private final double[] originalMass;
  private final double[] translationMass;

  private LexicalOverlap(
      List<Map<String, Double>> original, List<Map<String, Double>> translation) {
    this.original = original;
    this.translation = translation;
    this.originalMass = mass(original);
    this.translationMass = mass(translation);
  }

  /**
   * Builds the overlap model of two documents' sentences.
   *
   * @param original the original's sentence texts
   * @param translation the translation's sentence texts
   * @return the model
   */
  static LexicalOverlap of(List<String> original, List<String> translation) {
    List<List<String>> a = original.stream().map(LexicalOverlap::words).toList();
    List<List<String>> b = translation.stream().map(LexicalOverlap::words).toList();
    Map<String, Integer> df = new HashMap<>();
    for (List<List<String>> side : List.of(a, b)) {
      for (List<String> words : side) {
        for (String w : new java.util.HashSet<>(words)) {
          df.merge(w, 1, Integer::sum);
        }
      }
    }
    int n = a.size() + b.size();
    return new LexicalOverlap(weigh(a, df, n), weigh(b, df, n));
  }

  /**
   * Overlap of two sentences.
   *
   * @param i original sentence index
   * @param j translation sentence index
   * @return weighted Dice coefficient in [0, 1]
   */
  double dice(int i, int j) {
    return dice(original.get(i), originalMass[i], translation.get(j), translationMass[j]);
  }

  /**
   * Overlap of joined sentences.
   *
   * @param as original sentence indices
   * @param bs translation sentence indices
   * @return weighted Dice coefficient of the joined word sets in [0, 1]
   */
  double dice(int[] as, int[] bs) {
    Map<String, Double> x = union(original, as);
    Map<String, Double> y = union(translation, bs);
    return dice(x, sum(x), y, sum(y));
  }

  private static double dice(Map<String, Double> x, double mx, Map<String, Double> y, double my) {
    if (mx + my == 0) {
      return 0;
    }
    Map<String, Double> small = x.size() <= y.size() ? x : y;
    Map<String, Double> large = small == x ? y : x;
    double common = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      if (large.containsKey(e.getKey())) {
        common += e.getValue();
      }
    }
    return 2 * common / (mx + my);
  }

  private static Map<String, Double> union(List<Map<String, Double>> side, int[] indices) {
    Map<String, Double> out = new HashMap<>();
    for (int i : indices) {
      out.putAll(side.get(i));
    }
    return out;
  }

  private static double sum(Map<String, Double> bag) {
    double s = 0;
    for (double v : bag.values()) {
      s += v;
    }
    return s;
  }

  private static double[] mass(List<Map<String, Double>> side) {
    double[] m = new double[side.size()];
    for (int i = 0; i < m.length; i++) {
      m[i] = sum(side.get(i));
    }
    return m;
  }

  private static List<Map<String, Double>> weigh(
      List<List<String>> side, Map<String, Integer> df, int n) {
    List<Map<String, Double>> out = new ArrayList<>(side.size());
    for (List<String> words : side) {
      Map<String, Double> bag = new HashMap<>();
      for (String w : words) {
        bag.put(w, Math.log(1.0 + (double) n / df.get(w)));
      }
      out.add(bag);
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
