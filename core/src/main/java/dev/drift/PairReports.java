package dev.drift;

import static dev.drift.StageTimings.timed;

import dev.drift.baseline.Baseline;
import dev.drift.baseline.BaselineEntry;
import dev.drift.embed.EmbeddingModel;
import dev.drift.load.DocumentLoader;
import dev.drift.load.InputFormat;
import dev.drift.load.SourceDocument;
import dev.drift.report.DriftReport;
import dev.drift.report.RenderedReport;
import dev.drift.report.Rendering;
import dev.drift.report.Verdict;
import dev.drift.tools.RecordText;
import dev.drift.tools.ReportCache;
import dev.drift.translate.DocumentTranslators;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reports of pairs of files, served from the cache when it holds one for the same files,
 * options, model and baseline entries, else made by the pipeline and kept; and their drawings, kept
 * beside them, so that a rerun over unchanged files writes what it wrote before without reading the
 * report back or drawing it again. Looking up and keeping are timed as {@code cached report} (with
 * the cache off there is no such stage). Thread-safe.
 */
final class PairReports {
  /** The pipeline over two loaded documents and the pair's baseline entries. */
  interface Pipeline {
    DriftReport compare(SourceDocument original, SourceDocument translation, List<BaselineEntry> e);
  }

  private final ReportCache cache;
  private final InputFormat format;
  private final Pipeline pipeline;

  private PairReports(ReportCache cache, InputFormat format, Pipeline pipeline) {
    this.cache = cache;
    this.format = format;
    this.pipeline = pipeline;
  }

  /**
   * The reports of a checker, kept in its model's store (when the cache is on) under keys that
   * name, besides the files and the baseline entries, the options, the model and the translator.
   *
   * @param options the checker's options
   * @param model its model, with the store
   * @param translators its translate stage
   * @param pipeline its pipeline
   * @return the reports
   */
  static PairReports of(
      DriftOptions options,
      EmbeddingModel model,
      DocumentTranslators translators,
      Pipeline pipeline) {
    ReportCache cache =
        ReportCache.of(
            model.store(),
            () -> RecordText.of(options) + "|" + model.identity() + "|" + translators.identity());
    return new PairReports(cache, options.inputFormat(), pipeline);
  }

  /** Two files read, with the pair's baseline entries and the key of their report. */
  private final class Input {
    final Path original;
    final Path translation;
    final byte[] a;
    final byte[] b;
    final List<BaselineEntry> accepted;
    final Optional<ReportCache.Key> key;

    Input(Path original, Path translation, Baseline baseline) {
      this.original = original;
      this.translation = translation;
      this.accepted = baseline == null ? List.of() : baseline.entries(original, translation);
      this.a = timed("load", () -> DocumentLoader.read(original));
      this.b = timed("load", () -> DocumentLoader.read(translation));
      this.key =
          cache.enabled()
              ? timed("cached report", () -> cache.key(original, a, translation, b, accepted))
              : Optional.empty();
    }

    /** The cached report, else a fresh one, which is then kept. */
    DriftReport report() {
      Optional<DriftReport> cached =
          key.isPresent()
              ? timed("cached report", () -> cache.report(key.get()))
              : Optional.empty();
      if (cached.isPresent()) {
        return cached.get();
      }
      DriftReport report =
          pipeline.compare(
              DocumentLoader.load(original.toString(), a, format),
              DocumentLoader.load(translation.toString(), b, format),
              accepted);
      key.ifPresent(k -> timed("cached report", () -> keep(() -> cache.put(k, report))));
      return report;
    }
  }

  /**
   * A pair's report.
   *
   * @param original the original
   * @param translation its translation
   * @param baseline the baseline, or {@code null}
   * @return the report
   */
  DriftReport report(Path original, Path translation, Baseline baseline) {
    return new Input(original, translation, baseline).report();
  }

  /**
   * A pair's report drawn: what was drawn before when the cache keeps every drawing asked for, else
   * the report (cached or fresh) drawn now, the drawings then kept. Drawing is timed as {@code
   * report}.
   *
   * @param original the original
   * @param translation its translation
   * @param baseline the baseline, or {@code null}
   * @param renderings the drawings
   * @return the verdict and the texts
   */
  RenderedReport rendered(
      Path original, Path translation, Baseline baseline, List<Rendering> renderings) {
    Input in = new Input(original, translation, baseline);
    if (in.key.isPresent() && !renderings.isEmpty()) {
      Optional<RenderedReport> kept = timed("cached report", () -> kept(in.key.get(), renderings));
      if (kept.isPresent()) {
        return kept.get();
      }
    }
    DriftReport report = in.report();
    List<String> texts = new ArrayList<>();
    for (Rendering r : renderings) {
      String text = timed("report", () -> r.draw(report));
      texts.add(text);
      in.key.ifPresent(
          k ->
              timed(
                  "cached report",
                  () -> keep(() -> cache.putRendered(k, r, report.verdict(), text))));
    }
    return new RenderedReport(report.verdict(), texts);
  }

  private Optional<RenderedReport> kept(ReportCache.Key key, List<Rendering> renderings) {
    Verdict verdict = null;
    List<String> texts = new ArrayList<>();
    for (Rendering r : renderings) {
      Optional<RenderedReport> one = cache.rendered(key, r);
      if (one.isEmpty() || (verdict != null && verdict != one.get().verdict())) {
        return Optional.empty();
      }
      verdict = one.get().verdict();
      texts.add(one.get().texts().get(0));
    }
    return Optional.of(new RenderedReport(verdict, texts));
  }

  private static Void keep(Runnable store) {
    store.run();
    return null;
  }
}
