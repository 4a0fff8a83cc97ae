package dev.drift.maven;

import dev.drift.DriftException;
import dev.drift.config.Setting;
import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the goals share: the parameters that mean the same to each (the model, the translator, the
 * cache, the output directory, {@code skip}, the project's pom), each documented once in words that
 * fit both goals, {@code drift.skip} handled once, and the outcome split: a {@link DriftException}
 * (bad input or configuration, a failing model) is a {@link MojoExecutionException}, a failing
 * check a {@link MojoFailureException} thrown by the goal. Not thread-safe: Maven makes one
 * instance per execution.
 */
abstract class AbstractDriftMojo extends AbstractMojo {
  /**
   * A model directory ({@code model.onnx}, {@code tokenizer.json}), relative to the project; or a
   * bundled model: {@code minilm} (all-MiniLM-L6-v2, the default), {@code minilm-int8} (quantised
   * to int8) or {@code auto} (int8 where it pays: a CPU with an int8 dot product such as AVX-512
   * VNNI, or an AMD Zen 3; else fp32).
   *
   * @since 0.1.0
   */
  @Parameter(property = "drift.model")
  private String model;

  /**
   * Renders each sentence of a translation in another language into the original's before it is
   * compared: {@code apertium} (Debian's Apertium) or a command reading one sentence per line; per
   * language {@code es=apertium,fr=my-mt --to en}. {@code drift:check} then compares the rendered
   * sentences; {@code drift:stale} uses them to point at the sentences a change of the source
   * concerns. Default: none ({@code drift:check} needs a model that reads both languages; {@code
   * drift:stale} shows a change in another language with its source sentence alone).
   *
   * @since 0.1.0
   */
  @Parameter(property = "drift.translator")
  private String translator;

  /**
   * Where drift extracts the bundled model and keeps its cache of embeddings and results (reports,
   * stale outcomes), so that unchanged text is not embedded or compared again (cache this directory
   * between CI builds). Safe to share between parallel builds. Default: {@code $DRIFT_CACHE_DIR},
   * {@code $XDG_CACHE_HOME/drift} or {@code ~/.cache/drift}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "drift.cacheDirectory")
  private File cacheDirectory;

  /**
   * Whether to read and write the cache of embeddings and results ({@code false}: compute
   * everything every time).
   *
   * @since 0.1.0
   */
  @Parameter(property = "drift.useCache")
  private Boolean useCache;

  /**
   * Where the reports go: the per-document reports and their index page, {@code index.html}, for
   * {@code drift:check}; the stale report ({@code stale.txt}, {@code stale.json}, ...) for {@code
   * drift:stale}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "drift.outputDirectory", defaultValue = "${project.build.directory}/drift")
  private File outputDirectory;

  /**
   * Skips this goal.
   *
   * @since 0.1.0
   */
  @Parameter(property = "drift.skip", defaultValue = "false")
  private boolean skip;

  @Parameter(defaultValue = "${project.file}", readonly = true, required = true)
  private File pom;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("drift: skipped (drift.skip=true)");
      return;
    }
    // DJL warns about CUDA on every machine without a GPU; Maven would show it as [WARNING].
    System.getProperties().putIfAbsent("org.slf4j.simpleLogger.log.ai.djl", "error");
    try {
      run();
    } catch (DriftException e) {
      throw new MojoExecutionException("drift: " + e.getMessage(), e);
    }
  }

  /**
   * The goal's work, once it is not skipped.
   *
   * @throws MojoFailureException if the check fails the build
   * @throws DriftException if the input, the configuration or the model fails
   */
  abstract void run() throws MojoFailureException;

  /**
   * The project's pom.
   *
   * @return its file
   */
  final File pom() {
    return pom;
  }

  /**
   * Where the goal writes its reports.
   *
   * @return the {@code outputDirectory} parameter
   */
  final File outputDirectory() {
    return outputDirectory;
  }

  /**
   * The project directory, against which the pom's relative paths resolve.
   *
   * @return its absolute path
   */
  final Path base() {
    return pom.toPath().toAbsolutePath().getParent();
  }

  /**
   * A new layer for the pom's settings, holding the shared comparison parameters set in the pom
   * (model, translator, cache).
   *
   * @return the layer; the goal adds its own parameters
   */
  final PomSettings settings() {
    PomSettings p = new PomSettings(pom.toPath(), base());
    p.model(model);
    p.text(Setting.TRANSLATOR, translator);
    p.path(Setting.CACHE_DIRECTORY, cacheDirectory);
    p.set(Setting.USE_CACHE, useCache);
    return p;
  }
}
