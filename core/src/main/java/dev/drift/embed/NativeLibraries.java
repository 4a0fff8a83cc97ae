package dev.drift.embed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * The native libraries of SQLite and ONNX Runtime, kept in drift's cache directory. Left to
 * themselves, sqlite-jdbc and ONNX Runtime copy their libraries out of their jars into the
 * temporary directory at every start — SQLite's megabyte written, read back and compared and {@code
 * uname} run to tell the platform; ONNX Runtime's twenty megabytes unpacked — a good part of
 * opening the cache on a rerun and of loading the model. drift copies each once, under the
 * library's version and the platform ({@code native/} in the cache directory), and points the
 * library's loader at that copy ({@code org.sqlite.lib.path}, {@code onnxruntime.native.path}).
 * When a copy cannot be made, or a system property already names a library, nothing is done and the
 * libraries load as they do by default. Thread-safe.
 */
final class NativeLibraries {
  private static boolean sqlite;
  private static boolean onnxRuntime;

  private NativeLibraries() {}

  /**
   * Points sqlite-jdbc at its library's copy in the cache directory, copying it first if need be.
   * Must run before the first connection of the process; later calls do nothing.
   *
   * @param cacheDirectory drift's cache directory
   */
  static synchronized void sqlite(Path cacheDirectory) {
    if (sqlite || set("org.sqlite.lib.path") || set("org.sqlite.lib.name")) {
      return;
    }
    sqlite = true;
    try {
      Path library = sqliteLibrary(cacheDirectory);
      System.setProperty("org.sqlite.lib.path", library.getParent().toAbsolutePath().toString());
      System.setProperty("org.sqlite.lib.name", library.getFileName().toString());
    } catch (IOException | RuntimeException | LinkageError e) {
      // sqlite-jdbc extracts its library into the temporary directory, as it does by default.
    }
  }

  /**
   * Points ONNX Runtime at its libraries' copies in the cache directory, copying them first if need
   * be. Must run before the runtime first loads; later calls do nothing.
   *
   * @param cacheDirectory drift's cache directory
   */
  static synchronized void onnxRuntime(Path cacheDirectory) {
    if (onnxRuntime || set("onnxruntime.native.path")) {
      return;
    }
    onnxRuntime = true;
    try {
      onnxRuntimeLibraries(cacheDirectory)
          .ifPresent(
              dir ->
                  System.setProperty("onnxruntime.native.path", dir.toAbsolutePath().toString()));
    } catch (IOException | RuntimeException | LinkageError e) {
      // ONNX Runtime extracts its libraries into the temporary directory, as it does by default.
    }
  }

  /**
   * SQLite's library copied into the cache directory, if it is not there yet.
   *
   * @param cacheDirectory drift's cache directory
   * @return the copy
   * @throws IOException if it cannot be made
   */
  static Path sqliteLibrary(Path cacheDirectory) throws IOException {
    String name = LibraryLoaderUtil.getNativeLibName();
    Path directory = directory(cacheDirectory, "sqlite-" + SQLiteJDBCLoader.getVersion());
    Path library = directory.resolve(name);
    if (!Files.isRegularFile(library)) {
      copy(
          SQLiteJDBCLoader.class,
          LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name,
          library);
    }
    return library;
  }

  /**
   * ONNX Runtime's libraries copied into the cache directory, if they are not there yet.
   *
   * @param cacheDirectory drift's cache directory
   * @return the directory holding them, or empty when the runtime's jar has none for this platform
   *     (the runtime then finds its libraries its own way)
   * @throws IOException if they cannot be copied
   */
  static Optional<Path> onnxRuntimeLibraries(Path cacheDirectory) throws IOException {
    Class<?> owner = ai.onnxruntime.OrtEnvironment.class; // not initialised: nothing loads yet
    String version = owner.getPackage().getImplementationVersion();
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    String platform =
        (os.contains("linux")
                ? "linux"
                : os.contains("mac") ? "osx" : os.contains("win") ? "win" : "")
            + "-"
            + (arch.equals("amd64") || arch.equals("x86_64") ? "x64" : arch);
    List<String> names =
        List.of(System.mapLibraryName("onnxruntime"), System.mapLibraryName("onnxruntime4j_jni"));
    String resources = "/ai/onnxruntime/native/" + platform + "/";
    if (version == null || names.stream().anyMatch(n -> owner.getResource(resources + n) == null)) {
      return Optional.empty();
    }
    Path directory = directory(cacheDirectory, "onnxruntime-" + version);
    for (String name : names) {
      Path library = directory.resolve(name);
      if (!Files.isRegularFile(library)) {
        copy(owner, resources + name, library);
      }
    }
    return Optional.of(directory);
  }

  private static boolean set(String property) {
    return System.getProperty(property) != null;
  }

  /** {@code native/NAME-OS-ARCH} in the cache directory. */
  private static Path directory(Path cacheDirectory, String name) {
    String platform = System.getProperty("os.name") + "-" + System.getProperty("os.arch");
    return cacheDirectory
        .resolve("native")
        .resolve((name + "-" + platform).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "_"));
  }

  /** Copies a resource to a private file, then renames it into place: never half a library. */
  private static void copy(Class<?> owner, String resource, Path library) throws IOException {
    Files.createDirectories(library.getParent());
    Path tmp = library.resolveSibling(library.getFileName() + ".tmp-" + UUID.randomUUID());
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("no " + resource + " beside " + owner.getName());
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
