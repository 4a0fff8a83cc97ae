package dev.drift.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bundled model's identity is hashed once and then read back while its files stay unchanged. */
class IdentityRecordTest {
  @TempDir Path dir;

  @Test
  void identity_should_be_the_hash_of_the_graph_and_the_tokenizer_and_be_kept() throws Exception {
    Files.writeString(dir.resolve("model.sha256"), "abc\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("tokenizer.json"), "{\"v\":1}", StandardCharsets.UTF_8);
    ModelSource source = new ModelSource("m", dir, "abc");

    String first = source.identity();

    assertThat(first).isEqualTo(expected("abc", "{\"v\":1}"));
    assertThat(dir.resolve(IdentityRecord.FILE)).exists();
    assertThat(new ModelSource("m", dir, "abc").identity()).isEqualTo(first);
    assertThat(new ModelSource("m", dir, "abd").identity())
        .as("another graph")
        .isEqualTo(expected("abd", "{\"v\":1}"));
  }

  @Test
  void record_should_be_read_back_until_a_file_changes() throws IOException {
    Path tokenizer =
        Files.writeString(dir.resolve("tokenizer.json"), "one", StandardCharsets.UTF_8);
    AtomicInteger computed = new AtomicInteger();
    List<Path> files = List.of(tokenizer, dir.resolve("absent.json"));

    String a =
        IdentityRecord.identity(
            dir,
            "g",
            files,
            true,
            () -> {
              computed.incrementAndGet();
              return "a".repeat(64);
            });
    String again = IdentityRecord.identity(dir, "g", files, true, () -> fail(computed));
    assertThat(again).isEqualTo(a);
    assertThat(computed).hasValue(1);

    Files.writeString(tokenizer, "other", StandardCharsets.UTF_8); // another size
    String b = IdentityRecord.identity(dir, "g", files, true, () -> "b".repeat(64));
    assertThat(b).isEqualTo("b".repeat(64));
    assertThat(IdentityRecord.identity(dir, "h", files, true, () -> "c".repeat(64)))
        .as("another graph hash")
        .isEqualTo("c".repeat(64));
  }

  @Test
  void a_directory_the_user_gives_should_not_be_written_to() throws Exception {
    Files.writeString(dir.resolve("tokenizer.json"), "{}", StandardCharsets.UTF_8);
    ModelSource source = new ModelSource("m", dir, "abc");

    assertThat(source.identity()).isEqualTo(expected("abc", "{}"));
    assertThat(dir.resolve(IdentityRecord.FILE)).doesNotExist();
  }

  private static String fail(AtomicInteger computed) {
    computed.incrementAndGet();
    return "f".repeat(64);
  }

  /** The identity's definition: the graph's hash, then each file's bytes after a zero byte. */
  private static String expected(String graph, String tokenizer) throws Exception {
    MessageDigest d = MessageDigest.getInstance("SHA-256");
    d.update(graph.getBytes(StandardCharsets.US_ASCII));
    d.update((byte) 0);
    d.update(tokenizer.getBytes(StandardCharsets.UTF_8));
    d.update((byte) 0);
    d.update((byte) 0);
    return HexFormat.of().formatHex(d.digest());
  }
}
