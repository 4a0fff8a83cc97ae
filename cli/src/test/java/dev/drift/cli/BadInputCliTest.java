package dev.drift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rows of the bad-input matrix (docs/RELIABILITY.md) that fail before a model is loaded, as a
 * user sees them: exit 2 for bad input, 3 for a broken model directory, one line on stderr naming
 * the file, no stack trace.
 */
class BadInputCliTest extends CommandTestBase {
  static final String ORIGINAL = "../examples/g20/original.txt";

  @TempDir Path dir;

  private Path write(String name, byte[] bytes) throws Exception {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  @Test
  void an_image_is_exit_2_naming_it() throws Exception {
    // The first bytes of a PNG file: signature, IHDR length (NUL bytes), IHDR.
    Path png =
        write(
            "photo.png",
            new byte[] {
              (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
            });
    run("compare", ORIGINAL, png.toString());
    assertExit(2);
    assertOneLineError(png.toString(), "binary file");
  }

  @Test
  void utf16_without_a_byte_order_mark_is_exit_2_saying_so() throws Exception {
    Path file = write("notes.txt", "Some notes.\r\n".getBytes(StandardCharsets.UTF_16LE));
    run("compare", file.toString(), ORIGINAL);
    assertExit(2);
    assertOneLineError(file.toString(), "UTF-16 without a byte-order mark");
  }

  @Test
  void a_file_that_is_too_large_is_refused_before_reading(@TempDir Path big) throws Exception {
    Path file = big.resolve("huge.txt");
    try (var channel =
        java.nio.channels.FileChannel.open(
            file,
            java.nio.file.StandardOpenOption.CREATE_NEW,
            java.nio.file.StandardOpenOption.WRITE,
            java.nio.file.StandardOpenOption.SPARSE)) {
      channel.write(java.nio.ByteBuffer.wrap(new byte[] {'x'}), 300L * 1024 * 1024);
    }
    run("compare", file.toString(), ORIGINAL);
    assertExit(2);
    assertOneLineError(file.toString(), "too large");
  }

  @Test
  void model_directory_without_tokenizer_is_exit_3_naming_the_file() throws Exception {
    Path model = Files.createDirectories(dir.resolve("model"));
    Files.writeString(model.resolve("model.onnx"), "not read");
    run("compare", ORIGINAL, ORIGINAL, "--model", model.toString());
    assertExit(3);
    assertThat(err).contains("drift: model directory " + model + " has no readable tokenizer.json");
    assertThat(err).doesNotContain("\tat ", "Exception");
  }

  @Test
  void model_directory_with_a_jar_or_serving_properties_is_exit_3_naming_the_file()
      throws Exception {
    for (String extra : new String[] {"custom-ops.jar", "serving.properties", "classes/"}) {
      Path model = Files.createDirectories(dir.resolve("model-" + extra.replace("/", "")));
      Files.writeString(model.resolve("model.onnx"), "not read");
      Files.writeString(model.resolve("tokenizer.json"), "{}");
      if (extra.endsWith("/")) {
        Files.createDirectories(model.resolve(extra));
      } else {
        Files.writeString(model.resolve(extra), "option.customOpLibrary=/tmp/evil.so\n");
      }
      run("compare", ORIGINAL, ORIGINAL, "--model", model.toString());
      assertExit(3);
      assertThat(err)
          .as(extra)
          .contains(
              "drift: model directory " + model + " holds " + extra.replace("/", ""),
              "DJL would load");
      assertThat(err).doesNotContain("\tat ", "Exception");
    }
  }
}
