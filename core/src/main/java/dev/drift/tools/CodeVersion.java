package dev.drift.tools;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;

/**
 * Identifies the drift code that produced a cached report, so a rebuilt drift never serves a report
 * its predecessor computed: a release version, or for a snapshot the newest modification time of
 * the code (the jar, or every class file when run from a build directory).
 */
final class CodeVersion {
  private static String fingerprint;

  private CodeVersion() {}

  static synchronized String fingerprint() {
    if (fingerprint == null) {
      fingerprint = compute();
    }
    return fingerprint;
  }

  private static String compute() {
    String version = CodeVersion.class.getPackage().getImplementationVersion();
    if (version != null && !version.endsWith("SNAPSHOT")) {
      return version;
    }
    try {
      Path code =
          Path.of(CodeVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(code)) {
        try (Stream<Path> files = Files.walk(code)) {
          long newest =
              files
                  .filter(Files::isRegularFile)
                  .mapToLong(f -> lastModified(f).toMillis())
                  .max()
                  .orElse(0);
          return version + "@" + code + "@" + newest;
        }
      }
      return version + "@" + code + "@" + lastModified(code).toMillis() + "@" + Files.size(code);
    } catch (IOException | URISyntaxException | RuntimeException e) {
      // Without a fingerprint no cached report could be trusted: make every key unique.
      return version + "@" + System.nanoTime();
    }
  }

  private static FileTime lastModified(Path p) {
    try {
      return Files.getLastModifiedTime(p);
    } catch (IOException e) {
      return FileTime.fromMillis(System.nanoTime());
    }
  }
}
