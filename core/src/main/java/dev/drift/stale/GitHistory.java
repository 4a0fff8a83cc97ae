package dev.drift.stale;

import dev.drift.DriftException;
import dev.drift.DriftInputException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectStream;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * The git history drift stale reads, through JGit: the commit that last touched a file, a file's
 * content at a commit, renames since a commit. The only class that uses JGit. Not thread-safe;
 * close it when done.
 */
final class GitHistory implements AutoCloseable {
  private final Repository repository;
  private final Path workTree;
  private final Set<ObjectId> shallow;

  private GitHistory(Repository repository) throws IOException {
    this.repository = repository;
    this.workTree = repository.getWorkTree().toPath().toRealPath();
    this.shallow = repository.getObjectDatabase().getShallowCommits();
  }

  /**
   * Opens the work tree that holds a directory.
   *
   * @param directory a directory inside a git work tree
   * @return the history
   * @throws DriftInputException if the directory is not in a git work tree
   */
  static GitHistory open(Path directory) {
    FileRepositoryBuilder builder =
        new FileRepositoryBuilder().findGitDir(directory.toAbsolutePath().toFile());
    if (builder.getGitDir() == null) {
      throw notARepository(directory);
    }
    try {
      Repository repository = builder.setMustExist(true).build();
      if (repository.isBare()) {
        repository.close();
        throw notARepository(directory);
      }
      return new GitHistory(repository);
    } catch (IOException | IllegalArgumentException e) {
      throw new DriftInputException(directory + ": cannot open its git repository (" + e + ")", e);
    }
  }

  private static DriftInputException notARepository(Path directory) {
    return new DriftInputException(
        directory
            + ": not inside a git work tree (drift stale reads the files' history; run it in a"
            + " clone)");
  }

