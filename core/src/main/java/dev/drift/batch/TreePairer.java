package dev.drift.batch;

import dev.drift.DriftInputException;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Pairs the files of a source tree with those of its translation trees by relative path. Only files
 * the request's includes match and its excludes do not are considered; symbolic links to
 * directories are not followed, so a link back up the tree cannot make the walk loop; a selected
 * file that is a loop of symbolic links stops the run with an error naming it; a dangling link is
 * no file. A translation tree or the output directory nested inside a tree being walked is skipped.
 * Stateless.
 */
public final class TreePairer {
  private TreePairer() {}

  /**
   * What pairing found.
   *
   * @param pairs the pairs, tree by tree in the request's order, then by relative path
   * @param missing files without counterpart, in the same order
   */
  public record Pairing(List<DocumentPair> pairs, List<MissingCounterpart> missing) {}

  /**
   * Pairs the request's trees.
   *
   * @param request the request
   * @return the pairs and the files without counterpart
   * @throws DriftInputException if a directory is missing, is not a directory, cannot be read, a
   *     translation directory is the source directory, or a selected file is a symbolic link loop
   */
  public static Pairing pair(BatchRequest request) {
    List<Glob> includes = request.includes().stream().map(Glob::compile).toList();
    List<Glob> excludes = request.excludes().stream().map(Glob::compile).toList();
    Path source = request.sourceDirectory();
    checkDirectory(source, "source directory");
    Set<Path> skipped = new HashSet<>();
    for (TranslationTree t : request.translations()) {
      checkDirectory(t.directory(), "translation directory");
      if (key(t.directory()).equals(key(source))) {
        throw new DriftInputException(
            t.directory() + ": the translation directory is the source directory");
      }
      skipped.add(key(t.directory()));
    }
    skipped.add(key(source));
    if (request.outputDirectory() != null) {
      skipped.add(key(request.outputDirectory()));
    }

    TreeSet<String> originals = files(source, includes, excludes, skipped);
    List<DocumentPair> pairs = new ArrayList<>();
    List<MissingCounterpart> missing = new ArrayList<>();
    for (TranslationTree tree : request.translations()) {
      TreeSet<String> translated = files(tree.directory(), includes, excludes, skipped);
      for (String rel : originals) {
        Path original = source.resolve(rel);
        Path translation = tree.directory().resolve(rel);
        if (translated.contains(rel)) {
          pairs.add(
              new DocumentPair(
                  rel, original, request.sourceLanguage(), translation, tree.language()));
        } else {
          missing.add(
              new MissingCounterpart(
                  MissingCounterpart.Kind.NO_TRANSLATION,
                  rel,
                  original,
                  translation,
                  tree.language()));
        }
      }
      for (String rel : translated) {
        if (!originals.contains(rel)) {
          missing.add(
              new MissingCounterpart(
                  MissingCounterpart.Kind.NO_ORIGINAL,
                  rel,
                  tree.directory().resolve(rel),
                  source.resolve(rel),
                  tree.language()));
        }
      }
    }
    return new Pairing(List.copyOf(pairs), List.copyOf(missing));
  }

  private static void checkDirectory(Path dir, String what) {
    if (!Files.exists(dir)) {
      throw new DriftInputException(dir + ": " + what + " does not exist");
    }
    if (!Files.isDirectory(dir)) {
      throw new DriftInputException(dir + ": " + what + " is not a directory");
    }
  }

  private static Path key(Path dir) {
    return dir.toAbsolutePath().normalize();
  }

  /** The relative paths of the selected regular files under root, sorted. */
  private static TreeSet<String> files(
      Path root, List<Glob> includes, List<Glob> excludes, Set<Path> skipped) {
    TreeSet<String> found = new TreeSet<>();
    Path rootKey = key(root);
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              Path k = key(dir);
              return !k.equals(rootKey) && skipped.contains(k)
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile() || (attrs.isSymbolicLink() && Files.isRegularFile(file))) {
                String rel = relative(root, file);
                if (Glob.anyMatches(includes, rel) && !Glob.anyMatches(excludes, rel)) {
                  found.add(rel);
                }
              } else if (attrs.isSymbolicLink() && isLoop(file)) {
                String rel = relative(root, file);
                if (Glob.anyMatches(includes, rel) && !Glob.anyMatches(excludes, rel)) {
                  // A document that is a link loop would otherwise just be missing, silently.
                  throw new DriftInputException(
                      file
                          + ": a loop of symbolic links, not a document (it leads back to itself)");
                }
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new DriftInputException("cannot read directory " + root + ": " + e.getMessage(), e);
    }
    return found;
  }

  /** Whether a symbolic link leads, through other links, back to itself. */
  private static boolean isLoop(Path link) {
    try {
      link.toRealPath();
      return false;
    } catch (FileSystemException e) {
      // ELOOP: "Too many levels of symbolic links"; a dangling link is a NoSuchFileException
      return !(e instanceof NoSuchFileException);
    } catch (IOException e) {
      return false;
    }
  }

  private static String relative(Path root, Path file) {
    StringBuilder sb = new StringBuilder();
    for (Path segment : root.relativize(file)) {
      sb.append(sb.length() == 0 ? "" : "/").append(segment);
    }
    return sb.toString();
  }
}
