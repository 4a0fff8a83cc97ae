package dev.drift.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import dev.drift.DriftException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model directory of XLM-R shape ({@link TinyMultilingualModel}: SentencePiece Unigram tokenizer,
 * no {@code token_type_ids}), loaded the way {@code --model DIR} loads one.
 */
class MultilingualModelIT {
  @TempDir static Path tmp;
  static Path xlmR;
  static OnnxEmbedder embedder;

  @BeforeAll
  static void load() {
    xlmR = TinyMultilingualModel.xlmR().writeTo(tmp.resolve("tiny-xlm-r"));
    embedder = OnnxEmbedder.load(ModelSource.directory(xlmR), OnnxEmbedder.Options.defaults());
  }

  @AfterAll
  static void close() {
    if (embedder != null) {
      embedder.close();
    }
  }

  /** The normalised mean of the pieces' rows: mean pooling over everything under the mask. */
  private static float[] mean(String... pieces) {
    float[] sum = new float[TinyMultilingualModel.HIDDEN];
    for (String p : pieces) {
      float[] v = TinyMultilingualModel.vector(p);
      for (int d = 0; d < sum.length; d++) {
        sum[d] += v[d] / pieces.length;
      }
    }
    return VectorMath.normalize(sum);
  }

  private static float[] embedWith(ModelSettings settings, String text, String... others) {
    try (EmbeddingModel model = EmbeddingModel.open(settings, new CacheSettings(tmp, false))) {
      List<String> texts = new ArrayList<>(List.of(others));
      texts.add(text);
      return model.embed(texts).get(texts.size() - 1).vector();
    }
  }

  private static String[] tokenTexts(String text) {
    TokenVectors t = embedder.embed(List.of(text)).get(0).tokens();
    String[] out = new String[t.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = text.substring(t.starts()[i], t.ends()[i]);
    }
    return out;
  }

  @Test
  void xlm_r_graph_declares_input_ids_and_attention_mask_only() throws Exception {
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    try (OrtSession session = env.createSession(xlmR.resolve("model.onnx").toString())) {
      assertThat(session.getInputNames()).containsExactly("input_ids", "attention_mask");
      assertThat(session.getOutputNames()).containsExactly("last_hidden_state");
      TensorInfo hidden = (TensorInfo) session.getOutputInfo().get("last_hidden_state").getInfo();
      assertThat(hidden.getShape()).containsExactly(-1, -1, TinyMultilingualModel.HIDDEN);
    }
  }

  @Test
  void loads_through_the_model_handle_and_is_described_by_its_directory() {
    try (EmbeddingModel model =
        EmbeddingModel.open(new ModelSettings(xlmR, null, true), new CacheSettings(tmp, false))) {
      ModelInfo info = model.info();
      assertThat(info.name()).isEqualTo("tiny-xlm-r");
      assertThat(info.dimension()).isEqualTo(TinyMultilingualModel.HIDDEN);
      assertThat(info.maxTokens()).isEqualTo(128);
      assertThat(model.embed(List.of("The dog sleeps.")).get(0).vector())
          .containsExactly(mean("<s>", "▁The", "▁dog", "▁sleeps", ".", "</s>"), within(1e-6f));
    }
  }

  @Test
  void feeds_token_type_ids_only_to_a_graph_that_declares_them() {
    // Fed anything else, ONNX Runtime refuses the call: the XLM-R graph gets two inputs, the BERT
    // one three, and type 0 adds the zero row, so both give the same vectors.
    Path bert = TinyMultilingualModel.xlmR().withTokenTypes().writeTo(tmp.resolve("tiny-bert"));
    String text = "El perro duerme en el jardín.";
    try (OnnxEmbedder typed =
        OnnxEmbedder.load(ModelSource.directory(bert), OnnxEmbedder.Options.defaults())) {
      assertThat(typed.embed(List.of(text)).get(0).vector())
          .containsExactly(embedder.embed(List.of(text)).get(0).vector(), within(1e-6f));
    }
  }

  @Test
  void graph_with_an_input_drift_cannot_feed_is_refused_naming_it() {
    Path dir =
        TinyMultilingualModel.xlmR().withExtraInput("position_ids").writeTo(tmp.resolve("pos"));

    assertThatThrownBy(
            () -> OnnxEmbedder.load(ModelSource.directory(dir), OnnxEmbedder.Options.defaults()))
        .isInstanceOf(DriftException.class)
        .hasMessageContaining(dir.resolve("model.onnx").toString())
        .hasMessageContaining("'position_ids'");
  }

