package dev.drift.bench;

import dev.drift.language.DetectedLanguage;
import dev.drift.language.EnglishProse;
import dev.drift.language.LanguageDetector;
import dev.drift.language.LanguageGuard;
import dev.drift.load.DocumentLoader;
import dev.drift.load.InputFormat;
import dev.drift.segment.SentenceSegmenter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Whether {@link EnglishProse}, which lets the language guard skip the detector's profiles for a
 * page declared English, ever confirms English for prose the detector reads as another language,
 * and how much real English it confirms. The detector's own answer (confidence {@link
 * LanguageGuard#CONFIDENT}, as the guard asks) is the reference.
 *
 * <p>Foreign prose: Debian's man pages in every language installed under {@code /usr/share/man}
 * ({@code apt-get install manpages-de manpages-fr …}), rendered with {@code groff}; many are half
 * English (options, untranslated paragraphs), the hard case. English prose: the Aesop fables, the
 * Bible chapters in the King James and World English versions, the seed pair. Every page and text
 * is read whole and in four windows of one to six sentences. Pages and texts are split into halves
 * by a hash of their names: {@code dev} and {@code test}; the thresholds were chosen on another
 * split of the same sources.
 *
 * <p>Usage: {@code LanguageBenchmark [dev|test] [PAGES_PER_LANGUAGE]} from the repository root.
 */
public final class LanguageBenchmark {
  private static final Path MAN = Path.of("/usr/share/man");

  private LanguageBenchmark() {}

  /** One text read: where from, and its sentences. */
  private record Text(String source, List<String> sentences) {}

  /**
   * Runs the benchmark.
   *
   * @param args the half ({@code dev} or {@code test}) and the most pages per language (60)
   * @throws Exception if a page cannot be rendered
   */
  public static void main(String[] args) throws Exception {
    String half = args.length > 0 ? args[0] : "dev";
    if (!half.equals("dev") && !half.equals("test")) {
      throw new IllegalArgumentException("the half is dev or test, not " + half);
    }
    int perLanguage = args.length > 1 ? Integer.parseInt(args[1]) : 60;
    Random random = new Random(half.equals("dev") ? 5 : 11);
    List<Text> english = new ArrayList<>();
    for (Path file : englishFiles()) {
      if (inHalf(file, half)) {
        windows(file.toString(), "en", read(file), random, english);
      }
    }
    List<Text> foreign = new ArrayList<>();
    List<String> languages = new ArrayList<>();
    for (Path dir : list(MAN)) {
      String language = dir.getFileName().toString();
      if (!Files.isDirectory(dir) || language.startsWith("man") || language.equals("en")) {
        continue;
      }
      int pages = 0;
      for (Path page : manPages(dir)) {
        if (pages >= perLanguage) {
          break;
        }
        if (!inHalf(page, half)) {
          continue;
        }
        String text = render(page);
        if (text.length() < 800) {
          continue;
        }
        windows(page.toString(), language, text, random, foreign);
        pages++;
      }
      if (pages > 0) {
        languages.add(language + " " + pages);
      }
    }
    if (languages.isEmpty()) {
      System.err.println("no man pages in another language under " + MAN + ": install some, e.g.");
      System.err.println(
          "  apt-get install manpages-de manpages-fr manpages-es manpages-nl groff-base");
      System.exit(2);
    }
    report(half, english, foreign, languages);
  }

