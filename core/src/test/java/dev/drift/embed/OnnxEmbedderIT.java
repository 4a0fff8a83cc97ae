package dev.drift.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drift.DriftException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnnxEmbedderIT {
  @TempDir static Path cache;
  static ModelSource source;
  static OnnxEmbedder embedder;

  @BeforeAll
  static void load() {
    source = ModelSource.bundled(cache);
    embedder = OnnxEmbedder.load(source, OnnxEmbedder.Options.defaults());
  }

  @AfterAll
  static void close() {
    embedder.close();
  }

  private static float cos(String a, String b) {
    List<Embedding> e = embedder.embed(List.of(a, b));
    return VectorMath.cosine(e.get(0).vector(), e.get(1).vector());
  }

  @Test
  void bundled_model_is_described_and_hashed() throws Exception {
    ModelInfo info = embedder.info();
    assertThat(info.name()).isEqualTo("all-MiniLM-L6-v2");
    assertThat(info.dimension()).isEqualTo(384);
    assertThat(info.maxTokens()).isEqualTo(256);
    assertThat(info.sha256()).matches("[0-9a-f]{64}");
    try (var in = Files.newInputStream(source.modelFile())) {
      assertThat(ModelSource.sha256(in)).isEqualTo(info.sha256());
    }
  }

  @Test
  void embedding_is_deterministic_and_unit_length() {
    String s = "Western delegates fear China is considering supplying arms to Russia.";
    List<Embedding> e = embedder.embed(List.of(s, "unrelated filler", s));
    assertThat(e.get(0).vector()).containsExactly(e.get(2).vector());
    assertThat(VectorMath.dot(e.get(0).vector(), e.get(0).vector())).isCloseTo(1f, within());
  }

  @Test
  void batching_does_not_change_vectors() {
    String s = "Russia and Western countries have traded accusations.";
    float[] alone = embedder.embed(List.of(s)).get(0).vector();
    float[] inBatch =
        embedder
            .embed(
                List.of(
                    "a much longer sentence that sets the padded length of the batch "
                        + "x ".repeat(40),
                    s))
            .get(1)
            .vector();
    assertThat(VectorMath.cosine(alone, inBatch)).isGreaterThan(0.9999f);
  }

  @Test
  void cosine_of_known_pairs() {
    String obscene =
        "\"I want to apologize to the Indian presidency and to our colleagues from countries of"
            + " the global South for the obscene behavior of some Western delegations,\" Lavrov said.";
    String lewd =
        "\"I want to apologize to the Indian presidency and to our colleagues from countries of"
            + " the global South for the lewd behavior of some Western delegations,\" Lavrov said.";
    assertThat(cos(obscene, lewd)).isGreaterThan(0.9f).isLessThan(0.999f);
    assertThat(cos("The cat sat on the mat.", "A cat was sitting on the mat.")).isGreaterThan(0.8f);
    assertThat(cos("The cat sat on the mat.", "Quarterly revenue rose by four percent."))
        .isLessThan(0.2f);
  }

  @Test
  void token_vectors_carry_utf16_spans_of_the_text() {
    String text = "Naïve café owners 😀 met in Zürich.";
    TokenVectors t = embedder.embed(List.of(text)).get(0).tokens();
    assertThat(t.size()).isPositive();
    assertThat(t.data()).hasSize(t.size() * t.dimension());
    StringBuilder seen = new StringBuilder();
    for (int i = 0; i < t.size(); i++) {
      assertThat(t.starts()[i]).isBetween(0, t.ends()[i]);
      assertThat(t.ends()[i]).isLessThanOrEqualTo(text.length());
      seen.append(text, t.starts()[i], t.ends()[i]).append('|');
    }
    assertThat(seen.toString()).contains("café|", "😀|", "|.|");
  }

  @Test
  void long_text_is_windowed_not_truncated() {
    String longText = "word ".repeat(700).trim();
    Embedding e = embedder.embed(List.of(longText)).get(0);
    assertThat(e.tokens().size()).isEqualTo(700);
    // Each of the three windows adds [CLS] and [SEP].
    assertThat(e.tokenCount()).isEqualTo(706);
    // The last word's token vector is real, not padding.
    assertThat(e.tokens().ends()[699]).isEqualTo(longText.length());
  }

  @Test
  void empty_text_embeds() {
    Embedding e = embedder.embed(List.of("")).get(0);
    assertThat(e.vector()).hasSize(384);
    assertThat(e.tokens().size()).isZero();
  }

  @Test
  void model_directory_without_tokenizer_is_named_in_the_error(@TempDir Path dir) throws Exception {
    Files.copy(source.modelFile(), dir.resolve("model.onnx"));
    assertThatThrownBy(() -> ModelSource.directory(dir))
        .isInstanceOf(DriftException.class)
        .hasMessageContaining("tokenizer.json");
  }

  @Test
  void corrupt_model_file_fails_with_its_path(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("model.onnx"), "this is not an ONNX graph");
    Files.copy(source.directory().resolve("tokenizer.json"), dir.resolve("tokenizer.json"));
    ModelSource broken = ModelSource.directory(dir);
    assertThatThrownBy(() -> OnnxEmbedder.load(broken, OnnxEmbedder.Options.defaults()))
        .isInstanceOf(DriftException.class)
        .hasMessageContaining(dir.resolve("model.onnx").toString());
  }

  @Test
  void a_copied_model_directory_loads_and_agrees_with_the_bundled_one(@TempDir Path dir)
      throws Exception {
    Files.copy(source.modelFile(), dir.resolve("model.onnx"));
    Files.copy(source.directory().resolve("tokenizer.json"), dir.resolve("tokenizer.json"));
    try (OnnxEmbedder copy =
        OnnxEmbedder.load(ModelSource.directory(dir), OnnxEmbedder.Options.defaults())) {
      String s = "India has not condemned the invasion of Ukraine.";
      assertThat(copy.embed(List.of(s)).get(0).vector())
          .containsExactly(embedder.embed(List.of(s)).get(0).vector());
      // Without sentence_bert_config.json the window comes from tokenizer.json (128 tokens).
      assertThat(copy.info().maxTokens()).isEqualTo(128);
    }
  }

  private static org.assertj.core.data.Offset<Float> within() {
    return org.assertj.core.data.Offset.offset(1e-4f);
  }
}
