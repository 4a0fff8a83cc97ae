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
  void write_should_write_through_a_device_and_leave_it_a_device() throws IOException {
    // "-o /dev/null" once replaced the device with a file when run as root.
    Path devNull = Path.of("/dev/null");
    assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("unix");
    // Checked before writing: were it not seen as a device, the write below would replace it.
    assertThat(ReportFiles.device(devNull)).as("/dev/null is a device").isTrue();
    Path file = Files.writeString(dir.resolve("report.json"), "{}", StandardCharsets.UTF_8);
    Path link = Files.createSymbolicLink(dir.resolve("null.json"), devNull);
    assertThat(ReportFiles.device(file)).isFalse();
    assertThat(ReportFiles.device(link)).as("a link is replaced, not written through").isFalse();
    assertThat(ReportFiles.device(dir.resolve("missing.json"))).isFalse();

    ReportFiles.write(devNull, w -> w.write("drift"));

    assertThat(ReportFiles.device(devNull)).isTrue();
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
