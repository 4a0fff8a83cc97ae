package dev.drift.stale;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code drift stale} looks at.
 *
 * @param source the source directory, inside a git work tree
 * @param translations the translation directories, each mirroring the source's layout; a directory
 *     named after a language ({@code es}, {@code pt-BR}) is read as that language
 * @param since a revision that forces the base of every translation, or {@code null}
 * @param frontMatterKey the front-matter key naming a translation's source revision ({@value
 *     #DEFAULT_KEY} by default)
 */
public record StaleRequest(
    Path source, List<Path> translations, String since, String frontMatterKey) {
  /** The default front-matter key. */
  public static final String DEFAULT_KEY = "source-revision";

  /** Creates a request. */
  public StaleRequest {
    translations = List.copyOf(translations);
    frontMatterKey = frontMatterKey == null ? DEFAULT_KEY : frontMatterKey;
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
    return new StaleRequest(source, translations, revision, frontMatterKey);
  }
}
