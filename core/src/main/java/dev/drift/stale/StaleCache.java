package dev.drift.stale;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drift.DriftOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The outcomes of changed documents, kept under the cache directory ({@code stale/}), keyed by the
 * base source, the current source, the translation, its language and the options: a rerun with
 * nothing changed compares nothing. A damaged or unreadable entry is a miss. Not thread-safe.
 */
final class StaleCache {
  /** Bump when what is cached changes meaning (2: changes carry "after", notes name no file). */
  private static final String FORMAT = "stale-cache/2";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Path directory;
  private final String identity;

  private StaleCache(Path directory, String identity) {
    this.directory = directory;
    this.identity = identity;
  }

  /** A cached outcome. */
  record Entry(StaleStatus status, List<StaleChange> changes, List<String> notes) {}

  static StaleCache of(DriftOptions options) {
    String version = StaleCache.class.getPackage().getImplementationVersion();
    return new StaleCache(
        options.cache().enabled() ? options.cache().effectiveDirectory().resolve("stale") : null,
        FORMAT + "|" + version + "|" + options);
  }

  String key(String language, byte[] old, byte[] now, byte[] translation) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update((identity + "|" + language).getBytes(StandardCharsets.UTF_8));
      for (byte[] part : List.of(old, now, translation)) {
        sha.update(MessageDigest.getInstance("SHA-256").digest(part));
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  Optional<Entry> get(String key) {
    if (directory == null) {
      return Optional.empty();
    }
    Path file = directory.resolve(key + ".json");
    try {
      return Files.isRegularFile(file)
          ? Optional.of(
              MAPPER.readValue(Files.readString(file, StandardCharsets.UTF_8), Entry.class))
          : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // damaged: compare again, and overwrite it
    }
  }

  void put(String key, Entry entry) {
    if (directory == null) {
      return;
    }
    try {
      Files.createDirectories(directory);
      Path temporary = Files.createTempFile(directory, key, ".tmp");
      Files.writeString(temporary, MAPPER.writeValueAsString(entry), StandardCharsets.UTF_8);
      Files.move(
          temporary,
          directory.resolve(key + ".json"),
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      // A cache that cannot be written costs time on the next run, never a result.
    }
  }
}
