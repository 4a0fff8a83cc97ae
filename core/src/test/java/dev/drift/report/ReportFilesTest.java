package dev.drift.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.drift.DriftInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {
  @TempDir Path dir;

  private List<Path> leftovers() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
    }
  }

  @Test
  void write_should_create_the_file_in_utf8() throws IOException {
    Path target = dir.resolve("report.txt");

    ReportFiles.write(target, out -> out.write("drift 0.42 → FAIL ✗\n"));

    assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("drift 0.42 → FAIL ✗\n");
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void write_should_replace_an_existing_report() throws IOException {
    Path target = dir.resolve("report.json");
    Files.writeString(target, "old report, much longer than the new one");

    ReportFiles.write(target, out -> out.write("{}"));

    assertThat(Files.readString(target)).isEqualTo("{}");
  }

  @Test
  void write_should_leave_the_previous_report_when_writing_fails() throws IOException {
    Path target = dir.resolve("report.json");
    Files.writeString(target, "previous");

    assertThatThrownBy(
            () ->
                ReportFiles.write(
                    target,
                    out -> {
                      out.write("half a rep");
                      throw new IOException("disk full");
                    }))
        .isInstanceOf(DriftInputException.class)
        .hasMessageContaining("report.json")
        .hasMessageContaining("disk full");
    assertThat(Files.readString(target)).isEqualTo("previous");
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void write_should_write_through_a_pipe_and_leave_it_a_pipe() throws Exception {
    // "-o /dev/null" once replaced the device with a file: a device or a pipe is never renamed
    // over. A FIFO stands in for /dev/null here, which a failing test must not destroy.
    Path fifo = dir.resolve("report.fifo");
    assumeThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    java.util.concurrent.CompletableFuture<String> read =
        java.util.concurrent.CompletableFuture.supplyAsync(
            () -> {
              try {
                return Files.readString(fifo, StandardCharsets.UTF_8);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });

    ReportFiles.write(fifo, w -> w.write("drift ✓"));

    assertThat(read.get(30, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("drift ✓");
    assertThat(Files.isRegularFile(fifo)).isFalse();
    assertThat(Files.exists(fifo)).isTrue();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("report.fifo");
    }
  }

  @Test
  void write_should_replace_the_file_a_link_names_and_keep_the_link() throws IOException {
    Path real = dir.resolve("real.json");
    Files.writeString(real, "old", StandardCharsets.UTF_8);
    Path link = Files.createSymbolicLink(dir.resolve("report.json"), real);

    ReportFiles.write(link, w -> w.write("new"));

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real, StandardCharsets.UTF_8)).isEqualTo("new");
  }

  @Test
  void write_should_name_a_missing_directory() {
    Path target = dir.resolve("missing").resolve("report.json");

    assertThatThrownBy(() -> ReportFiles.write(target, out -> out.write("x")))
        .isInstanceOf(DriftInputException.class)
        .hasMessageContaining("no such directory");
  }

  @Test
  void write_should_give_the_file_the_permissions_of_any_new_file() throws IOException {
    assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
    Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
    Set<PosixFilePermission> usual = Files.getPosixFilePermissions(plain);
    Path target = dir.resolve("report.txt");

    ReportFiles.write(target, out -> out.write("x"));

    // A report is for others to read too (CI artefacts, web servers): not owner-only like a
    // temporary file.
    assertThat(Files.getPosixFilePermissions(target)).isEqualTo(usual);
  }

  @Test
  void write_should_keep_the_permissions_of_the_report_it_replaces() throws IOException {
    assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
    Path target = Files.writeString(dir.resolve("report.txt"), "old");
    Set<PosixFilePermission> chosen =
        Set.of(
            PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.OTHERS_READ);
    Files.setPosixFilePermissions(target, chosen);

    ReportFiles.write(target, out -> out.write("new"));

    assertThat(Files.getPosixFilePermissions(target)).isEqualTo(chosen);
  }
}
