package dev.drift.embed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.UUID;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * SQLite's native library, kept in drift's cache directory. Left to itself, sqlite-jdbc copies the
 * library out of its jar into the temporary directory at every start — a megabyte written, read
 * back and compared, and {@code uname} run to tell the platform — which is a good part of opening
 * the cache on a rerun that needs nothing else. drift copies it once, under the driver's version
 * and the platform, and points the driver at that copy ({@code org.sqlite.lib.path}); should the
 * copy not load, the driver goes its own way as before. Nothing is done when the system properties
 * already name a library. Thread-safe.
 */
final class SqliteLibrary {
  private static final String PATH = "org.sqlite.lib.path";
  private static final String NAME = "org.sqlite.lib.name";
  private static boolean prepared;

  private SqliteLibrary() {}

  /**
   * Points the driver at the library's copy in the cache directory, copying it there first if need
   * be. Must run before the first connection of the process; later calls do nothing.
   *
   * @param cacheDirectory drift's cache directory
   */
  static synchronized void prepare(Path cacheDirectory) {
    if (prepared || System.getProperty(PATH) != null || System.getProperty(NAME) != null) {
      return;
    }
    prepared = true;
    try {
      Path library = library(cacheDirectory);
      System.setProperty(PATH, library.getParent().toAbsolutePath().toString());
      System.setProperty(NAME, library.getFileName().toString());
    } catch (IOException | RuntimeException | LinkageError e) {
      // The driver extracts its library into the temporary directory, as it does by default.
    }
  }

  /**
   * The library's copy in the cache directory, made if there is none: under {@code native/}, in a
   * directory named after the driver's version, the operating system and the architecture.
   *
   * @param cacheDirectory drift's cache directory
   * @return the copy
   * @throws IOException if it cannot be made
   */
  static Path library(Path cacheDirectory) throws IOException {
    String name = LibraryLoaderUtil.getNativeLibName();
    Path directory =
        cacheDirectory
            .resolve("native")
            .resolve(
                ("sqlite-"
                        + SQLiteJDBCLoader.getVersion()
                        + "-"
                        + System.getProperty("os.name")
                        + "-"
                        + System.getProperty("os.arch"))
                    .toLowerCase(Locale.ROOT)
                    .replaceAll("[^a-z0-9._-]", "_"));
    Path library = directory.resolve(name);
    if (!Files.isRegularFile(library)) {
      copy(LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name, library);
    }
    return library;
  }

  /** Copies the resource to a private file, then renames it into place: never half a library. */
  private static void copy(String resource, Path library) throws IOException {
    Files.createDirectories(library.getParent());
    Path tmp = library.resolveSibling(library.getFileName() + ".tmp-" + UUID.randomUUID());
    try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("no " + resource + " in sqlite-jdbc");
      }
      Files.copy(in, tmp);
      Files.move(tmp, library, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      if (!Files.isRegularFile(library)) { // another process may have put its copy in place
        throw e;
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
