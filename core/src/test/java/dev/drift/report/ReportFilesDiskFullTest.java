package dev.drift.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.drift.DriftInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report written to a disk that really is full: a 64 KB tmpfs. The write fails with one line
 * naming the file and the system's reason, the previous report stays as it was, no temporary file
 * is left, and none is left open either. Needs root to mount; skipped otherwise ({@code
 * ReportFilesTest} simulates the failure everywhere).
 */
class ReportFilesDiskFullTest {
  @TempDir Path tmp;
  Path disk;

  @BeforeEach
  void mount() throws Exception {
    disk = Files.createDirectories(tmp.resolve("disk"));
    Process p =
        new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", disk.toString())
            .redirectErrorStream(true)
            .start();
    boolean mounted = p.waitFor() == 0;
    if (!mounted) {
      disk = null;
    }
    assumeTrue(mounted, "mounting a tmpfs needs root (and CAP_SYS_ADMIN)");
  }

  @AfterEach
  void unmount() throws Exception {
    if (disk != null) {
      new ProcessBuilder("umount", "-l", disk.toString()).start().waitFor();
    }
  }

  private long leftovers() throws IOException {
    try (Stream<Path> files = Files.list(disk)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).count();
    }
  }

  /** Files under the tmpfs this JVM still has open (a leaked descriptor keeps space in use). */
  private List<String> openFiles() throws IOException {
    List<String> open = new ArrayList<>();
    try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
      for (Path fd : fds.toList()) {
        try {
          String target = Files.readSymbolicLink(fd).toString();
          if (target.startsWith(disk.toString())) {
            open.add(target);
          }
        } catch (IOException gone) {
          // the descriptor closed while listing
        }
      }
    }
    return open;
  }

  @Test
  void a_report_larger_than_the_free_space_fails_and_keeps_the_previous_one() throws IOException {
    Path report = disk.resolve("report.html");
    Files.writeString(report, "previous report\n");
    String big = "x".repeat(1000) + "\n";

    Throwable e =
        catchThrowable(
            () ->
                ReportFiles.write(
                    report,
                    out -> {
                      for (int i = 0; i < 200; i++) {
                        out.write(big);
                      }
                    }));

    assertThat(e)
        .isInstanceOf(DriftInputException.class)
        .hasMessage("cannot write " + report + ": No space left on device");
    assertThat(Files.readString(report)).isEqualTo("previous report\n");
    assertThat(leftovers()).isZero();
    assertThat(openFiles()).as("the deleted temporary file is closed, its space free").isEmpty();
  }

  @Test
  void a_full_disk_fails_even_a_small_report_and_a_later_write_works_once_there_is_room()
      throws IOException {
    Path report = disk.resolve("report.json");
    Files.writeString(report, "{\"previous\": true}\n");
    Path filler = disk.resolve("filler");
    try {
      Files.write(filler, new byte[1 << 20]);
    } catch (IOException expected) {
      // the disk is full now
    }

    Throwable e = catchThrowable(() -> ReportFiles.write(report, out -> out.write("{}\n")));

    assertThat(e)
        .isInstanceOf(DriftInputException.class)
        .hasMessage("cannot write " + report + ": No space left on device");
    assertThat(Files.readString(report)).isEqualTo("{\"previous\": true}\n");
    assertThat(leftovers()).isZero();

    Files.delete(filler);
    ReportFiles.write(report, out -> out.write("{\"next\": true}\n"));
    assertThat(Files.readString(report)).isEqualTo("{\"next\": true}\n");
  }
}
