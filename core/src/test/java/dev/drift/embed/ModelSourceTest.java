package dev.drift.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelSourceTest {

  private static Path model(Path dir, String tokenizer) throws Exception {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(ModelSource.MODEL_FILE), "graph bytes");
    Files.writeString(dir.resolve(ModelSource.TOKENIZER_FILE), tokenizer);
    return dir;
  }

  @Test
  void identity_is_the_same_for_the_same_files_in_another_place(@TempDir Path tmp)
      throws Exception {
    ModelSource a = ModelSource.directory(model(tmp.resolve("a"), "{\"v\": 1}"));
    ModelSource b = ModelSource.directory(model(tmp.resolve("b"), "{\"v\": 1}"));

    assertThat(a.identity()).isEqualTo(b.identity()).hasSize(64);
  }

  @Test
  void identity_changes_with_the_tokenizer_though_the_graph_is_the_same(@TempDir Path tmp)
      throws Exception {
    ModelSource a = ModelSource.directory(model(tmp.resolve("a"), "{\"v\": 1}"));
    ModelSource b = ModelSource.directory(model(tmp.resolve("b"), "{\"v\": 2}"));

    assertThat(a.sha256()).isEqualTo(b.sha256());
    assertThat(a.identity()).isNotEqualTo(b.identity());
  }

  @Test
  void identity_changes_with_the_pooling_and_window_configuration(@TempDir Path tmp)
      throws Exception {
    Path dir = model(tmp.resolve("m"), "{}");
    String plain = ModelSource.directory(dir).identity();

    Files.createDirectories(dir.resolve("1_Pooling"));
    Files.writeString(dir.resolve("1_Pooling/config.json"), "{\"pooling_mode_cls_token\": true}");
    String pooled = ModelSource.directory(dir).identity();
    Files.writeString(dir.resolve("sentence_bert_config.json"), "{\"max_seq_length\": 128}");
    String windowed = ModelSource.directory(dir).identity();

    assertThat(pooled).isNotEqualTo(plain);
    assertThat(windowed).isNotEqualTo(pooled).isNotEqualTo(plain);
  }
}
