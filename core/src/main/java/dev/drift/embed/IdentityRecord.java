package dev.drift.embed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A model's identity ({@link ModelSource#identity()}) kept in its directory beside the files it is
 * computed from, with their sizes and modification times: a rerun reads it back instead of hashing
 * the tokenizer again (0.17 s of a warm rerun on this project's machine). Any change to a file's
 * size or time, or to the graph's hash, and the identity is computed again and the record
 * rewritten. Only drift's own extraction of a bundled model gets a record (a directory the user
 * gives is never written to). Thread-safe; a record that cannot be written is simply not kept.
 */
final class IdentityRecord {
  /** The record's file name in the model directory. */
  static final String FILE = "identity.sha256";

  private IdentityRecord() {}

  /**
   * The identity, read from the record when it matches the files, else computed (and kept).
   *
   * @param directory the model directory
   * @param graphHash the graph's hash, part of the identity
   * @param files the files the identity hashes
   * @param keep whether to write a record
   * @param compute computes the identity
   * @return the identity
   */
  static String identity(
      Path directory, String graphHash, List<Path> files, boolean keep, Supplier<String> compute) {
    String stamp = stamp(graphHash, files);
    Path record = directory.resolve(FILE);
    if (stamp != null) {
      try {
        List<String> lines = Files.readAllLines(record, StandardCharsets.UTF_8);
        if (lines.size() == 2
            && lines.get(0).equals(stamp)
            && lines.get(1).matches("[0-9a-f]{64}")) {
          return lines.get(1);
        }
      } catch (IOException e) {
        // No record yet, or an unreadable one: compute.
      }
    }
    String identity = compute.get();
    if (keep && stamp != null) {
      write(record, stamp + "\n" + identity + "\n");
    }
    return identity;
  }

  /** The graph's hash and each file's size and modification time; null if one cannot be read. */
  private static String stamp(String graphHash, List<Path> files) {
    StringBuilder sb = new StringBuilder(graphHash);
    for (Path f : files) {
      sb.append('|');
      try {
        BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
        sb.append(a.size()).append(':').append(a.lastModifiedTime().toInstant());
      } catch (java.nio.file.NoSuchFileException e) {
        sb.append('-');
      } catch (IOException e) {
        return null;
      }
    }
    return sb.toString();
  }

  private static void write(Path record, String text) {
    Path tmp = record.resolveSibling(FILE + ".tmp-" + UUID.randomUUID());
    try {
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(tmp, record, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      // Computed again next time.
    } finally {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException e) {
        // A stray temporary file costs a few bytes.
      }
    }
  }
}
