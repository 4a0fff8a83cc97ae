package dev.drift.embed;

import dev.drift.DriftInputException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which model embeds the sentences, and how its token vectors become sentence vectors. Immutable.
 *
 * @param model a model directory ({@code model.onnx} + {@code tokenizer.json}), the name of a
 *     bundled model ({@code minilm}, {@code minilm-int8}), {@code auto} (one of the two, chosen by
 *     the CPU: {@link AutoModel}), or {@code null} for the default bundled all-MiniLM-L6-v2
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
   * @return true for the default, for a bundled model's name and for {@code auto}
   */
  public boolean bundled() {
    return model == null || (isName(model) && bundledName(model.toString()));
  }

  /**
   * Whether a value names a bundled model ({@code minilm}, {@code minilm-int8}) or {@code auto},
   * rather than a directory.
   *
   * @param name the value of {@code --model} or of the {@code model} setting
   * @return true for a bundled model's name or {@code auto}
   */
  public static boolean bundledName(String name) {
    return AutoModel.NAME.equals(name) || ModelSource.Bundled.named(name).isPresent();
  }

  /**
   * The model a setting's text names, relative paths resolved against {@code base} (a configuration
   * file's or a pom's directory): a bundled model's name or {@code auto} stays a name unless a
   * directory of that name is in {@code base}.
   *
   * @param base the directory relative paths are resolved against
   * @param value the setting's text, such as {@code models/labse} or {@code auto}
   * @return the value for {@link #model()}
   */
  public static Path resolve(Path base, String value) {
    Path path = base.resolve(value).normalize();
    return bundledName(value) && !Files.exists(path) ? Path.of(value) : path;
  }

  /** A single path element that is no file or directory here: a model's name, not a path. */
  private static boolean isName(Path model) {
    return model.getNameCount() == 1 && !model.isAbsolute() && !Files.exists(model);
  }

  /**
   * The model these settings name: a directory (checked for files DJL would load code from), a
   * bundled model's name, {@code auto} (the bundled model {@link AutoModel#forThisCpu()} chooses),
   * or the default bundled model.
   *
   * @param cacheDirectory where bundled models are extracted
   * @return the model's files
   * @throws dev.drift.DriftInputException if the value is a single word that names neither a
   *     directory nor a bundled model (a mistyped name, such as {@code autox})
   * @throws dev.drift.DriftException if the directory is missing, incomplete or unsafe
   */
  public ModelSource source(Path cacheDirectory) {
    if (model == null) {
      return ModelSource.bundled(cacheDirectory);
    }
    if (!isName(model)) {
      return ModelDirectoryCheck.check(ModelSource.directory(model));
    }
    String name = model.toString();
    if (name.equals(AutoModel.NAME)) {
      return ModelSource.bundled(AutoModel.forThisCpu().model(), cacheDirectory);
    }
    checkName(model);
    return ModelSource.bundled(ModelSource.Bundled.named(name).orElseThrow(), cacheDirectory);
  }

  /**
   * Refuses a single word that names neither a directory nor a bundled model: a mistyped name such
   * as {@code autox}, which would otherwise fail later as a missing directory.
   *
   * @param model the value of {@code --model} or of the {@code model} setting
   * @throws DriftInputException saying what {@code --model} takes
   */
  public static void checkName(Path model) {
    if (model != null && isName(model) && !bundledName(model.toString())) {
      throw new DriftInputException(
          "'" + model + "' is neither a model directory nor a bundled model (" + names() + ")");
    }
  }

  /** The names {@code --model} takes besides a directory: "minilm, minilm-int8, auto". */
  static String names() {
    StringBuilder sb = new StringBuilder();
    for (ModelSource.Bundled b : ModelSource.Bundled.values()) {
      sb.append(b.optionName()).append(", ");
    }
    return sb.append(AutoModel.NAME).toString();
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
