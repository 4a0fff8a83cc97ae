package dev.drift.cli.options;

import dev.drift.DriftOptions;
import dev.drift.embed.Pooling;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Which model embeds the sentences, and how. */
public final class ModelOptions {
  @Option(
      names = "--model",
      paramLabel = "DIR|NAME",
      description =
          "A sentence-transformer exported to ONNX: a directory with model.onnx and"
              + " tokenizer.json; or a bundled model: minilm (all-MiniLM-L6-v2, the default) or"
              + " minilm-int8 (the same quantised to int8: a quarter of the size).")
  Path model;

  @Option(
      names = "--pooling",
      paramLabel = "MODE",
      description =
          "How token vectors become a sentence vector: ${COMPLETION-CANDIDATES}. Default: the"
              + " model's 1_Pooling/config.json, else mean.")
  Pooling pooling;

  @Option(
      names = "--no-normalize",
      description = "Do not scale sentence vectors to unit length before comparing them.")
  boolean noNormalize;

  @Option(
      names = "--cache-dir",
      paramLabel = "DIR",
      description =
          "Where drift keeps the extracted model and its cache of embeddings and reports."
              + " Default: $DRIFT_CACHE_DIR,"
              + " $XDG_CACHE_HOME/drift or ~/.cache/drift.")
  Path cacheDir;

  @Option(
      names = "--no-cache",
      description =
          "Neither read nor write the cache of embeddings and reports (in the cache directory).")
  boolean noCache;

  /**
   * Applies the model options.
   *
   * @param options the options so far
   * @return the options with these model settings
   */
  public DriftOptions applyTo(DriftOptions options) {
    DriftOptions o = options.withPooling(pooling).withNormalize(!noNormalize).withCache(!noCache);
    if (model != null) {
      o = o.withModelDirectory(model);
    }
    if (cacheDir != null) {
      o = o.withCacheDirectory(cacheDir);
    }
    return o;
  }
}
