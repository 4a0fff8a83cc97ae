package dev.drift.report;

import dev.drift.DriftInputException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes report files so that a reader never sees half a report: the content goes to a temporary
 * file next to the target, which is then renamed over it. If writing fails, the previous report is
 * left as it was. If the JVM is shut down while a report is being written (SIGINT, SIGTERM), a
 * shutdown hook deletes the temporary file; after SIGKILL it stays, as {@code .<name>.<random>.tmp}
 * next to the report, and the target is still the previous report. A target that is a device or a
 * pipe ({@code -o /dev/null}, {@code /dev/stdout}, a FIFO) is written through as a stream, never
 * renamed over; a symbolic link to a report stays a link, and the file it names is replaced.
 */
public final class ReportFiles {
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Temporary files being written now, which a shutdown deletes. */
  private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();

  /** Taken by the shutdown hook and while a temporary file is created and tracked. */
  private static final Object LOCK = new Object();

  /** Whether the shutdown hook is registered. Guarded by {@link #LOCK}. */
  private static boolean hooked;

  /** Set by the shutdown hook; no temporary file is created after it. Guarded by {@link #LOCK}. */
  private static boolean shuttingDown;

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
    if (device(absolute)) {
      // /dev/null, /dev/tty: renaming a file over a device would replace the device itself (as
      // root), so the report goes through it as a stream.
      streamTo(target, absolute, content);
      return;
    }
    Path dir = absolute.getParent();
    Path tmp = null;
    Path tracked = null;
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
      OutputStream stream = createDeletedOnShutdown(fresh);
      tmp = fresh; // ours from here on, to delete if anything fails
      tracked = fresh;
      // The stream is closed on its own: when the disk is full, the writer's close fails while
      // flushing and never closes the file, which would keep the deleted file's space in use.
      try (stream;
          Writer out =
              new BufferedWriter(
                  new OutputStreamWriter(stream, StandardCharsets.UTF_8.newEncoder()))) {
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
      if (tracked != null) {
        IN_FLIGHT.remove(tracked);
      }
    }
  }

  /**
   * Whether a path is a character device itself ({@code /dev/null}), not a link to one: a link
   * planted where a report goes is replaced, never written through, whatever it names.
   *
   * @param path the path
   * @return true for a character device
   */
  static boolean device(Path path) {
    try {
      Object mode = Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
      return mode instanceof Integer m && (m & 0170000) == 0020000;
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return false; // missing, or no unix attributes here: an ordinary target
    }
  }

  private static void streamTo(Path target, Path device, Content content) {
    try (Writer out =
        new BufferedWriter(
            new OutputStreamWriter(
                Files.newOutputStream(device), StandardCharsets.UTF_8.newEncoder()))) {
      content.writeTo(out);
    } catch (IOException e) {
      throw new DriftInputException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }

  /**
   * Creates a temporary file that is deleted if the JVM shuts down before it is renamed. Creating
   * and tracking happen under the lock the shutdown hook takes, so a signal arriving just as the
   * file appears cannot leave it behind: either the hook sees the file, or the file is never
   * created. The hook may run while the file is still being written; the rename then fails and the
   * previous report stays.
   */
  private static OutputStream createDeletedOnShutdown(Path tmp) throws IOException {
    synchronized (LOCK) {
      if (!hooked) {
        try {
          Runtime.getRuntime()
              .addShutdownHook(new Thread(ReportFiles::deleteInFlight, "drift-report-cleanup"));
        } catch (IllegalStateException e) {
          shuttingDown = true;
        }
        hooked = true;
      }
      if (shuttingDown) {
        throw new IOException("drift is shutting down");
      }
      OutputStream stream = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW);
      IN_FLIGHT.add(tmp);
      return stream;
    }
  }

  private static void deleteInFlight() {
    synchronized (LOCK) {
      shuttingDown = true;
      for (Path tmp : IN_FLIGHT) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException e) {
          // nothing more can be done while the JVM exits
        }
      }
    }
  }
}
