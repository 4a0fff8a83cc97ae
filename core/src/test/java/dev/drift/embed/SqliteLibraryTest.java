package dev.drift.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/** SQLite's native library is copied into the cache directory once, whole, and reused. */
class SqliteLibraryTest {
  @TempDir Path cache;

  @Test
  void the_copy_is_the_drivers_library_made_once() throws IOException {
    Path library = SqliteLibrary.library(cache);

    assertThat(library).startsWith(cache.resolve("native")).isRegularFile();
    String resource =
        LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
    try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
      assertThat(in).isNotNull();
      assertThat(Files.readAllBytes(library)).isEqualTo(in.readAllBytes());
    }
    FileTime made = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(library, made);

    assertThat(SqliteLibrary.library(cache)).isEqualTo(library);
    assertThat(Files.getLastModifiedTime(library)).as("not copied again").isEqualTo(made);
    try (var files = Files.list(library.getParent())) {
      assertThat(files).as("no temporary file left").containsExactly(library);
    }
  }
}
