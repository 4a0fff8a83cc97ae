package dev.drift.embed;

import dev.drift.DriftException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Refuses a model directory holding files that DJL acts on but drift never uses. DJL's model loader
 * instantiates any {@code ai.djl.nn.BlockFactory} it finds in a {@code *.jar} or under {@code
 * classes/} in the model directory, and applies a {@code serving.properties} there, whose options
 * can make ONNX Runtime load a native library ({@code option.customOpLibrary}) or write profiles
 * anywhere ({@code option.profilerOutput}). drift reads {@code model.onnx}, {@code tokenizer.json}
 * and the sentence-transformers JSON configs only, so a model directory with such files is refused
 * before DJL sees it: copying a model from an untrusted source must not run its code. Stateless.
 */
final class ModelDirectoryCheck {
  private ModelDirectoryCheck() {}

  /**
   * Checks a model's directory.
   *
   * @param source the model
   * @return {@code source}, unchanged
   * @throws DriftException naming the offending file
   */
  static ModelSource check(ModelSource source) {
    Path dir = source.directory();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        boolean code =
            lower.endsWith(".jar") || (lower.equals("classes") && Files.isDirectory(entry));
        if (code || lower.equals("serving.properties")) {
          throw new DriftException(
              "model directory "
                  + dir
                  + " holds "
                  + name
                  + ", which drift does not use but DJL would load "
                  + (code ? "code" : "settings")
                  + " from; remove it or use a directory with model.onnx and tokenizer.json only");
        }
      }
    } catch (IOException e) {
      throw new DriftException("cannot list the model directory " + dir + ": " + e, e);
    }
    return source;
  }
}
