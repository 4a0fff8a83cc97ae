package dev.drift;

import static dev.drift.StageTimings.timed;

import dev.drift.align.Aligner;
import dev.drift.align.Alignment;
import dev.drift.baseline.Baseline;
import dev.drift.baseline.BaselineEntry;
import dev.drift.baseline.BaselineMatcher;
import dev.drift.embed.DocumentEmbedder;
import dev.drift.embed.EmbeddedPair;
import dev.drift.embed.Embedder;
import dev.drift.embed.EmbeddingModel;
import dev.drift.embed.ModelInfo;
import dev.drift.language.LanguageGuard;
import dev.drift.load.SourceDocument;
import dev.drift.report.DriftReport;
import dev.drift.report.RenderedReport;
import dev.drift.report.Rendering;
import dev.drift.report.ReportAssembler;
import dev.drift.score.DriftScorer;
import dev.drift.segment.SegmentedDocument;
import dev.drift.shift.ShiftFinder;
import dev.drift.shift.Shifts;
import dev.drift.translate.DocumentTranslators;
import java.nio.file.Path;
import java.util.List;

/**
 * The drift facade: compares a document with its translation, stage by stage — load, segment,
 * (translate), embed, align, shift, (baseline), score, report.
 *
 * <pre>{@code
 * try (DriftChecker checker = DriftChecker.create(DriftOptions.defaults())) {
 *   DriftReport report = checker.compare(Path.of("en/guide.md"), Path.of("fr/guide.md"));
 *   System.out.println(report.drift() + " " + report.verdict());
 * }
 * }</pre>
 *
 * <p>The model is loaded on the first comparison that needs it and reused for every later one;
 * close the checker to release it. Instances are thread-safe.
 */
public final class DriftChecker implements AutoCloseable {
  private final DriftOptions options;
  final EmbeddingModel model; // BundleChecker.sharing reuses it
  private final boolean ownsModel;
  private final PairReports reports;
  private final LanguageGuard languageGuard;
  private final DocumentTranslators translators;
  private final DocumentEmbedder embedder;
  final Stages stages; // made on first use; tests see which were

  private DriftChecker(DriftOptions options, EmbeddingModel model, boolean ownsModel) {
    this.options = options;
    this.model = model;
    this.ownsModel = ownsModel;
    this.translators =
        DocumentTranslators.create(
            options.translator(),
            options.originalLanguage(),
            options.effectiveTranslationLanguage(),
            model.store());
    this.reports = PairReports.of(options, model, translators, this::compare);
    this.languageGuard = LanguageGuards.of(options, translators);
    this.embedder = DocumentEmbedder.create(model);
    this.stages = new Stages(options, model);
  }

  /**
   * Creates a checker that loads its model (the bundled one, or the one the options name) on first
   * use, with the persistent cache when the options turn it on.
   *
   * @param options the options
   * @return the checker; close it when done
   * @throws DriftInputException if the translator the options name is not installed
   */
  public static DriftChecker create(DriftOptions options) {
    EmbeddingModel model = Stages.openModel(options);
    try {
      return new DriftChecker(options, model, true);
    } catch (RuntimeException e) {
      model.close(); // a translator that is not installed, say: release the cache
      throw e;
    }
  }

  /**
   * Creates a checker over an embedder the caller owns (and closes), for sharing one model between
   * checkers or for tests; no cache is used.
   *
   * @param options the options (model and cache settings are ignored)
   * @param embedder the embedder
   * @return the checker
   */
  public static DriftChecker create(DriftOptions options, Embedder embedder) {
    return new DriftChecker(options, EmbeddingModel.of(embedder), true);
  }

  /**
   * A checker for other languages that shares this one's model and cache (for a batch over several
   * translation languages). Close this checker, not the returned one, when done.
   *
   * @param original the original's language
   * @param translation the translation's language
   * @return the checker
   * @throws DriftInputException if a language tag is malformed, or the translator configured for
   *     the languages is not installed
   */
  public DriftChecker withLanguages(String original, String translation) {
    DriftOptions o =
        options.toBuilder()
            .optOriginalLanguage(original)
            .optTranslationLanguage(translation)
            .build();
    return new DriftChecker(o, model, false);
  }

