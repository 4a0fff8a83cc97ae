package dev.drift.shift;

import dev.drift.shift.EntityShiftDetector.Name;
import java.text.Normalizer;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * How names are spelled, for {@link EntityShiftDetector}: a spelling key that folds common
 * transliteration variants ({@link #fold}) and, across languages that share an alphabet, how alike
 * two names sound by their consonants ({@link #consonants}). Stateless.
 */
final class NameSounds {
  private NameSounds() {}

  /**
   * The least similarity of two names' consonants ({@link #consonants}) for them to be one name
   * spelled in two languages: Kishon and Cisón, Cyrus and Ciro, Baalim and Baales, Hittites and
   * Hetheos (measured on eval/bible dev: a name swapped for another name of the chapter scores
   * lower).
   */
  static final double SAME = 0.6;

  /**
   * Similarity in [0, 1] of two names' consonants; 0 for acronyms, which are compared as they are.
   */
  static double similarity(Name x, Name y) {
    if (x.acronym() || y.acronym()) {
      return 0;
    }
    double best = soundsLike(x.text(), y.text(), 1);
    // A run of capitalised words may hold the name among other words ("Y LOS Filisteos").
    for (String u : x.text().split(" ")) {
      for (String v : y.text().split(" ")) {
        best = Math.max(best, soundsLike(u, v, 2));
      }
    }
    return best;
  }

  private static double soundsLike(String x, String y, int least) {
    String a = consonants(x);
    String b = consonants(y);
    if (a.length() < least || b.length() < least) {
      return 0;
    }
    int d = LevenshteinDistance.getDefaultInstance().apply(a, b);
    return 1 - (double) d / Math.max(a.length(), b.length());
  }

  /**
   * The consonants of a name as languages that share an alphabet spell it their own way: accents
   * and vowels dropped, and with them h; ph, th, sh, ch, ck, qu, c, k, z, s, v, b folded into one
   * letter each way they are written (Kishon and Cisón are both "ksn", Zion and Sión "sn"), doubled
   * letters single.
   */
  static String consonants(String name) {
    String s =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replace("æ", "e")
            .replace("œ", "e")
            .replaceAll("[^a-z]", "");
    s = s.replace("ph", "f").replace("ck", "k").replace("qu", "k").replace("ch", "k");
    s = s.replace('c', 'k').replace('q', 'k').replace('z', 's').replace('v', 'b').replace('w', 'u');
    s = s.replaceAll("[aeiouyh]", "");
    return s.replaceAll("(.)\\1+", "$1");
  }

  /**
   * A spelling key for names: lower case, accents removed, and common transliteration variants
   * folded (y/i, ey/ei, ou/u, ph/f, ck/k, doubled letters).
   */
  static String fold(String name) {
    String s =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^\\p{L}\\p{N} ]", "");
    s = s.replace("ph", "f").replace("ck", "k").replace("ou", "u").replace("kh", "h");
    s = s.replace("ey", "ei").replace("iy", "i").replace("yi", "i").replace('y', 'i');
    s = s.replace("ii", "i");
    return s.replaceAll("(\\p{L})\\1", "$1");
  }
}
