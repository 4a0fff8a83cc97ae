package dev.drift.report;

import dev.drift.DriftInputException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A separate process for {@link ReportFilesDiskFullTest}, which starts it under a file-size limit:
 * writes one report through {@link ReportFiles} and prints what happened, then the files under the
 * report's directory it still has open.
 */
public final class ReportFileWriter {
  private ReportFileWriter() {}

  /**
   * Writes a report of {@code bytes} bytes to the target; prints {@code written} or {@code error:
   * MESSAGE}, then {@code open: FILE} for every file under the target's directory still open.
   *
   * @param args the target and the report's size in bytes
   * @throws IOException if the descriptors cannot be listed
   */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path target = Path.of(args[0]).toAbsolutePath();
    int bytes = Integer.parseInt(args[1]);
    String line = "x".repeat(999) + "\n";
    try {
      ReportFiles.write(
          target,
          w -> {
            for (int n = 0; n < bytes; n += line.length()) {
              w.write(line);
            }
          });
      out.println("written");
    } catch (DriftInputException e) {
      out.println("error: " + e.getMessage());
    }
    String dir = target.getParent() + "/";
    try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
      for (Path fd : fds.toList()) {
        try {
          String file = Files.readSymbolicLink(fd).toString();
          if (file.startsWith(dir)) {
            out.println("open: " + file);
          }
        } catch (IOException gone) {
          // the descriptor closed while listing
        }
      }
    }
  }
}
