package dev.drift.batch;

import dev.drift.DriftInputException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A directory of translations and their language.
 *
 * @param directory the directory; files in it pair with the source files at the same relative path
 * @param language its BCP 47 language tag
 */
public record TranslationTree(Path directory, String language) {

  /** The placeholder a {@linkplain #fromPattern pattern} uses for the language segment. */
  public static final String LANGUAGE_PLACEHOLDER = "{lang}";

  private static final String LANGUAGE_TAG = "([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*)";

  /**
   * Creates a tree.
   *
   * @param directory the directory
   * @param language its language tag; {@code _} is read as {@code -}
   * @throws DriftInputException if the language is not a language tag
   */
  public TranslationTree {
    if (directory == null) {
      throw new DriftInputException("a translation directory is missing its path");
    }
    language = checkLanguage(language, directory);
  }

  /**
   * A tree whose language is the last segment of its path ({@code src/docs/fr} is French).
   *
   * @param directory the directory
   * @return the tree
   * @throws DriftInputException if the last segment names no language
   */
  public static TranslationTree of(Path directory) {
    return new TranslationTree(directory, languageOf(directory));
  }

  /**
   * The language a directory's name stands for: its last path segment, such as {@code fr} for
   * {@code src/docs/fr} or {@code pt-BR} for {@code docs/pt_BR}.
   *
   * @param directory the directory
   * @return the language tag
   * @throws DriftInputException if the last segment is not a known language
   */
  public static String languageOf(Path directory) {
    Path name = directory.toAbsolutePath().normalize().getFileName();
    String segment = name == null ? "" : name.toString();
    if (!segment.matches(LANGUAGE_TAG) || !isKnownLanguage(segment)) {
      throw new DriftInputException(
          directory
              + ": cannot tell the language from the directory name '"
              + segment
              + "'; name the language explicitly (e.g. fr, de, pt-BR)");
    }
    return segment.replace('_', '-');
  }

  /**
   * Finds the translation directories a pattern such as {@code src/docs/{lang}} names: every
   * existing directory where one path segment holds {@value #LANGUAGE_PLACEHOLDER} in place of a
   * language tag. The {@code exclude} directory (the source) is left out.
   *
   * @param base the directory relative patterns are resolved against
   * @param pattern the pattern, with {@value #LANGUAGE_PLACEHOLDER} once, inside one segment
   * @param exclude a directory to leave out, or {@code null}
   * @return the trees, ordered by path
   * @throws DriftInputException if the pattern is malformed or its parent directory is missing
   */
  public static List<TranslationTree> fromPattern(Path base, String pattern, Path exclude) {
    String normalized = pattern.replace('\\', '/');
    int at = normalized.indexOf(LANGUAGE_PLACEHOLDER);
    if (at < 0 || normalized.indexOf(LANGUAGE_PLACEHOLDER, at + 1) >= 0) {
      throw new DriftInputException(
          "translation pattern '"
              + pattern
              + "' must hold "
              + LANGUAGE_PLACEHOLDER
              + " exactly once (e.g. src/docs/{lang})");
    }
    int segmentStart = normalized.lastIndexOf('/', at) + 1;
    int segmentEnd = normalized.indexOf('/', at);
    segmentEnd = segmentEnd < 0 ? normalized.length() : segmentEnd;
    String segment = normalized.substring(segmentStart, segmentEnd);
    String rest = normalized.substring(segmentEnd).replaceFirst("^/+", "");
    Path parent = base.resolve(segmentStart == 0 ? "." : normalized.substring(0, segmentStart));
    parent = parent.normalize();
    Pattern name =
        Pattern.compile(
            Pattern.quote(segment.substring(0, segment.indexOf(LANGUAGE_PLACEHOLDER)))
                + LANGUAGE_TAG
                + Pattern.quote(
                    segment.substring(
                        segment.indexOf(LANGUAGE_PLACEHOLDER) + LANGUAGE_PLACEHOLDER.length())));
    if (!Files.isDirectory(parent)) {
      throw new DriftInputException(
          "translation pattern '" + pattern + "': no such directory " + parent);
    }
    Path excluded = exclude == null ? null : exclude.toAbsolutePath().normalize();
    List<TranslationTree> trees = new ArrayList<>();
    try (DirectoryStream<Path> children = Files.newDirectoryStream(parent, Files::isDirectory)) {
      for (Path child : children) {
        Matcher m = name.matcher(child.getFileName().toString());
        if (!m.matches() || !isKnownLanguage(m.group(1))) {
          continue;
        }
        Path dir = rest.isEmpty() ? child : child.resolve(rest);
        if (Files.isDirectory(dir) && !dir.toAbsolutePath().normalize().equals(excluded)) {
          trees.add(new TranslationTree(dir, m.group(1)));
        }
      }
    } catch (IOException e) {
      throw new DriftInputException("cannot list " + parent + ": " + e.getMessage(), e);
    }
    trees.sort((a, b) -> a.directory().toString().compareTo(b.directory().toString()));
    return List.copyOf(trees);
  }

  /**
   * Checks and normalises a language tag.
   *
   * @param tag the tag; {@code _} is read as {@code -}
   * @param where the directory it belongs to, for the message
   * @return the tag with {@code -} separators
   * @throws DriftInputException if the tag is not a BCP 47 tag naming a language
   */
  static String checkLanguage(String tag, Path where) {
    if (tag == null || tag.isBlank()) {
      throw new DriftInputException(where + ": no language given");
    }
    String normalized = tag.trim().replace('_', '-');
    try {
      Locale locale = new Locale.Builder().setLanguageTag(normalized).build();
      if (locale.getLanguage().isEmpty()) {
        throw new DriftInputException(where + ": language '" + tag + "' names no language");
      }
    } catch (IllformedLocaleException e) {
      throw new DriftInputException(
          where + ": '" + tag + "' is not a BCP 47 language tag (e.g. en, fr, pt-BR)", e);
    }
    return normalized;
  }

  /**
   * Whether the JDK knows a name for the tag's language, so {@code docs} or {@code src} are not.
   */
  static boolean isKnownLanguage(String tag) {
    try {
      Locale locale = new Locale.Builder().setLanguageTag(tag.replace('_', '-')).build();
      String code = locale.getLanguage();
      return !code.isEmpty() && !locale.getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(code);
    } catch (IllformedLocaleException e) {
      return false;
    }
  }
}
