package dev.drift.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/** The native libraries are copied into the cache directory once, whole, and reused. */
class NativeLibrariesTest {
  @TempDir Path cache;

  @Test
  void sqlites_copy_is_the_drivers_library_made_once() throws IOException {
    Path library = NativeLibraries.sqliteLibrary(cache);

    assertThat(library).startsWith(cache.resolve("native")).isRegularFile();
    String resource =
        LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
    try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
      assertThat(in).isNotNull();
      assertThat(Files.readAllBytes(library)).isEqualTo(in.readAllBytes());
    }
    FileTime made = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(library, made);

    assertThat(NativeLibraries.sqliteLibrary(cache)).isEqualTo(library);
    assertThat(Files.getLastModifiedTime(library)).as("not copied again").isEqualTo(made);
    try (Stream<Path> files = Files.list(library.getParent())) {
      assertThat(files).as("no temporary file left").containsExactly(library);
    }
  }

  @Test
  void onnx_runtimes_copies_are_its_libraries_made_once() throws IOException {
    Path directory = NativeLibraries.onnxRuntimeLibraries(cache).orElseThrow();

    assertThat(directory).startsWith(cache.resolve("native"));
    Path runtime = directory.resolve(System.mapLibraryName("onnxruntime"));
    Path jni = directory.resolve(System.mapLibraryName("onnxruntime4j_jni"));
    assertThat(runtime).isRegularFile();
    assertThat(jni).isRegularFile();
    FileTime made = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(runtime, made);

    assertThat(NativeLibraries.onnxRuntimeLibraries(cache)).contains(directory);
    assertThat(Files.getLastModifiedTime(runtime)).as("not copied again").isEqualTo(made);
    try (Stream<Path> files = Files.list(directory)) {
      assertThat(files).as("no temporary file left").containsExactlyInAnyOrder(runtime, jni);
    }
  }
}
