package dev.drift.batch;

import dev.drift.DriftChecker;
import dev.drift.DriftException;
import dev.drift.DriftInputException;
import dev.drift.DriftOptions;
import dev.drift.embed.Embedder;
import dev.drift.report.DriftReport;
import dev.drift.report.ReportFiles;
import dev.drift.report.ReportFormat;
import dev.drift.report.ReportRenderer;
import dev.drift.report.text.TextRenderer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a {@link BatchRequest}: pairs the trees, compares every pair with one model, writes each
 * document's reports and the index page, and tells a {@link BatchListener} as it goes.
 *
 * <pre>{@code
 * BatchRequest request =
 *     BatchRequest.of(Path.of("docs/en"), List.of(TranslationTree.of(Path.of("docs/fr"))))
 *         .withReports(Path.of("target/drift"), null);
 * BatchSummary summary = BatchRunner.create().run(request, BatchListener.NONE);
 * System.out.println(summary.describe());
 * }</pre>
 *
 * <p>The configuration is checked and the trees are paired before the model loads, so a bad
 * configuration fails fast. An unreadable or malformed document stops the run with a {@link
 * DriftInputException} naming it. Instances are thread-safe; one run uses one thread.
 */
public final class BatchRunner {
  private static final TextRenderer.Options PLAIN_TEXT = TextRenderer.Options.defaults();

  private final Embedder embedder;

  private BatchRunner(Embedder embedder) {
    this.embedder = embedder;
  }

  /**
   * A runner that loads the model each request's options name ({@link
   * DriftChecker#loadEmbedder(DriftOptions)}) once per run, when the first pair is compared, and
   * closes it at the end of the run.
   *
   * @return the runner
   */
  public static BatchRunner create() {
    return new BatchRunner(null);
  }

  /**
   * A runner over an embedder the caller owns (and closes); the requests' model settings are
   * ignored.
   *
   * @param embedder the embedder
   * @return the runner
   */
  public static BatchRunner create(Embedder embedder) {
    return new BatchRunner(embedder);
  }

  /**
   * Runs a request.
   *
   * @param request what to check
   * @param listener hears about progress
   * @return what the run found
   * @throws DriftInputException if a directory, a document, the baseline or an output file is
   *     unusable
   * @throws DriftException if the model fails
   */
  public BatchSummary run(BatchRequest request, BatchListener listener) {
    long start = System.nanoTime();
    if (request.baseline() != null) {
      // TODO(baseline): apply the baseline through dev.drift.baseline once the lead lands the
      // baseline format with shift detection in core; until then a configured baseline is refused
      // rather than silently ignored.
      throw new DriftInputException(
          request.baseline() + ": baseline files are not supported by this version of drift yet");
    }
    TreePairer.Pairing pairing = TreePairer.pair(request);
    ReportPaths paths =
        request.outputDirectory() == null ? null : ReportPaths.create(request.outputDirectory());
    List<MissingCounterpart> missing =
        request.missingPolicy() == MissingPolicy.IGNORE ? List.of() : pairing.missing();
    for (MissingCounterpart m : missing) {
      listener.missingCounterpart(m, request.missingPolicy());
    }
    List<DocumentOutcome> outcomes = new ArrayList<>();
    if (!pairing.pairs().isEmpty()) {
      // One model and one cache for every language; the model loads when a text is not cached.
      try (DriftChecker base =
          embedder != null
              ? DriftChecker.create(request.options(), embedder)
              : DriftChecker.create(request.options())) {
        Map<String, DriftChecker> checkers = new HashMap<>();
        for (DocumentPair pair : pairing.pairs()) {
          listener.documentStarted(pair);
          DriftChecker checker =
              checkers.computeIfAbsent(
                  pair.translationLanguage(),
                  language -> base.withLanguages(request.sourceLanguage(), language));
          DriftReport report = checker.compare(pair.original(), pair.translation());
          DocumentOutcome outcome =
              DocumentOutcome.of(pair, report, write(paths, request.formats(), pair, report));
          outcomes.add(outcome);
          listener.documentFinished(outcome, report);
        }
      }
    }
    BatchSummary summary =
        new BatchSummary(
            outcomes,
            missing,
            request.missingPolicy(),
            Duration.ofNanos(System.nanoTime() - start),
            paths == null ? null : paths.index());
    if (paths != null) {
      ReportFiles.write(paths.index(), out -> IndexPage.render(request, summary, out));
    }
    return summary;
  }

  private static Map<ReportFormat, String> write(
      ReportPaths paths, List<ReportFormat> formats, DocumentPair pair, DriftReport report) {
    Map<ReportFormat, String> written = new LinkedHashMap<>();
    if (paths == null) {
      return written;
    }
    for (ReportFormat format : formats) {
      Path file = paths.report(pair, format);
      ReportRenderer renderer = format.renderer(PLAIN_TEXT);
      ReportFiles.write(file, out -> renderer.render(report, out));
      written.put(format, ReportPaths.relativeReport(pair, format));
    }
    return written;
  }
}
