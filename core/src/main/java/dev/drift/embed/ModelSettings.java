package dev.drift.embed;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Which model embeds the sentences, and how its token vectors become sentence vectors. Immutable.
 *
 * @param model a model directory ({@code model.onnx} + {@code tokenizer.json}), the name of a
 *     bundled model ({@code minilm}, {@code minilm-int8}), or {@code null} for the default bundled
 *     all-MiniLM-L6-v2
 * @param pooling pooling of token vectors, or {@code null} for the model's own (mean by default)
 * @param normalize whether sentence vectors are scaled to unit length
 */
public record ModelSettings(Path model, Pooling pooling, boolean normalize) {

  /**
   * The defaults: the bundled model, its own pooling, normalised vectors.
   *
   * @return the default settings
   */
  public static ModelSettings defaults() {
    return new ModelSettings(null, null, true);
  }

  /**
   * Whether the model is a bundled one (English only), not a directory.
   *
   * @return true for the default and for a bundled model's name
   */
  public boolean bundled() {
    return model == null
        || (model.getNameCount() == 1
            && !Files.exists(model)
            && ModelSource.Bundled.named(model.toString()).isPresent());
  }

  /**
   * The model these settings name: a directory (checked for files DJL would load code from), a
   * bundled model's name, or the default bundled model.
   *
   * @param cacheDirectory where bundled models are extracted
   * @return the model's files
   * @throws dev.drift.DriftException if the directory is missing, incomplete or unsafe
   */
  public ModelSource source(Path cacheDirectory) {
    if (model == null) {
      return ModelSource.bundled(cacheDirectory);
    }
    Optional<ModelSource.Bundled> bundled =
        model.getNameCount() == 1 && !Files.exists(model)
            ? ModelSource.Bundled.named(model.toString())
            : Optional.empty();
    return bundled.isPresent()
        ? ModelSource.bundled(bundled.get(), cacheDirectory)
        : ModelDirectoryCheck.check(ModelSource.directory(model));
  }

  /**
   * The embedder options these settings stand for.
   *
   * @return pooling and normalisation for {@link OnnxEmbedder}
   */
  OnnxEmbedder.Options embedderOptions() {
    return OnnxEmbedder.Options.defaults().withPooling(pooling).withNormalize(normalize);
  }

  /**
   * Everything of these settings that changes the vectors, beside the model's files.
   *
   * @return pooling and normalisation as text
   */
  String vectorKey() {
    return (pooling == null ? "model-pooling" : pooling.name())
        + "|"
        + (normalize ? "unit" : "raw");
  }
}