  /**
   * A file's path relative to the work tree, with {@code /} separators.
   *
   * @param file a file inside the work tree (it need not exist)
   * @return the path, or empty if the file is outside the work tree
   */
  Optional<String> relative(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    try {
      // Real paths: a symlinked temporary directory must still be inside the work tree.
      Path real =
          parent != null && parent.toFile().isDirectory()
              ? parent.toRealPath().resolve(absolute.getFileName())
              : absolute;
      if (!real.startsWith(workTree)) {
        return Optional.empty();
      }
      return Optional.of(workTree.relativize(real).toString().replace(File.separatorChar, '/'));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * The current commit.
   *
   * @return its id, or empty in a repository without commits
   */
  Optional<ObjectId> head() {
    try {
      return Optional.ofNullable(repository.resolve(Constants.HEAD));
    } catch (IOException e) {
      throw new DriftException("cannot read HEAD of " + workTree + " (" + e + ")", e);
    }
  }

  /**
   * Resolves a revision (a commit id, a branch, a tag, {@code HEAD~3}).
   *
   * @param revision the revision
   * @return the commit, or empty if the repository does not have it
   */
  Optional<ObjectId> resolve(String revision) {
    try {
      ObjectId id = repository.resolve(revision);
      if (id == null || !repository.getObjectDatabase().has(id)) {
        return Optional.empty();
      }
      try (RevWalk walk = new RevWalk(repository)) {
        return Optional.of(walk.parseCommit(id).getId());
      }
    } catch (MissingObjectException e) {
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The commit that last touched a file, and whether history past it is cut off (shallow). */
  record LastCommit(ObjectId id, boolean shallowBoundary) {}

  /**
   * The last commit on HEAD that touched a file.
   *
   * @param path the file, relative to the work tree
   * @return the commit, or empty if no commit touched it
   */
  Optional<LastCommit> lastCommit(String path) {
    if (head().isEmpty()) {
      return Optional.empty();
    }
    try (Git git = new Git(repository)) {
      Iterator<RevCommit> log = git.log().addPath(path).setMaxCount(1).call().iterator();
      if (!log.hasNext()) {
        return Optional.empty();
      }
      ObjectId id = log.next().getId();
      return Optional.of(new LastCommit(id, shallow.contains(id)));
    } catch (GitAPIException e) {
      throw new DriftException("cannot read the history of " + path + " (" + e + ")", e);
    }
  }

  /**
   * The last commit on HEAD that touched each of some files, in one walk of the history (newest
   * first, a merge touching a file only when it differs from every parent), as {@code git log -1 --
   * FILE} finds it for each.
   *
   * @param paths the files, relative to the work tree
   * @return the commit of each file that a commit touched
   */
  Map<String, LastCommit> lastCommits(Collection<String> paths) {
    Map<String, LastCommit> found = new HashMap<>();
    Optional<ObjectId> head = head();
    if (head.isEmpty() || paths.isEmpty()) {
      return found;
    }
    Set<String> left = new HashSet<>(paths);
    try (RevWalk walk = new RevWalk(repository)) {
      walk.sort(RevSort.TOPO);
      walk.sort(RevSort.COMMIT_TIME_DESC, true);
      walk.markStart(walk.parseCommit(head.get()));
      for (RevCommit commit : walk) {
        if (left.isEmpty()) {
          break;
        }
        Set<String> touched = null;
        if (commit.getParentCount() == 0) {
          touched = present(commit, left);
        } else {
          for (RevCommit parent : commit.getParents()) {
            Set<String> changed = changed(walk.parseCommit(parent), commit, left);
            if (touched == null) {
              touched = changed;
            } else {
              touched.retainAll(changed);
            }
          }
        }
        for (String path : touched) {
          found.put(path, new LastCommit(commit.getId(), shallow.contains(commit.getId())));
          left.remove(path);
        }
      }
    } catch (IOException e) {
      throw new DriftException("cannot read the history of " + workTree + " (" + e + ")", e);
    }
    return found;
  }

  private Set<String> present(RevCommit commit, Set<String> paths) throws IOException {
    Set<String> found = new HashSet<>();
    try (TreeWalk tree = new TreeWalk(repository)) {
      tree.setRecursive(true);
      tree.addTree(commit.getTree());
      tree.setFilter(PathFilterGroup.createFromStrings(paths));
      while (tree.next()) {
        found.add(tree.getPathString());
      }
    }
    return found;
  }

  private Set<String> changed(RevCommit parent, RevCommit commit, Set<String> paths)
      throws IOException {
    Set<String> found = new HashSet<>();
    try (TreeWalk tree = new TreeWalk(repository)) {
      tree.setRecursive(true);
      tree.addTree(parent.getTree());
      tree.addTree(commit.getTree());
      tree.setFilter(
          AndTreeFilter.create(PathFilterGroup.createFromStrings(paths), TreeFilter.ANY_DIFF));
      while (tree.next()) {
        if (paths.contains(tree.getPathString())) {
          found.add(tree.getPathString());
        }
      }
    }
    return found;
  }

  /**
   * A file's content at a commit.
   *
   * @param commit the commit
   * @param path the file, relative to the work tree
   * @return its bytes, or empty if the commit has no such file
   */
  Optional<byte[]> read(ObjectId commit, String path) {
    try (RevWalk walk = new RevWalk(repository)) {
      RevCommit c = walk.parseCommit(commit);
      try (TreeWalk tree = TreeWalk.forPath(repository, path, c.getTree())) {
        if (tree == null) {
          return Optional.empty();
        }
        // the blob's raw bytes, no charset involved: DocumentLoader decodes them as it does files
        try (ObjectStream in = repository.open(tree.getObjectId(0)).openStream()) {
          return Optional.of(in.readAllBytes());
        }
      }
    } catch (IOException e) {
      throw new DriftException("cannot read " + path + " at " + commit.name() + " (" + e + ")", e);
    }
  }

  /**
   * The path a file had at a commit, following renames between that commit and HEAD.
   *
   * @param commit the earlier commit
   * @param path the file's path at HEAD
   * @return its path at the commit, or empty if it was neither there nor renamed from a file there
   */
  Optional<String> pathAt(ObjectId commit, String path) {
    if (read(commit, path).isPresent()) {
      return Optional.of(path);
    }
    Optional<ObjectId> head = head();
    if (head.isEmpty()) {
      return Optional.empty();
    }
    try (RevWalk walk = new RevWalk(repository);
        TreeWalk tree = new TreeWalk(repository)) {
      tree.setRecursive(true);
      tree.addTree(walk.parseCommit(commit).getTree());
      tree.addTree(walk.parseCommit(head.get()).getTree());
      tree.setFilter(TreeFilter.ANY_DIFF);
      RenameDetector renames = new RenameDetector(repository);
      renames.addAll(DiffEntry.scan(tree));
      List<DiffEntry> entries = renames.compute();
      for (DiffEntry entry : entries) {
        if ((entry.getChangeType() == DiffEntry.ChangeType.RENAME
                || entry.getChangeType() == DiffEntry.ChangeType.COPY)
            && entry.getNewPath().equals(path)) {
          return Optional.of(entry.getOldPath());
        }
      }
      return Optional.empty();
    } catch (IOException e) {
      throw new DriftException("cannot detect renames of " + path + " (" + e + ")", e);
    }
  }

  @Override
  public void close() {
    repository.close();
  }
}
