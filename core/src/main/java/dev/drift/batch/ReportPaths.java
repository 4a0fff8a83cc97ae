package dev.drift.batch;

import dev.drift.DriftInputException;
import dev.drift.report.ReportFormat;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Names the files a run writes under its output directory, and makes sure none of them can land
 * outside it. A document's report is {@code <output>/<language>/<relative path>.<extension>}, e.g.
 * {@code target/drift/fr/guide/intro.md.json}; the index page is {@code <output>/index.html}.
 *
 * <p>A relative path that is absolute, empty, or holds {@code .} or {@code ..} segments is
 * rejected, and so is a directory or file on the way that is a symbolic link leading outside the
 * output directory. Immutable.
 */
public final class ReportPaths {
  /** The index page's file name. */
  public static final String INDEX = "index.html";

  private final Path root;
  private final Path realRoot;

  private ReportPaths(Path root, Path realRoot) {
    this.root = root;
    this.realRoot = realRoot;
  }

  /**
   * Creates the output directory if needed.
   *
   * @param outputDirectory the output directory
   * @return the namer for that directory
   * @throws DriftInputException if the directory cannot be created or is not a directory
   */
  public static ReportPaths create(Path outputDirectory) {
    try {
      Files.createDirectories(outputDirectory);
      return new ReportPaths(outputDirectory, outputDirectory.toRealPath());
    } catch (IOException e) {
      throw new DriftInputException(
          outputDirectory + ": cannot create the output directory (" + e + ")", e);
    }
  }

  /**
   * The output directory.
   *
   * @return the directory as given
   */
  public Path root() {
    return root;
  }

  /**
   * The index page.
   *
   * @return {@code <output>/index.html}
   */
  public Path index() {
    return root.resolve(INDEX);
  }

  /**
   * The path of a document's report, relative to the output directory, with {@code /} separators;
   * what the index page links to.
   *
   * @param pair the document pair
   * @param format the report format
   * @return e.g. {@code fr/guide/intro.md.json}
   * @throws DriftInputException if the relative path is unsafe
   */
  public static String relativeReport(DocumentPair pair, ReportFormat format) {
    return checkRelative(pair.translationLanguage() + "/" + pair.relativePath())
        + "."
        + format.extension();
  }

  /**
   * The file a document's report goes to, creating its parent directories inside the output
   * directory.
   *
   * @param pair the document pair
   * @param format the report format
   * @return the file, under the output directory
   * @throws DriftInputException if the path is unsafe or would leave the output directory
   */
  public Path report(DocumentPair pair, ReportFormat format) {
    return resolve(relativeReport(pair, format));
  }

  /**
   * Resolves a relative path inside the output directory, creating its parent directories there.
   *
   * @param relative the path, segments separated by {@code /}
   * @return the file
   * @throws DriftInputException if the path is unsafe or would leave the output directory
   */
  public Path resolve(String relative) {
    String[] segments = checkRelative(relative).split("/");
    Path real = realRoot;
    Path shown = root;
    try {
      for (int i = 0; i < segments.length; i++) {
        real = real.resolve(segments[i]);
        shown = shown.resolve(segments[i]);
        boolean last = i == segments.length - 1;
        if (Files.isSymbolicLink(real)) {
          if (leadsOutside(real)) {
            throw new DriftInputException(
                shown + ": a symbolic link leading out of the output directory " + root);
          }
          if (last) {
            continue;
          }
        }
        if (!last && !Files.exists(real)) {
          try {
            Files.createDirectory(real);
          } catch (FileAlreadyExistsException e) {
            // another document's report (checked in parallel) created it first
            if (!Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS)) {
              throw e;
            }
          }
        } else if (!last && !Files.isDirectory(real)) {
          throw new DriftInputException(shown + ": not a directory");
        } else if (last && Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS)) {
          throw new DriftInputException(shown + ": a directory is in the report's place");
        }
      }
    } catch (IOException e) {
      throw new DriftInputException(shown + ": cannot create (" + e + ")", e);
    }
    return shown;
  }

  /** Whether a link's target, dangling or not, lies outside the output directory. */
  private boolean leadsOutside(Path link) throws IOException {
    try {
      return !link.toRealPath().startsWith(realRoot);
    } catch (NoSuchFileException e) {
      Path target = link.getParent().resolve(Files.readSymbolicLink(link)).normalize();
      return !target.startsWith(realRoot);
    }
  }

  private static String checkRelative(String relative) {
    String r = relative.replace('\\', '/');
    if (r.isEmpty() || r.startsWith("/") || r.matches("^[A-Za-z]:.*")) {
      throw new DriftInputException(
          "report path '" + relative + "' is not relative to the output directory");
    }
    for (String segment : r.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        throw new DriftInputException(
            "report path '" + relative + "' would leave the output directory or is malformed");
      }
    }
    return r;
  }
}
