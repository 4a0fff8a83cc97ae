package dev.drift;

import static dev.drift.StageTimings.timed;

import dev.drift.align.Aligner;
import dev.drift.embed.Embedder;
import dev.drift.embed.EmbeddingModel;
import dev.drift.segment.SentenceSegmenter;
import dev.drift.shift.ShiftFinder;
import java.util.function.Supplier;

/**
 * A checker's pipeline stages that cost something to set up (ICU's sentence rules, the shift
 * detectors' WordNet), each made when a comparison first needs it: a report served from the cache
 * needs none of them, and a translation identical to its original needs no aligner and no shift
 * detectors. Thread-safe.
 */
final class Stages {
  final Lazy<SentenceSegmenter> originalSegmenter;
  final Lazy<SentenceSegmenter> translationSegmenter;
  final Lazy<Aligner> aligner;
  final Lazy<ShiftFinder> shiftFinder;

  /**
   * The model handle a checker's options name, with the persistent cache opened when they turn it
   * on; the opening is timed as {@code cache open} (with the cache off there is no such stage), the
   * model's loading (on the first text the cache misses) as {@code model load}.
   *
   * @param options the checker's options
   * @return the handle; nothing is loaded yet
   */
  static EmbeddingModel openModel(DriftOptions options) {
    Supplier<EmbeddingModel> open =
        () -> EmbeddingModel.open(options.model(), options.cache(), l -> timed("model load", l));
    return options.cache().enabled() ? timed("cache open", open) : open.get();
  }

  /**
   * The stages for a checker's options and model; nothing is made yet.
   *
   * @param options the checker's options
   * @param model the checker's model
   */
  Stages(DriftOptions options, Embedder model) {
    originalSegmenter = Lazy.of(() -> SentenceSegmenter.create(options.originalLanguage()));
    translationSegmenter =
        Lazy.of(() -> SentenceSegmenter.create(options.effectiveTranslationLanguage()));
    aligner = Lazy.of(() -> Aligner.create(options.alignment(), model));
    // Loading WordNet is most of it: timed apart from the shift stage, which it would inflate.
    shiftFinder =
        Lazy.of(() -> timed("shift setup", () -> ShiftFinder.create(options.shifts(), model)));
  }
}
