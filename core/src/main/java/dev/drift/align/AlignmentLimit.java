package dev.drift.align;

import dev.drift.DriftInputException;
import java.util.Locale;

/**
 * Refuses a document pair too long to align, before anything is embedded. The aligner scores every
 * sentence pair of short documents, and a band around a coarse alignment of long ones ({@link
 * Windows#estimatedPairs}): a cosine and a score ({@code float}) per scored pair, and a cell of its
 * dynamic programme (a {@code double} and an {@code int}), about {@value #BYTES_PER_PAIR} bytes a
 * pair. Two documents of 20,000 sentences need some 50 MB; pairs beyond what a Java array or the
 * heap can hold would run for minutes and then die of an {@link OutOfMemoryError}. This check fails
 * them at once with one line that says what to do. Stateless.
 */
final class AlignmentLimit {
  /** Bytes the aligner keeps per scored pair: cosine, score, and a cell of the programme. */
  static final long BYTES_PER_PAIR = 20;

  /** The most pairs one Java array can hold. */
  static final long MAX_PAIRS = Integer.MAX_VALUE - 8;

  private AlignmentLimit() {}

  /**
   * Checks a pair against the memory this JVM may use.
   *
   * @param original the original's name
   * @param n its sentence count
   * @param translation the translation's name
   * @param m its sentence count
   * @throws DriftInputException if the pair is too long to align
   */
  static void check(String original, int n, String translation, int m) {
    check(original, n, translation, m, Runtime.getRuntime().maxMemory());
  }

  /**
   * Checks a pair against a memory budget: the score matrices may take at most half of it.
   *
   * @param original the original's name
   * @param n its sentence count
   * @param translation the translation's name
   * @param m its sentence count
   * @param maxHeap the most memory the JVM may use, in bytes
   * @throws DriftInputException if the pair is too long to align
   */
  static void check(String original, int n, String translation, int m, long maxHeap) {
    long pairs = Windows.estimatedPairs(n, m);
    long bytes = pairs * BYTES_PER_PAIR;
    if (pairs <= MAX_PAIRS && bytes <= maxHeap / 2) {
      return;
    }
    String what =
        String.format(
            Locale.ROOT,
            "%s and %s are too long to align together: %,d × %,d sentences need %s of scores",
            original,
            translation,
            n,
            m,
            size(bytes));
    throw new DriftInputException(
        pairs > MAX_PAIRS
            ? what + ", more than drift can hold; split the documents"
            : what
                + ", more than half of the "
                + size(maxHeap)
                + " this JVM may use; split the documents or give Java more memory (-Xmx)");
  }

  private static String size(long bytes) {
    String[] units = {"bytes", "KB", "MB", "GB", "TB", "PB"};
    double value = bytes;
    int unit = 0;
    while (value >= 1000 && unit < units.length - 1) {
      value /= 1000;
      unit++;
    }
    return unit == 0 ? bytes + " bytes" : String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
  }
}
