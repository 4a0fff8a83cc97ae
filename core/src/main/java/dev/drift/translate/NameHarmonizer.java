package dev.drift.translate;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Spells the names a translator left as written the way the original spells them, in the rendering
 * only: a translator passes unknown names through ({@code Elías}, {@code Achâb}), and an English
 * model reads {@code Elías went to Achâb} as far from {@code Elijah went to Ahab} though only the
 * spellings differ. A capitalised word of the translation that the translator rendered as itself is
 * replaced, wherever it stands in the rendering, by the original's capitalised word of the same
 * initial whose spelling is closest, when that is close enough (accents and doubled letters aside)
 * and no other word of the original is as close. The real text is never changed. Stateless.
 */
final class NameHarmonizer {
  /** The least similarity of two spellings of one name (1 − edit distance ÷ length). */
  static final double MIN_SIMILARITY = 0.6;

  private static final Pattern CAPITALISED =
      Pattern.compile("(?<![\\p{L}\\p{M}\\p{N}])\\p{Lu}[\\p{L}\\p{M}\\p{N}]*");

  private NameHarmonizer() {}

  /**
   * The names of a translation that the original spells another way.
   *
   * @param renderedWords the translator's rendering of each capitalised word of the translation
   * @param original the original's sentences
   * @return the replacements, by the translation's spelling
   */
  static Map<String, String> spellings(Map<String, String> renderedWords, List<String> original) {
    Set<String> names = new HashSet<>();
    Set<String> lowerWords = new HashSet<>();
    for (String sentence : original) {
      Matcher m = CAPITALISED.matcher(sentence);
      while (m.find()) {
        names.add(m.group());
      }
      for (String token : sentence.split("[^\\p{L}\\p{M}\\p{N}-]+")) {
        // Only a compound's first part: "Beth-lehem-judah" writes no "judah" in lower case.
        String w = token.split("-", -1)[0];
        if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0))) {
          lowerWords.add(w.toLowerCase(Locale.ROOT));
        }
      }
    }
    // A capitalised word the original also writes in lower case is an ordinary word, not a name.
    names.removeIf(n -> lowerWords.contains(n.toLowerCase(Locale.ROOT)));
    Map<String, String> out = new LinkedHashMap<>();
    Map<String, String> folded = new HashMap<>();
    for (String n : names) {
      folded.put(n, fold(n));
    }
    renderedWords.forEach(
        (word, rendering) -> {
          if (!rendering.equals(word) || names.contains(word) || word.length() < 3) {
            return; // the translator knew it, or the original writes it the same
          }
          String f = fold(word);
          String best = null;
          double bestScore = 0;
          boolean tie = false;
          for (String n : names) {
            if (Character.toLowerCase(n.codePointAt(0)) != f.codePointAt(0)) {
              continue;
            }
            double s = similarity(f, folded.get(n));
            if (s > bestScore) {
              best = n;
              bestScore = s;
              tie = false;
            } else if (s == bestScore) {
              tie = true;
            }
          }
          if (best != null && !tie && bestScore >= MIN_SIMILARITY) {
            out.put(word, best);
          }
        });
    return out;
  }

  /**
   * Applies the spellings to a rendering, whole words only.
   *
   * @param rendering a rendered sentence
   * @param spellings the replacements
   * @return the sentence with the original's spellings
   */
  static String apply(String rendering, Map<String, String> spellings) {
    if (spellings.isEmpty()) {
      return rendering;
    }
    Matcher m = CAPITALISED.matcher(rendering);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String replacement = spellings.get(m.group());
      m.appendReplacement(
          out, Matcher.quoteReplacement(replacement != null ? replacement : m.group()));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static double similarity(String a, String b) {
    int d = LevenshteinDistance.getDefaultInstance().apply(a, b);
    return 1 - (double) d / Math.max(1, Math.max(a.length(), b.length()));
  }

  /** Lower case, accents and other marks removed, doubled letters single. */
  static String fold(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("(\\p{L})\\1", "$1");
  }
}