  /**
   * Returns the options.
   *
   * @return the options this checker was created with
   */
  public DriftOptions options() {
    return options;
  }

  /**
   * Describes the model, loading it if needed.
   *
   * @return the model's name, hash and dimensions
   */
  public ModelInfo model() {
    return model.info();
  }

  /**
   * Compares two files, as {@link #compare(Path, Path, Baseline)} does without a baseline.
   *
   * @param original the original
   * @param translation its translation
   * @return the report
   */
  public DriftReport compare(Path original, Path translation) {
    return compare(original, translation, null);
  }

  /**
   * Compares two files under a baseline: shifts it accepts are marked accepted, add nothing to
   * drift and do not fail the verdict; its entries for the pair that match nothing are listed as
   * stale. With the cache on, a report for unchanged files, options and baseline entries is served
   * from the cache.
   *
   * @param original the original
   * @param translation its translation
   * @param baseline the baseline, or {@code null} for none
   * @return the report
   * @throws DriftInputException if a file cannot be read or parsed
   * @throws DriftException if the model fails
   */
  public DriftReport compare(Path original, Path translation, Baseline baseline) {
    return reports.report(original, translation, baseline);
  }

  /**
   * Compares two files under a baseline, as {@link #compare(Path, Path, Baseline)} does, and draws
   * the report; with the cache on, the drawings of an unchanged pair's report are served as drawn,
   * the report not read back. Throws as that method does.
   *
   * @param original the original
   * @param translation its translation
   * @param baseline the baseline, or {@code null} for none
   * @param renderings the drawings wanted
   * @return the verdict and one text per drawing
   */
  public RenderedReport compare(
      Path original, Path translation, Baseline baseline, List<Rendering> renderings) {
    return reports.rendered(original, translation, baseline, renderings);
  }

  /**
   * Compares two loaded documents.
   *
   * @param original the original
   * @param translation its translation
   * @return the report
   * @throws DriftException if the model fails
   */
  public DriftReport compare(SourceDocument original, SourceDocument translation) {
    return compare(original, translation, List.of());
  }

  /**
   * Compares two loaded documents under the baseline entries of the pair: the pipeline.
   *
   * @param original the original
   * @param translation its translation
   * @param accepted the pair's baseline entries (see {@link Baseline#entries})
   * @return the report
   * @throws DriftInputException if the pair is too long to align, or the model cannot read a side
   *     (a translation not in English under the English model, without a translator)
   * @throws DriftException if the model fails
   */
  public DriftReport compare(
      SourceDocument original, SourceDocument translation, List<BaselineEntry> accepted) {
    SegmentedDocument a = timed("segment", () -> stages.originalSegmenter.get().segment(original));
    SegmentedDocument written =
        timed("segment", () -> stages.translationSegmenter.get().segment(translation));
    LanguageGuard.Outcome languages =
        SideBySide.languages(languageGuard, a, written, model, stages.shiftFinder);
    SegmentedDocument in = written.withLanguage(languages.translationLanguage());
    SegmentedDocument b = timed("translate", () -> translators.render(in, a));
    Aligner.checkSize(a, b);
    boolean same = IdenticalPair.test(a, b); // then no vector, alignment or shift is computed
    EmbeddedPair embedded =
        timed("embed", () -> same ? embedder.withoutVectors(a, b) : embedder.embed(a, b));
    Alignment alignment =
        same
            ? IdenticalPair.alignment(a.size())
            : timed("align", () -> stages.aligner.get().align(embedded));
    ShiftFinder finder = same ? null : stages.shiftFinder.get(); // set up outside the shift stage
    Shifts shifts =
        same
            ? IdenticalPair.shifts(a.size())
            : timed("shift", () -> finder.find(alignment, a, b, embedded));
    BaselineMatcher.Reviewed reviewed =
        BaselineMatcher.of(accepted).review(alignment, a, b, shifts);
    DriftScorer.Score score =
        DriftScorer.score(alignment, a, b, reviewed.shifts(), options.thresholds());
    return ReportAssembler.assemble(
        a,
        b,
        embedded,
        alignment,
        reviewed.shifts(),
        reviewed.stale(),
        score,
        languages.warnings());
  }

  @Override
  public void close() {
    if (ownsModel) {
      model.close();
    }
  }
}
