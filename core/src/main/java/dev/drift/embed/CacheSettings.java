package dev.drift.embed;

import java.nio.file.Path;

/**
 * Where drift keeps what it extracts and computes, and whether it reuses it between runs.
 * Immutable.
 *
 * @param directory the cache directory, or {@code null} for {@link #defaultDirectory()}; bundled
 *     models are extracted here even when the cache is off
 * @param enabled whether embeddings and reports are kept between runs
 */
public record CacheSettings(Path directory, boolean enabled) {

  /**
   * The defaults: the default directory, cache on.
   *
   * @return the default settings
   */
  public static CacheSettings defaults() {
    return new CacheSettings(null, true);
  }

  /**
   * The cache directory used when none is given: {@code $DRIFT_CACHE_DIR}, else {@code
   * $XDG_CACHE_HOME/drift}, else {@code ~/.cache/drift}.
   *
   * @return the directory (not necessarily existing yet)
   */
  public static Path defaultDirectory() {
    String explicit = System.getenv("DRIFT_CACHE_DIR");
    if (explicit != null && !explicit.isBlank()) {
      return Path.of(explicit);
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Path.of(xdg, "drift");
    }
    return Path.of(System.getProperty("user.home"), ".cache", "drift");
  }

  /**
   * The cache directory in effect.
   *
   * @return {@link #directory()}, or the default
   */
  public Path effectiveDirectory() {
    return directory != null ? directory : defaultDirectory();
  }
}
