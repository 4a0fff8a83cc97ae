package dev.drift;

import java.util.Locale;

/**
 * Refuses a document pair too long to align, before anything is embedded. The aligner keeps a score
 * for every sentence pair (two {@code float} matrices of n × m, 8 bytes per pair), so two documents
 * of 20,000 sentences need 3.2 GB, and past 2<sup>31</sup> pairs no Java array can hold the matrix
 * at all. Without this check such a pair would run for minutes and then die of an {@link
 * OutOfMemoryError} or an overflowing array size; with it, it fails at once with one line that says
 * what to do. Remove it once the aligner confines its scores to a band around the anchor path
 * (DESIGN.md, align stage). Stateless.
 */
final class AlignmentLimit {
  /** Bytes the aligner keeps per sentence pair: a cosine and a score, both {@code float}. */
  static final long BYTES_PER_PAIR = 8;

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
    long pairs = (long) n * m;
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
