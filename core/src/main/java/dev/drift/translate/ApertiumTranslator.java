package dev.drift.translate;

import dev.drift.DriftInputException;
import dev.drift.segment.LanguageTags;
import dev.drift.segment.SimilarityScale;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's Apertium as a translator: picks the mode from the two languages (Spanish into English
 * runs {@code apertium -u spa-eng}), asks Apertium not to mark unknown words ({@code -u}: names and
 * numbers it does not know pass through as written) and strips the marks it may still leave. Its
 * identity covers the mode file and every data file the mode reads, so an upgraded language pair is
 * never served renderings of the old one from the cache. Thread-safe.
 */
public final class ApertiumTranslator {
  /** Debian's Apertium language pairs, by the two ISO 639-1 languages they join. */
  private static final Map<String, String> PACKAGES =
      Map.of(
          "en-es", "apertium-eng-spa",
          "ca-en", "apertium-eng-cat",
          "en-gl", "apertium-en-gl",
          "en-eu", "apertium-eu-en",
          "en-sh", "apertium-hbs-eng",
          "en-is", "apertium-isl-eng",
          "en-mk", "apertium-mkd-eng",
          "en-eo", "apertium-eo-en");

  private static final Pattern MODE_FILE = Pattern.compile("'(/[^']+)'");

  /** A mark Apertium leaves on a word it could not analyse or generate, with that word. */
  private static final Pattern MARK =
      Pattern.compile("(?<![\\p{L}\\p{N}])[*#@]([\\p{L}\\p{N}][\\p{L}\\p{N}_]*)");

  /**
   * Apertium's renderings against same-language paraphrase, under the bundled model: measured on
   * the 769 verses of eval/bible dev (Reina-Valera 1909 through {@code spa-eng} against the King
   * James verse: median 0.67; the World English Bible's verse: 0.88; a verse against an unrelated
   * one: 0.23 both ways), taken for every Apertium pair.
   */
  static final SimilarityScale SCALE = new SimilarityScale(0.23, 0.67, 0.88);

  private ApertiumTranslator() {}

  /**
   * The Apertium translator from one language into another.
   *
   * @param from the translation's language (BCP 47)
   * @param to the original's language
   * @param timeout how long one document may take
   * @return the translator
   * @throws DriftInputException if Apertium is not installed, or has no mode for the pair (naming
   *     the Debian package to install and the modes that are installed)
   */
  public static Translator create(String from, String to, Duration timeout) {
    Path apertium =
        CommandTranslator.find("apertium")
            .orElseThrow(
                () ->
                    new DriftInputException(
                        "the translator apertium is not installed; install it with: apt-get"
                            + " install apertium "
                            + packageFor(from, to).orElse("apertium-<pair>")));
    List<String> modes = modes(apertium);
    String mode =
        mode(modes, from, to)
            .orElseThrow(
                () ->
                    new DriftInputException(
                        "Apertium has no mode from "
                            + from
                            + " into "
                            + to
                            + " here; installed modes: "
                            + (modes.isEmpty() ? "none" : String.join(", ", modes))
                            + packageFor(from, to)
                                .map(p -> "; install it with: apt-get install " + p)
                                .orElse("; Debian packages no Apertium pair for these languages")));
    List<Path> data = new ArrayList<>(List.of(apertium));
    data.addAll(modeFiles(mode));
    return CommandTranslator.of(
        "apertium " + mode,
        List.of(apertium.toString(), "-u", mode),
        timeout,
        "apertium "
            + mode
            + " unmark/2 paragraphs "
            + CommandTranslator.fingerprint(data.toArray(Path[]::new)),
        ApertiumTranslator::unmark,
        SCALE,
        true);
  }

  /**
   * A rendering without Apertium's marks: a word marked {@code *}, {@code #} or {@code @} loses its
   * mark, unless the sentence itself has the word written so ({@code #1}, {@code @maria}, which
   * Apertium passes through unchanged).
   *
   * @param source the sentence Apertium rendered
   * @param line its rendering
   * @return the rendering without marks Apertium added
   */
  static String unmark(String source, String line) {
    return MARK.matcher(line)
        .replaceAll(
            m -> Matcher.quoteReplacement(source.contains(m.group()) ? m.group() : m.group(1)));
  }

  /**
   * The Debian package of the Apertium pair joining two languages.
   *
   * @param a one language (BCP 47)
   * @param b the other
   * @return the package, such as {@code apertium-eng-spa}, if Debian has one
   */
  public static Optional<String> packageFor(String a, String b) {
    String x = LanguageTags.primary(a);
    String y = LanguageTags.primary(b);
    String key = x.compareTo(y) <= 0 ? x + "-" + y : y + "-" + x;
    return Optional.ofNullable(PACKAGES.get(key));
  }

  /**
   * The mode for a pair among the installed ones: {@code spa-eng} or {@code es-en}, else a variant
   * such as {@code spa-eng_US}.
   *
   * @param modes the installed modes
   * @param from the source language
   * @param to the target language
   * @return the mode, if one is installed
   */
  static Optional<String> mode(List<String> modes, String from, String to) {
    List<String> exact = new ArrayList<>();
    List<String> variants = new ArrayList<>();
    for (String f : codes(from)) {
      for (String t : codes(to)) {
        exact.add(f + "-" + t);
        variants.add(f + "-" + t + "_");
      }
    }
    for (String m : modes) {
      if (exact.contains(m)) {
        return Optional.of(m);
      }
    }
    for (String m : modes) {
      for (String v : variants) {
        if (m.startsWith(v)) {
          return Optional.of(m);
        }
      }
    }
    return Optional.empty();
  }

  /** A language's two- and three-letter codes, as Apertium names its modes by either. */
  private static List<String> codes(String tag) {
    String two = LanguageTags.primary(tag);
    List<String> codes = new ArrayList<>(List.of(two));
    try {
      String three = Locale.forLanguageTag(two).getISO3Language();
      if (!three.isEmpty() && !three.equals(two)) {
        codes.add(three);
      }
    } catch (MissingResourceException e) {
      // no three-letter code: the two-letter one is all there is
    }
    if (two.equals("sh") || two.equals("sr") || two.equals("hr") || two.equals("bs")) {
      codes.add("hbs");
    }
    return codes;
  }

  /** The installed modes, as {@code apertium -l} lists them. */
  private static List<String> modes(Path apertium) {
    try {
      Process p = new ProcessBuilder(apertium.toString(), "-l").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return List.of();
      }
      return out.lines().map(String::strip).filter(l -> l.matches("[a-z_]+-[a-zA-Z_]+")).toList();
    } catch (IOException e) {
      return List.of();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return List.of();
    }
  }

  /** The mode file and the data files it names, where Debian installs them. */
  private static List<Path> modeFiles(String mode) {
    Path file = Path.of("/usr/share/apertium/modes", mode + ".mode");
    List<Path> files = new ArrayList<>();
    if (!Files.isRegularFile(file)) {
      return files;
    }
    files.add(file);
    try {
      Matcher m = MODE_FILE.matcher(Files.readString(file, StandardCharsets.UTF_8));
      while (m.find()) {
        Path data = Path.of(m.group(1));
        if (Files.isRegularFile(data)) {
          files.add(data);
        }
      }
    } catch (IOException e) {
      // the mode file alone still tells one pair's version from another's
    }
    return files;
  }
}
