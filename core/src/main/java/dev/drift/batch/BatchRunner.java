package dev.drift.batch;

import dev.drift.BundleChecker;
import dev.drift.DriftChecker;
import dev.drift.DriftException;
import dev.drift.DriftInputException;
import dev.drift.DriftOptions;
import dev.drift.baseline.Baseline;
import dev.drift.embed.Embedder;
import dev.drift.report.DriftReport;
import dev.drift.report.RenderOptions;
import dev.drift.report.ReportFiles;
import dev.drift.report.ReportFormat;
import dev.drift.report.ReportRenderer;
import dev.drift.report.RunRenderer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a {@link BatchRequest}: pairs the trees, compares every pair with one model, applies the
 * baseline, writes each document's reports, the run-level reports and the index page, and tells a
 * {@link BatchListener} as it goes.
 *
 * <pre>{@code
 * BatchRequest request =
 *     BatchRequest.builder()
 *         .optSourceDirectory(Path.of("docs/en"))
 *         .optTranslations(List.of(TranslationTree.of(Path.of("docs/fr"))))
 *         .optOutputDirectory(Path.of("target/drift"))
 *         .build();
 * BatchSummary summary = BatchRunner.create().run(request, BatchListener.NONE);
 * System.out.println(summary.describe());
 * }</pre>
 *
 * <p>The configuration is checked and the trees are paired before the model loads, so a bad
 * configuration fails fast. Documents are compared by a small pool of threads (two by default, or
 * fewer on a machine with fewer cores) sharing one model: while one thread embeds, which the model
 * serialises, another loads, segments, aligns and grades its shifts. Translation files (XLIFF, PO,
 * bundles) are checked unit by unit ({@link BundleChecker#sharing}) over the same model. Outcomes
 * are reported in the pairing order whatever order they finish in. An unreadable or malformed
 * document stops the run with a {@link DriftInputException} naming it. Instances are immutable and
 * thread-safe.
 */
public final class BatchRunner {
  private static final RenderOptions PLAIN = RenderOptions.defaults();
  private static final String UNDETERMINED = "und";

  /** The default number of comparisons run at once. */
  public static final int DEFAULT_THREADS =
      Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

  private final Embedder embedder;
  private final int threads;

  private BatchRunner(Embedder embedder, int threads) {
    this.embedder = embedder;
    this.threads = threads;
  }

  /**
   * A runner that loads the model each request's options name ({@link
   * DriftChecker#loadEmbedder(DriftOptions)}) once per run, when the first pair is compared, and
   * closes it at the end of the run.
   *
   * @return the runner
   */
  public static BatchRunner create() {
    return new BatchRunner(null, DEFAULT_THREADS);
  }

  /**
   * A runner over an embedder the caller owns (and closes); the requests' model settings are
   * ignored.
   *
   * @param embedder the embedder
   * @return the runner
   */
  public static BatchRunner create(Embedder embedder) {
    return new BatchRunner(embedder, DEFAULT_THREADS);
  }

  /**
   * Returns a copy that compares this many documents at once.
   *
   * @param threads at least 1
   * @return the copy
   */
  public BatchRunner withThreads(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, not " + threads);
    }
    return new BatchRunner(embedder, threads);
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
    Baseline baseline = request.baseline() == null ? null : Baseline.read(request.baseline());
    TreePairer.Pairing pairing = TreePairer.pair(request);
    for (DocumentPair pair : pairing.pairs()) {
      if (units(pair)) {
        // A malformed translation file stops the run before the model loads or a file is written.
        BundleChecker.read(pair.original(), pair.isBilingual() ? null : pair.translation());
      }
    }
    ReportPaths paths =
        request.outputDirectory() == null ? null : ReportPaths.create(request.outputDirectory());
    BatchListener serial = serialized(listener);
    List<MissingCounterpart> missing =
        request.missingPolicy() == MissingPolicy.IGNORE ? List.of() : pairing.missing();
    serial.runStarted(pairing.pairs().size());
    for (MissingCounterpart m : missing) {
      serial.missingCounterpart(m, request.missingPolicy());
    }
    List<DocumentOutcome> outcomes = new ArrayList<>();
    List<DriftReport> reports = new ArrayList<>();
    if (!pairing.pairs().isEmpty()) {
      // One model and one cache for every language; the model loads when a text is not cached.
      try (DriftChecker base =
          embedder != null
              ? DriftChecker.create(request.options(), embedder)
              : DriftChecker.create(request.options())) {
        compareAll(request, pairing.pairs(), base, baseline, paths, serial, outcomes, reports);
      }
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    BatchSummary summary =
        new BatchSummary(
            outcomes,
            missing,
            request.missingPolicy(),
            elapsed,
            paths == null ? null : paths.index(),
            RunReports.of(request, outcomes, reports, missing, elapsed));
    if (paths != null) {
      for (ReportFormat format : request.formats()) {
        if (!format.perDocument()) {
          RunRenderer renderer = format.runRenderer(PLAIN);
          ReportFiles.write(
              paths.resolve(format.runFileName()), out -> renderer.render(summary.run(), out));
        }
      }
      RunRenderer index = ReportFormat.HTML.runRenderer(PLAIN);
      ReportFiles.write(paths.index(), out -> index.render(summary.run(), out));
    }
    return summary;
  }

  private void compareAll(
      BatchRequest request,
      List<DocumentPair> pairs,
      DriftChecker base,
      Baseline baseline,
      ReportPaths paths,
      BatchListener listener,
      List<DocumentOutcome> outcomes,
      List<DriftReport> reports) {
    Map<String, DriftChecker> checkers = new ConcurrentHashMap<>();
    AtomicInteger counter = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(threads, pairs.size()),
            r -> {
              Thread t = new Thread(r, "drift-batch-" + counter.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<Object[]>> futures = new ArrayList<>();
      for (DocumentPair pair : pairs) {
        futures.add(
            pool.submit(
                () -> {
                  listener.documentStarted(pair);
                  DriftChecker checker =
                      checkers.computeIfAbsent(
                          pair.originalLanguage() + "|" + pair.translationLanguage(),
                          k ->
                              base.withLanguages(
                                  pair.originalLanguage(),
                                  UNDETERMINED.equals(pair.translationLanguage())
                                      ? null
                                      : pair.translationLanguage()));
                  DriftReport report;
                  if (units(pair)) {
                    report =
                        BundleChecker.sharing(checker)
                            .compare(
                                pair.original(),
                                pair.isBilingual() ? null : pair.translation(),
                                baseline);
                  } else {
                    report = checker.compare(pair.original(), pair.translation(), baseline);
                  }
                  DocumentOutcome outcome =
                      DocumentOutcome.of(
                          pair, report, write(paths, request.formats(), pair, report));
                  listener.documentFinished(outcome, report);
                  return new Object[] {outcome, report};
                }));
      }
      for (Future<Object[]> f : futures) {
        Object[] done = await(f);
        outcomes.add((DocumentOutcome) done[0]);
        reports.add((DriftReport) done[1]);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Object[] await(Future<Object[]> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DriftException("interrupted while checking documents", e);
    } catch (ExecutionException e) {
      throw DriftException.rethrown(e.getCause());
    }
  }

  /** Whether a pair is of translation files, checked unit by unit. */
  private static boolean units(DocumentPair pair) {
    return pair.isBilingual() || BundleChecker.handles(pair.original(), pair.translation(), null);
  }

  /** A listener whose calls never overlap, whichever thread makes them. */
  private static BatchListener serialized(BatchListener listener) {
    return new BatchListener() {
      @Override
      public synchronized void runStarted(int documents) {
        listener.runStarted(documents);
      }

      @Override
      public synchronized void missingCounterpart(MissingCounterpart m, MissingPolicy policy) {
        listener.missingCounterpart(m, policy);
      }

      @Override
      public synchronized void documentStarted(DocumentPair pair) {
        listener.documentStarted(pair);
      }

      @Override
      public synchronized void documentFinished(DocumentOutcome outcome, DriftReport report) {
        listener.documentFinished(outcome, report);
      }
    };
  }

  private static Map<ReportFormat, String> write(
      ReportPaths paths, List<ReportFormat> formats, DocumentPair pair, DriftReport report) {
    Map<ReportFormat, String> written = new LinkedHashMap<>();
    if (paths == null) {
      return written;
    }
    for (ReportFormat format : formats) {
      if (!format.perDocument()) {
        continue;
      }
      Path file = paths.report(pair, format);
      ReportRenderer renderer = format.renderer(PLAIN);
      ReportFiles.write(file, out -> renderer.render(report, out));
      written.put(format, ReportPaths.relativeReport(pair, format));
    }
    return written;
  }
}
