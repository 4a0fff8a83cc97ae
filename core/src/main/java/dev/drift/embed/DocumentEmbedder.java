package dev.drift.embed;

import dev.drift.segment.SegmentedDocument;
import dev.drift.segment.SimilarityScale;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The embed stage: turns two segmented documents into sentence and token vectors in one pass over
 * the model, each distinct sentence embedded once, and warns about a document written in a script
 * the model cannot read. Thread-safe when its model is.
 */
public final class DocumentEmbedder {
  private final Embedder model;

  private DocumentEmbedder(Embedder model) {
    this.model = model;
  }

  /**
   * Creates the stage over a model.
   *
   * @param model the model (usually an {@link EmbeddingModel})
   * @return the stage
   */
  public static DocumentEmbedder create(Embedder model) {
    return new DocumentEmbedder(model);
  }

  /**
   * Embeds both documents' sentences.
   *
   * @param original the original
   * @param translation the translation
   * @return the vectors of both
   * @throws dev.drift.DriftException if the model fails
   */
  public EmbeddedPair embed(SegmentedDocument original, SegmentedDocument translation) {
    List<String> a = original.texts();
    List<String> b = translation.texts();
    LinkedHashMap<String, Embedding> distinct = new LinkedHashMap<>();
    for (List<String> side : List.of(a, b)) {
      for (String text : side) {
        distinct.put(text, null);
      }
    }
    List<String> texts = new ArrayList<>(distinct.keySet());
    List<Embedding> vectors = model.embed(texts);
    for (int k = 0; k < texts.size(); k++) {
      distinct.put(texts.get(k), vectors.get(k));
    }
    ModelInfo info = model.info();
    return new EmbeddedPair(
        side(a, distinct),
        side(b, distinct),
        info,
        ScriptCheck.warnings(info, original.name(), a, translation.name(), b),
        translation.rendered() && bundled(info)
            ? translation.rendering().scale()
            : SimilarityScale.IDENTITY);
  }

  /**
   * The embed stage's output for a pair whose report needs no vectors — a translation identical to
   * its original, sentence for sentence: the model's description and the warnings about what it
   * cannot read, without running it on any sentence. Its documents hold no sentences.
   *
   * @param original the original
   * @param translation the translation, in the original's language
   * @return the model and warnings, with empty documents
   * @throws dev.drift.DriftException if the model cannot be loaded
   */
  public EmbeddedPair withoutVectors(SegmentedDocument original, SegmentedDocument translation) {
    ModelInfo info = model.info();
    EmbeddedDocument none = new EmbeddedDocument(List.of(), List.of());
    return new EmbeddedPair(
        none,
        none,
        info,
        ScriptCheck.warnings(
            info, original.name(), original.texts(), translation.name(), translation.texts()));
  }

  /** Whether the model is a bundled one, under which translators' scales were measured. */
  private static boolean bundled(ModelInfo info) {
    for (ModelSource.Bundled b : ModelSource.Bundled.values()) {
      if (b.displayName().equals(info.name())) {
        return true;
      }
    }
    return false;
  }

  private static EmbeddedDocument side(List<String> texts, Map<String, Embedding> embedded) {
    return new EmbeddedDocument(texts, texts.stream().map(embedded::get).toList());
  }
}
