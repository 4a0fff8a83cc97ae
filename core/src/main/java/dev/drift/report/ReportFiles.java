package dev.drift.report;

import dev.drift.DriftInputException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;

/**
 * Writes report files so that a reader never sees half a report: the content goes to a temporary
 * file next to the target, which is then renamed over it. If writing fails, the previous report is
 * left as it was.
 */
public final class ReportFiles {
  private static final SecureRandom RANDOM = new SecureRandom();

  private ReportFiles() {}

  /** Writes content to a {@link Writer}. */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes the content.
     *
     * @param out where to write
     * @throws IOException if writing fails
     */
    void writeTo(Writer out) throws IOException;
  }

  /**
   * Writes a file atomically, in UTF-8.
   *
   * @param target the file to write
   * @param content what to write
   * @throws DriftInputException if the file cannot be written (missing directory, no space, no
   *     permission)
   */
  public static void write(Path target, Content content) {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    Path tmp = null;
    try {
      // Not Files.createTempFile: its files are owner-only (0600), and the report would stay so.
      // A new file gets the usual permissions (umask); a replaced report keeps its own.
      Path fresh =
          dir.resolve(
              "."
                  + absolute.getFileName()
                  + "."
                  + Long.toUnsignedString(RANDOM.nextLong(), 36)
                  + ".tmp");
      Writer writer =
          Files.newBufferedWriter(fresh, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
      tmp = fresh; // ours from here on, to delete if anything fails
      try (Writer out = writer) {
        content.writeTo(out);
      }
      if (Files.isRegularFile(absolute)
          && Files.getFileAttributeView(absolute, PosixFileAttributeView.class) != null) {
        Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(absolute));
      }
      try {
        Files.move(
            tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
    } catch (NoSuchFileException e) {
      throw new DriftInputException("cannot write " + target + ": no such directory " + dir, e);
    } catch (IOException e) {
      throw new DriftInputException("cannot write " + target + ": " + e.getMessage(), e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException e) {
          // the write already failed; that error is the one to report
        }
      }
    }
  }
}
