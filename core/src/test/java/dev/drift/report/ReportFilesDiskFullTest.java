package dev.drift.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.drift.DriftInputException;
import dev.drift.RequiredTool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report whose writing fails half way because the file system says no, in two ways:
 *
 * <ul>
 *   <li>a disk that really is full, a 64 KB tmpfs ({@code ENOSPC}, "No space left on device"). The
 *       write fails with one line naming the file and the system's reason, the previous report
 *       stays as it was, no temporary file is left, and none is left open either (a deleted file
 *       kept open keeps its space). Mounting needs root with {@code CAP_SYS_ADMIN}, which a
 *       container may not grant: skipped without it.
 *   <li>a file-size limit ({@code ulimit -f}) on a child JVM, which needs no privilege and so runs
 *       everywhere, CI included: the write fails with {@code EFBIG}, "File too large", and
 *       everything else above is checked the same way. It takes the same path through {@link
 *       ReportFiles} (an {@code IOException} from a write in the middle of the report); it does not
 *       show the wording of {@code ENOSPC}, nor that space comes back once the file is deleted.
 * </ul>
 *
 * {@code ReportFilesTest} also simulates the failure in-process.
 */
class ReportFilesDiskFullTest {
  @TempDir Path tmp;
  Path disk;

  private void mount() throws Exception {
    disk = Files.createDirectories(tmp.resolve("disk"));
    Process p =
        new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", disk.toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    boolean mounted = p.waitFor() == 0;
    if (!mounted) {
      disk = null;
    }
    // A privilege, not a tool: no package brings it, so this skips even under DRIFT_REQUIRE_TOOLS
    // and the file-size test below proves the same path everywhere.
    assumeTrue(mounted, "skipped: mounting a tmpfs needs root with CAP_SYS_ADMIN");
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
  void a_report_larger_than_the_free_space_fails_and_keeps_the_previous_one() throws Exception {
    mount();
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
      throws Exception {
    mount();
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

  @Test
  void a_report_past_the_file_size_limit_fails_keeps_the_previous_one_and_leaves_nothing_open()
      throws Exception {
    RequiredTool.requireCommand("bash", "bash", "-c", "ulimit -f 64");
    Path dir = Files.createDirectories(tmp.resolve("limited"));
    Path report = dir.resolve("report.html");
    Files.writeString(report, "previous report\n", StandardCharsets.UTF_8);

    // 64 blocks of 1 KB for every file the child writes; the report is 200 KB.
    Process child =
        new ProcessBuilder(
                "bash",
                "-c",
                "ulimit -f 64 && exec \"$@\"",
                "bash",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                ReportFileWriter.class.getName(),
                report.toString(),
                "200000")
            .redirectErrorStream(true)
            .start();
    String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).as(out).isTrue();

    assertThat(child.exitValue()).as(out).isZero();
    assertThat(out.lines())
        .as("the child's account")
        .containsExactly("error: cannot write " + report.toAbsolutePath() + ": File too large");
    assertThat(Files.readString(report, StandardCharsets.UTF_8)).isEqualTo("previous report\n");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).as("no temporary file left").containsExactly(report);
    }
  }
}
