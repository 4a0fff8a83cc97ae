package dev.drift.stale;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code drift stale} looks at.
 *
 * @param source the source directory, inside a git work tree
 * @param translations the translation directories, each mirroring the source's layout; a directory
 *     named after a language ({@code es}, {@code pt-BR}) is read as that language
 * @param since a revision that forces the base of every translation, or {@code null}
 * @param frontMatterKey the front-matter key naming a translation's source revision ({@value
 *     #DEFAULT_KEY} by default)
 * @param languages the language of a translation directory whose name does not say it (or says
 *     another), by the directory as listed in {@code translations}
 */
public record StaleRequest(
    Path source,
    List<Path> translations,
    String since,
    String frontMatterKey,
    Map<Path, String> languages) {
  /** The default front-matter key. */
  public static final String DEFAULT_KEY = "source-revision";

  /** Creates a request. */
  public StaleRequest {
    translations = List.copyOf(translations);
    frontMatterKey = frontMatterKey == null ? DEFAULT_KEY : frontMatterKey;
    languages = languages == null ? Map.of() : Map.copyOf(languages);
  }

  /**
   * Creates a request whose translation directories are named after their languages.
   *
   * @param source the source directory
   * @param translations the translation directories
   * @param since a revision forcing the base, or {@code null}
   * @param frontMatterKey the front-matter key, or {@code null} for the default
   */
  public StaleRequest(Path source, List<Path> translations, String since, String frontMatterKey) {
    this(source, translations, since, frontMatterKey, Map.of());
  }

  /**
   * A request with the default key and no forced base.
   *
   * @param source the source directory
   * @param translations the translation directories
   * @return the request
   */
  public static StaleRequest of(Path source, List<Path> translations) {
    return new StaleRequest(source, translations, null, null);
  }

  /**
   * A copy with a forced base.
   *
   * @param revision the revision, or {@code null}
   * @return the copy
   */
  public StaleRequest withSince(String revision) {
    return new StaleRequest(source, translations, revision, frontMatterKey, languages);
  }

  /**
   * A copy that reads one translation directory as a given language, whatever its name.
   *
   * @param directory one of {@code translations}
   * @param language its BCP 47 language tag
   * @return the copy
   */
  public StaleRequest withLanguage(Path directory, String language) {
    Map<Path, String> all = new HashMap<>(languages);
    all.put(directory, language);
    return new StaleRequest(source, translations, since, frontMatterKey, all);
  }
}