  @Test
  void without_a_pooling_config_the_mean_of_every_token_under_the_mask_is_taken() {
    // In a batch with a longer text the short one is padded: the padding must not count.
    float[] v =
        embedWith(
            new ModelSettings(xlmR, null, true),
            "The dog.",
            "The old bridge crosses the river every night.");

    assertThat(v).containsExactly(mean("<s>", "▁The", "▁dog", ".", "</s>"), within(1e-6f));
  }

  @Test
  void pooling_config_cls_takes_the_vector_of_the_first_token() {
    Path dir =
        TinyMultilingualModel.xlmR().withPoolingConfig(Pooling.CLS).writeTo(tmp.resolve("c"));

    float[] v = embedWith(new ModelSettings(dir, null, true), "The dog.");

    assertThat(v).containsExactly(mean("<s>"), within(1e-6f));
  }

  @Test
  void pooling_config_mean_takes_the_mean() {
    Path dir =
        TinyMultilingualModel.xlmR().withPoolingConfig(Pooling.MEAN).writeTo(tmp.resolve("m"));

    float[] v = embedWith(new ModelSettings(dir, null, true), "The dog.");

    assertThat(v).containsExactly(mean("<s>", "▁The", "▁dog", ".", "</s>"), within(1e-6f));
  }

  @Test
  void pooling_option_overrides_the_pooling_config() {
    Path cls =
        TinyMultilingualModel.xlmR().withPoolingConfig(Pooling.CLS).writeTo(tmp.resolve("oc"));
    Path mean =
        TinyMultilingualModel.xlmR().withPoolingConfig(Pooling.MEAN).writeTo(tmp.resolve("om"));

    assertThat(embedWith(new ModelSettings(cls, Pooling.MEAN, true), "The dog."))
        .containsExactly(mean("<s>", "▁The", "▁dog", ".", "</s>"), within(1e-6f));
    assertThat(embedWith(new ModelSettings(mean, Pooling.CLS, true), "The dog."))
        .containsExactly(mean("<s>"), within(1e-6f));
  }

  @Test
  void token_offsets_map_every_token_back_to_its_text() {
    // A Metaspace token covers the space it replaces; a word missing from the vocabulary falls
    // apart into pieces; an unknown character is one <unk> over its two UTF-16 units.
    assertThat(tokenTexts("El perro duerme en el jardín."))
        .containsExactly("El", " perro", " duerme", " en", " el", " jardín", ".");
    assertThat(tokenTexts("The dogs sleep."))
        .containsExactly("The", " dog", "s", " ", "s", "l", "e", "e", "p", ".");
    // The word-start mark the tokenizer puts before the text stands for no character of it.
    assertThat(tokenTexts("🐕 dog  perro")).containsExactly("", "🐕", " dog", " ", " perro");
  }

  @Test
  void text_longer_than_the_window_keeps_every_token_with_its_span() {
    Path dir = TinyMultilingualModel.xlmR().withMaxSeqLength(8).writeTo(tmp.resolve("w8"));
    String text = "The dog sleeps in the garden. The old bridge crosses the river.";
    try (OnnxEmbedder windowed =
        OnnxEmbedder.load(ModelSource.directory(dir), OnnxEmbedder.Options.defaults())) {
      assertThat(windowed.info().maxTokens()).isEqualTo(8);
      TokenVectors whole = embedder.embed(List.of(text)).get(0).tokens();
      TokenVectors parts = windowed.embed(List.of(text)).get(0).tokens();

      assertThat(parts.size()).isEqualTo(whole.size()).isEqualTo(14);
      assertThat(parts.starts()).containsExactly(whole.starts());
      assertThat(parts.ends()).containsExactly(whole.ends());
      assertThat(parts.data()).containsExactly(whole.data(), within(1e-6f));
    }
  }

  @Test
  void a_word_and_its_translation_share_a_vector() {
    List<Embedding> e =
        embedder.embed(
            List.of(
                "The dog sleeps in the garden.",
                "El perro duerme en el jardín.",
                "El gato duerme en el jardín."));

    assertThat(VectorMath.cosine(e.get(0).vector(), e.get(1).vector()))
        .isCloseTo(1f, within(1e-6f));
    assertThat(VectorMath.cosine(e.get(0).vector(), e.get(2).vector())).isLessThan(0.95f);
    TokenVectors en = e.get(0).tokens();
    TokenVectors es = e.get(2).tokens();
    assertThat(en.cosine(1, e.get(1).tokens(), 1)).as("dog / perro").isCloseTo(1f, within(1e-6f));
    assertThat(en.cosine(1, es, 1)).as("dog / gato").isCloseTo(0f, within(1e-6f));
  }
}
