package dev.drift.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A set of verse-aligned Bible chapters as {@code eval/bible/export.py} writes them: for each
 * chapter {@code NAME.kjv.txt} (the original), {@code NAME.web.txt} and {@code NAME.es.txt} (two
 * translations) and {@code NAME.gold.tsv}, where each verse has its offsets in the three files.
 *
 * @param name the set's name ({@code dev}, {@code test})
 * @param directory where its files are
 * @param chapters the chapters, by file name
 */
record BibleSet(String name, Path directory, List<Chapter> chapters) {

  /** A translation of the KJV the set holds. */
  enum Side {
    /** The World English Bible: a modern English translation, the same-language reference. */
    WEB("web", "en"),
    /** The Reina-Valera 1909: a Spanish translation. */
    ES("es", "es");

    final String suffix;
    final String language;

    Side(String suffix, String language) {
      this.suffix = suffix;
      this.language = language;
    }

    /** Parses {@code web} or {@code es}. */
    static Side parse(String text) {
      for (Side s : values()) {
        if (s.suffix.equals(text)) {
          return s;
        }
      }
      throw new IllegalArgumentException("the side is web or es, not " + text);
    }

    @Override
    public String toString() {
      return suffix;
    }
  }

  /** A half-open range of UTF-16 offsets. */
  record Span(int start, int end) {
    /** Whether the two ranges share at least one offset. */
    boolean overlaps(int from, int to) {
      return start < to && from < end;
    }

    /** The text of the range. */
    String of(String text) {
      return text.substring(start, end);
    }
  }

  /**
   * One verse: its spans in the three files, {@code null} where a file has no such verse (the
   * versifications differ).
   */
  record Verse(int number, Span kjv, Span web, Span es) {
    /** The verse's span in a translation. */
    Span in(Side side) {
      return side == Side.WEB ? web : es;
    }
  }

  /** One chapter: its name, its three texts and its verses. */
  record Chapter(String name, String kjv, String web, String es, List<Verse> verses) {
    /** The text of a translation. */
    String text(Side side) {
      return side == Side.WEB ? web : es;
    }
  }

  /**
   * Reads a set.
   *
   * @param directory the set's directory ({@code eval/bible/dev})
   * @return the set, its chapters sorted by name
   * @throws IOException if a file cannot be read
   * @throws IllegalStateException if a gold file is malformed or a file is missing
   */
  static BibleSet read(Path directory) throws IOException {
    List<Path> golds;
    try (Stream<Path> files = Files.list(directory)) {
      golds = files.filter(f -> f.toString().endsWith(".gold.tsv")).sorted().toList();
    }
    if (golds.isEmpty()) {
      throw new IllegalStateException(directory + " holds no NAME.gold.tsv");
    }
    List<Chapter> chapters = new ArrayList<>();
    for (Path gold : golds) {
      String name = gold.getFileName().toString().replace(".gold.tsv", "");
      List<Verse> verses = new ArrayList<>();
      for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 7) {
          throw new IllegalStateException(gold + ": expected 7 columns: " + line);
        }
        verses.add(
            new Verse(
                Integer.parseInt(f[0]), span(f[1], f[2]), span(f[3], f[4]), span(f[5], f[6])));
      }
      chapters.add(
          new Chapter(
              name,
              read(directory, name, "kjv"),
              read(directory, name, "web"),
              read(directory, name, "es"),
              List.copyOf(verses)));
    }
    return new BibleSet(
        directory.getFileName().toString().toLowerCase(Locale.ROOT),
        directory,
        List.copyOf(chapters));
  }

  private static String read(Path directory, String name, String suffix) throws IOException {
    return Files.readString(
        directory.resolve(name + "." + suffix + ".txt"), StandardCharsets.UTF_8);
  }

  private static Span span(String start, String end) {
    return start.isEmpty() ? null : new Span(Integer.parseInt(start), Integer.parseInt(end));
  }
}
