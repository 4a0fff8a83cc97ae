package dev.drift.maven;

import dev.drift.DriftInputException;
import dev.drift.batch.TranslationTree;
import dev.drift.report.ReportFiles;
import dev.drift.stale.FailOn;
import dev.drift.stale.StaleChecker;
import dev.drift.stale.StaleFormat;
import dev.drift.stale.StaleReport;
import dev.drift.stale.StaleRequest;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lists the translations whose source changed since they were last updated, and fails the build
 * when a change is one of meaning ({@code drift stale}): the project must be in a git work tree,
 * whose history is read through JGit. Each translation's base is the source as it was at the last
 * commit that touched the translation, or at the revision its front matter names ({@code
 * source-revision: <sha>}), or at {@code since}; the current source is the file in the work tree.
 * Runs offline: the default model is a dependency of this plugin.
 */
@Mojo(name = "stale", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class StaleMojo extends AbstractDriftMojo {
  /**
   * The directory holding the sources (required), inside a git work tree.
   *
   * @since 0.1.0
   */
  @Parameter(property = "drift.sourceDirectory", required = true)
  private File sourceDirectory;

  /**
   * Translation directories mirroring {@code sourceDirectory}: paths whose last segment is the
   * language ({@code src/docs/fr}), or {@code <directory>} and {@code <language>} elements. With
   * {@code -D}: comma-separated paths.
   *
   * @since 0.1.0
   */
  @Parameter(property = "drift.translationDirectories", required = true)
  private List<TranslationDirectory> translationDirectories;

  /**
   * A revision (commit, tag, branch) to compare every source against, instead of each translation's
   * base.
   *
   * @since 0.1.0
   */
  @Parameter(property = "drift.since")
  private String since;

  /**
   * The front-matter key naming the source revision a translation renders.
   *
   * @since 0.1.0
   */
  @Parameter(property = "drift.frontMatterKey", defaultValue = StaleRequest.DEFAULT_KEY)
  private String frontMatterKey;

  /**
   * What fails the build: {@code outdated} (a change of meaning, the default), {@code cosmetic}
   * (any change of the source) or {@code never}.
   *
   * @since 0.1.0
   */
  @Parameter(property = "drift.failOn", defaultValue = "outdated")
  private String failOn;

  /**
   * Report formats, written to {@code outputDirectory} as {@code stale.txt}, {@code stale.json}
   * ({@code drift-stale/1}), {@code stale.md} and {@code stale.sarif}: {@code text}, {@code json},
   * {@code markdown}, {@code sarif} (default: text and json).
   *
   * @since 0.1.0
   */
  @Parameter(property = "drift.formats", defaultValue = "text,json")
  private List<String> formats;

  @Override
  void run() throws MojoFailureException {
    Path base = base();
    FailOn fail = parse("failOn", () -> FailOn.parse(failOn));
    List<StaleFormat> renderers = new ArrayList<>();
    for (String listed : formats) {
      for (String f : listed.split(",")) {
        renderers.add(parse("formats", () -> StaleFormat.parse(f)));
      }
    }
    List<Path> dirs = new ArrayList<>();
    Map<Path, String> languages = new HashMap<>();
    for (TranslationDirectory t : translationDirectories) {
      TranslationTree tree = t.toTree(base);
      dirs.add(tree.directory());
      languages.put(tree.directory(), tree.language());
    }
    StaleRequest request =
        new StaleRequest(
            base.resolve(sourceDirectory.toPath()), dirs, since, frontMatterKey, languages);
    PomSettings p = settings();
    StaleReport report;
    try (StaleChecker checker = StaleChecker.create(p.build().toOptions())) {
      report = checker.check(request);
    }
    Path out = outputDirectory().toPath();
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new DriftInputException(out + ": cannot create the report directory (" + e + ")");
    }
    for (StaleFormat format : renderers) {
      Path file = out.resolve("stale." + extension(format));
      ReportFiles.write(file, w -> format.render(report, w));
    }
    int failing = StaleLog.log(getLog(), report, fail);
    if (failing > 0) {
      throw new MojoFailureException(StaleLog.failure(report, fail, failing, outputDirectory()));
    }
  }

  private static String extension(StaleFormat format) {
    return switch (format) {
      case TEXT -> "txt";
      case MARKDOWN -> "md";
      default -> format.name().toLowerCase(Locale.ROOT);
    };
  }

  private <T> T parse(String parameter, Supplier<T> parser) {
    try {
      return parser.get();
    } catch (IllegalArgumentException e) {
      throw new DriftInputException(
          "invalid <" + parameter + "> in " + pom() + ": " + e.getMessage());
    }
  }
}
