package dev.drift.maven;

import dev.drift.DriftInputException;
import dev.drift.batch.TranslationTree;
import java.io.File;
import java.nio.file.Path;
import java.util.List;

/**
 * One {@code <translationDirectory>}: either a bare path, whose last segment is its language
 *
 * <pre>{@code <translationDirectory>src/docs/fr</translationDirectory>}</pre>
 *
 * or a directory with an explicit language
 *
 * <pre>{@code
 * <translationDirectory>
 *   <directory>src/docs/francais</directory>
 *   <language>fr</language>
 * </translationDirectory>
 * }</pre>
 */
public class TranslationDirectory {
  /** The directory holding the translations, relative to the project's base directory. */
  private File directory;

  /** Its BCP 47 language; by default the directory's last path segment. */
  private String language;

  /**
   * Sets the directory from the element's text (the bare form).
   *
   * @param directory the path
   */
  public void set(String directory) {
    this.directory = new File(directory.trim());
  }

  /**
   * Sets the directory.
   *
   * @param directory the path
   */
  public void setDirectory(File directory) {
    this.directory = directory;
  }

  /**
   * Sets the language.
   *
   * @param language a BCP 47 tag
   */
  public void setLanguage(String language) {
    this.language = language;
  }

  /**
   * The core's view of this directory.
   *
   * @param basedir the project's base directory, against which a relative path is resolved
   * @return the tree
   * @throws DriftInputException if the directory is missing or the language is unknown
   */
  TranslationTree toTree(Path basedir) {
    if (directory == null) {
      throw new DriftInputException("a <translationDirectory> has no <directory>");
    }
    Path dir = basedir.resolve(directory.toPath());
    return language == null || language.isBlank()
        ? TranslationTree.of(dir)
        : new TranslationTree(dir, language);
  }

  /**
   * The trees the pom names.
   *
   * @param base the project directory
   * @param directories the {@code translationDirectories}, or {@code null}
   * @return the trees, or {@code null} when none are named
   */
  static List<TranslationTree> trees(Path base, List<TranslationDirectory> directories) {
    return directories == null ? null : directories.stream().map(t -> t.toTree(base)).toList();
  }
}
