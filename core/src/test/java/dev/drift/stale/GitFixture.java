package dev.drift.stale;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/** A real git work tree, made with JGit, for the stale tests. */
final class GitFixture implements AutoCloseable {
  final Path root;
  final Git git;
  private final PersonIdent author = new PersonIdent("Test", "test@example.org");

  private GitFixture(Path root, Git git) {
    this.root = root;
    this.git = git;
  }

  static GitFixture init(Path root) throws GitAPIException {
    return new GitFixture(
        root, Git.init().setDirectory(root.toFile()).setInitialBranch("main").call());
  }

  GitFixture write(String path, String text) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return this;
  }

  RevCommit commit(String message) throws GitAPIException {
    git.add().addFilepattern(".").call();
    git.add().addFilepattern(".").setUpdate(true).call();
    return git.commit()
        .setMessage(message)
        .setAuthor(author)
        .setCommitter(author)
        .setSign(false)
        .call();
  }

  @Override
  public void close() {
    git.close();
  }
}
