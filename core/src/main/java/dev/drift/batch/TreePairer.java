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
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Pairs the files of a source tree with those of its translation trees by relative path, and the
 * translation files of a tree among themselves (see {@link BatchRequest#bundleDirectories()}): a
 * bilingual XLIFF or PO file is checked alone, {@code messages_es.properties} against {@code
 * messages.properties} beside it. Only files the request's includes match and its excludes do not
 * are considered; symbolic links to directories are not followed, so a link back up the tree cannot
 * make the walk loop; a selected file that is a loop of symbolic links stops the run with an error
 * naming it; a dangling link is no file. A translation tree or the output directory nested inside a
 * tree being walked is skipped. Stateless.
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
    Set<Path> skipped = new HashSet<>();
    if (source != null) {
      checkDirectory(source, "source directory");
      skipped.add(key(source));
    }
    for (TranslationTree t : request.translations()) {
      checkDirectory(t.directory(), "translation directory");
      if (key(t.directory()).equals(key(source))) {
        throw new DriftInputException(
            t.directory() + ": the translation directory is the source directory");
      }
      skipped.add(key(t.directory()));
    }
    for (Path dir : request.bundleDirectories()) {
      checkDirectory(dir, "bundle directory");
      skipped.add(key(dir));
    }
    if (request.outputDirectory() != null) {
      skipped.add(key(request.outputDirectory()));
    }

    List<DocumentPair> pairs = new ArrayList<>();
    List<MissingCounterpart> missing = new ArrayList<>();
    if (source != null) {
      TreeSet<String> originals = files(source, includes, excludes, skipped);
      // The source tree's own translation files (bilingual ones, bundles beside their base) are
      // checked in place; the rest pair across the trees by relative path, as documents do.
      InPlace own = inPlace(source, originals, "", request.sourceLanguage(), null, true);
      originals.removeAll(own.claimed());
      for (TranslationTree tree : request.translations()) {
        TreeSet<String> translated = files(tree.directory(), includes, excludes, skipped);
        InPlace alone =
            inPlace(
                tree.directory(), translated, "", request.sourceLanguage(), tree.language(), false);
        translated.removeAll(alone.claimed());
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
        pairs.addAll(alone.pairs());
      }
      pairs.addAll(own.pairs());
    }
    List<Path> bundles = request.bundleDirectories();
    for (Path dir : bundles) {
      TreeSet<String> found = files(dir, includes, excludes, skipped);
      found.removeIf(rel -> !TranslationFiles.isTranslationFile(rel));
      String prefix = bundles.size() == 1 ? "" : prefix(dir);
      InPlace in = inPlace(dir, found, prefix, request.originalLanguage(), null, true);
      pairs.addAll(in.pairs());
      missing.addAll(in.orphans());
    }
    return new Pairing(List.copyOf(pairs), List.copyOf(missing));
  }

  /** What {@link #inPlace} pairs inside one tree, and which files it took. */
  private record InPlace(
      List<DocumentPair> pairs, Set<String> claimed, List<MissingCounterpart> orphans) {}

  /**
   * Pairs the translation files of one tree among themselves: a bilingual file alone; with {@code
   * bundles}, a monolingual bundle that names a language ({@code messages_es.properties}, {@code
   * es.json}, {@code es/app.json}) against its original beside it (the bundle naming none, else the
   * one in {@code sourceLanguage}).
   */
  private static InPlace inPlace(
      Path root,
      TreeSet<String> rels,
      String prefix,
      String sourceLanguage,
      String treeLanguage,
      boolean bundles) {
    List<DocumentPair> pairs = new ArrayList<>();
    Set<String> claimed = new HashSet<>();
    List<MissingCounterpart> orphans = new ArrayList<>();
    Map<String, List<TranslationFiles.Slot>> groups = new TreeMap<>();
    for (String rel : rels) {
      if (TranslationFiles.isBilingual(rel)) {
        Path file = root.resolve(rel);
        String language =
            treeLanguage != null ? treeLanguage : TranslationFiles.declaredLanguage(file, rel);
        pairs.add(DocumentPair.bilingual(prefix + rel, file, sourceLanguage, language));
        claimed.add(rel);
      } else if (bundles && TranslationFiles.isTranslationFile(rel)) {
        TranslationFiles.Slot slot = TranslationFiles.slot(rel);
        groups.computeIfAbsent(slot.key(), k -> new ArrayList<>()).add(slot);
      }
    }
    for (List<TranslationFiles.Slot> group : groups.values()) {
      TranslationFiles.Slot original = TranslationFiles.original(group, sourceLanguage);
      if (original == null) {
        for (TranslationFiles.Slot s : group) {
          if (s.language() != null) {
            orphans.add(
                new MissingCounterpart(
                    MissingCounterpart.Kind.NO_ORIGINAL,
                    prefix + s.relativePath(),
                    root.resolve(s.relativePath()),
                    root.resolve(TranslationFiles.originalPath(s, sourceLanguage)),
                    s.language()));
          }
        }
        continue;
      }
      String originalLanguage = original.language() != null ? original.language() : sourceLanguage;
      for (TranslationFiles.Slot s : group) {
        if (s != original) {
          pairs.add(
              new DocumentPair(
                  prefix + s.relativePath(),
                  root.resolve(original.relativePath()),
                  originalLanguage,
                  root.resolve(s.relativePath()),
                  s.language()));
          claimed.add(s.relativePath());
          claimed.add(original.relativePath());
        }
      }
    }
    pairs.sort(Comparator.comparing(DocumentPair::relativePath));
    return new InPlace(pairs, claimed, orphans);
  }

  /** The name a bundle directory's reports go under when there are several. */
  private static String prefix(Path dir) {
    Path name = dir.toAbsolutePath().normalize().getFileName();
    return (name == null ? "bundles" : name.toString()) + "/";
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
