package dev.drift.cli.options;

import dev.drift.config.Setting;
import dev.drift.config.Settings;
import dev.drift.embed.Pooling;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Which model embeds the sentences, how, and where its cache lives. */
public final class ModelOptions implements SettingsSource {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--model",
      paramLabel = "DIR|NAME",
      description =
          "A sentence-transformer exported to ONNX: a directory with model.onnx and"
              + " tokenizer.json; or a bundled model: minilm (all-MiniLM-L6-v2, the default),"
              + " minilm-int8 (the same quantised to int8: a quarter of the size) or auto"
              + " (minilm-int8 where it pays: a CPU with an int8 dot product such as AVX-512"
              + " VNNI, or an AMD Zen 3; else minilm; --verbose says which).")
  void setModel(Path value) {
    model = SettingsSource.check(spec, Setting.MODEL, value, "--model");
  }

  private Path model;

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

  @Override
  public void addTo(Settings.Builder commandLine) {
    commandLine
        .set(Setting.MODEL, model, "--model")
        .set(Setting.POOLING, pooling, "--pooling")
        .set(Setting.NORMALIZE, noNormalize ? false : null, "--no-normalize")
        .set(Setting.CACHE_DIRECTORY, cacheDir, "--cache-dir")
        .set(Setting.USE_CACHE, noCache ? false : null, "--no-cache");
  }
}