  private static void report(
      String half, List<Text> english, List<Text> foreign, List<String> languages) {
    LanguageDetector detector = LanguageDetector.create();
    int englishTexts = 0;
    int englishConfirmed = 0;
    double lowest = 1;
    String lowestSource = "";
    for (Text t : english) {
      if (!confidentLanguage(detector.detect(t.sentences())).equals("en")) {
        continue; // the detector itself does not call it English
      }
      englishTexts++;
      double share = EnglishProse.share(t.sentences());
      if (share >= EnglishProse.MIN_SHARE) {
        englishConfirmed++;
      }
      if (share < lowest) {
        lowest = share;
        lowestSource = t.source();
      }
    }
    int foreignTexts = 0;
    int wrong = 0;
    double highest = 0;
    String highestSource = "";
    for (Text t : foreign) {
      String language = confidentLanguage(detector.detect(t.sentences()));
      if (language.isEmpty() || language.equals("en")) {
        continue; // not confidently another language: the guard keeps the declared one anyway
      }
      foreignTexts++;
      double share = EnglishProse.share(t.sentences());
      if (share >= EnglishProse.MIN_SHARE) {
        wrong++;
        System.err.println("confirmed as English, read as " + language + ": " + t.source());
      }
      if (share > highest) {
        highest = share;
        highestSource = t.source();
      }
    }
    System.out.printf(
        Locale.ROOT,
        "half %s; man pages: %s%n"
            + "English texts the detector reads as English: %d, confirmed without it: %d (%.1f %%);"
            + " lowest English share %.2f (%s)%n"
            + "texts the detector reads as another language: %d, confirmed as English: %d;"
            + " highest English share %.2f (%s); threshold %.2f%n",
        half,
        String.join(", ", languages),
        englishTexts,
        englishConfirmed,
        100.0 * englishConfirmed / Math.max(1, englishTexts),
        lowest,
        lowestSource,
        foreignTexts,
        wrong,
        highest,
        highestSource,
        EnglishProse.MIN_SHARE);
  }

  /** The detected language when the guard would take it over a declared one, else "". */
  private static String confidentLanguage(Optional<DetectedLanguage> d) {
    return d.filter(x -> x.confidence() >= LanguageGuard.CONFIDENT)
        .map(DetectedLanguage::language)
        .orElse("");
  }

  /** The text whole and four windows of one to six consecutive sentences. */
  private static void windows(
      String source, String language, String text, Random random, List<Text> out) {
    List<String> sentences =
        SentenceSegmenter.create(language)
            .segment(DocumentLoader.parse(source, text, InputFormat.TEXT))
            .texts();
    if (sentences.isEmpty()) {
      return;
    }
    out.add(new Text(source, sentences));
    for (int w = 0; w < 4; w++) {
      int length = 1 + random.nextInt(6);
      if (sentences.size() <= length) {
        break;
      }
      int from = random.nextInt(sentences.size() - length);
      out.add(
          new Text(
              source + " sentences " + (from + 1) + "-" + (from + length),
              List.copyOf(sentences.subList(from, from + length))));
    }
  }

  private static boolean inHalf(Path file, String half) {
    boolean dev = (file.getFileName().toString().hashCode() & 1) == 0;
    return dev == half.equals("dev");
  }

  private static List<Path> englishFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String dir : List.of("eval/aesop/aesop-all", "eval/bible/dev", "examples/g20")) {
      for (Path f : list(Path.of(dir))) {
        String name = f.getFileName().toString();
        if (name.endsWith(".complex.txt")
            || name.endsWith(".simple.txt")
            || name.endsWith(".kjv.txt")
            || name.endsWith(".web.txt")
            || dir.equals("examples/g20")) {
          files.add(f);
        }
      }
    }
    return files;
  }

  private static List<Path> manPages(Path languageDir) throws IOException {
    List<Path> pages = new ArrayList<>();
    for (Path section : list(languageDir)) {
      if (section.getFileName().toString().startsWith("man") && Files.isDirectory(section)) {
        for (Path page : list(section)) {
          if (page.getFileName().toString().endsWith(".gz")) {
            pages.add(page);
          }
        }
      }
    }
    pages.sort(null);
    return pages;
  }

  private static List<Path> list(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  /** A man page as groff renders it for a terminal, without overstriking or colour. */
  private static String render(Path page) throws IOException, InterruptedException {
    Process groff =
        new ProcessBuilder("groff", "-k", "-Dutf-8", "-Tutf8", "-mandoc", "-P-cbou")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    Thread feeder =
        new Thread(
            () -> {
              try (InputStream in = new GZIPInputStream(Files.newInputStream(page));
                  OutputStream out = groff.getOutputStream()) {
                in.transferTo(out);
              } catch (IOException e) {
                // groff stopped reading: its exit code tells
              }
            });
    feeder.start();
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    try (InputStream in = groff.getInputStream()) {
      in.transferTo(text);
    }
    feeder.join();
    if (!groff.waitFor(60, TimeUnit.SECONDS)) {
      groff.destroyForcibly();
      return "";
    }
    if (groff.exitValue() != 0) {
      return "";
    }
    return text.toString(StandardCharsets.UTF_8);
  }
}
