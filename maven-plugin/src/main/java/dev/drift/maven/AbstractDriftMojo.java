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
 * What the goals share: the parameters that mean the same to each (the model, the project's pom),
 * {@code drift.skip} handled once, and the outcome split: a {@link DriftException} (bad input or
 * configuration, a failing model) is a {@link MojoExecutionException}, a failing check a {@link
 * MojoFailureException} thrown by the goal. A parameter each goal documents in its own words
 * ({@code skip}, {@code translator}, the cache, the output directory) stays in the goal, so that
 * its help reads as before. Not thread-safe: Maven makes one instance per execution.
 */
abstract class AbstractDriftMojo extends AbstractMojo {
  /**
   * A model directory ({@code model.onnx}, {@code tokenizer.json}). Default: all-MiniLM-L6-v2.
   *
   * @since 0.1.0
   */
  @Parameter(property = "drift.model")
  private File model;

  @Parameter(defaultValue = "${project.file}", readonly = true, required = true)
  private File pom;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip()) {
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
   * Whether the goal is skipped ({@code drift.skip}).
   *
   * @return the goal's {@code skip} parameter
   */
  abstract boolean skip();

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
   * The project directory, against which the pom's relative paths resolve.
   *
   * @return its absolute path
   */
  final Path base() {
    return pom.toPath().toAbsolutePath().getParent();
  }

  /**
   * A new layer for the pom's settings, holding the shared parameters set in the pom.
   *
   * @return the layer; the goal adds its own parameters
   */
  final PomSettings settings() {
    PomSettings p = new PomSettings(pom.toPath(), base());
    p.path(Setting.MODEL, model);
    return p;
  }
}
