package dev.drift;

import static dev.drift.StageTimings.timed;

import dev.drift.embed.EmbeddingModel;
import dev.drift.language.LanguageGuard;
import dev.drift.segment.SegmentedDocument;
import dev.drift.shift.ShiftFinder;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Two steps of the pipeline that do not depend on each other, run at once: the language guard (pure
 * computation over the language profiles) on a background thread while the calling thread loads the
 * model the next stage needs. On two cores the guard's second and the model's second are one.
 *
 * <p>Failures keep the pipeline's order: when both steps fail, the step that comes first in the
 * pipeline ({@code first}, the guard: exit 2) is the one thrown, as it was when they ran one after
 * the other. An error of the background thread (out of memory, say) is thrown on the calling
 * thread, never printed there.
 */
final class SideBySide {
  private SideBySide() {}

  /**
   * The language guard's outcome for a pair, told on a helper thread while this one loads the model
   * (unless the cache holds every sentence of the original) and a third reads the shift detectors'
   * WordNet: a pair identical to its original needs neither. Throws what the guard throws, else
   * what loading the model throws.
   *
   * @param guard the pair's guard
   * @param a the original, segmented
   * @param written the translation, segmented, as written
   * @param model the model the embed stage will use
   * @param shifts the shift detectors, made on first use
   * @return the guard's outcome
   */
  static LanguageGuard.Outcome languages(
      LanguageGuard guard,
      SegmentedDocument a,
      SegmentedDocument written,
      EmbeddingModel model,
      Lazy<ShiftFinder> shifts) {
    boolean differs = !IdenticalPair.test(a, written); // an identical pair needs no model
    if (differs) {
      shifts.prefetch();
    }
    return run(
        () -> timed("language", () -> guard.check(a, written)),
        () -> {
          if (differs) {
            model.prepare(a.texts());
          }
        });
  }

  /**
   * Runs {@code first} on a background (daemon) thread and {@code meanwhile} on this one, and
   * returns what {@code first} returned once both are done.
   *
   * @param first the earlier step of the pipeline, whose result the next stages need
   * @param meanwhile a later step's preparation that needs nothing of {@code first}
   * @param <T> what {@code first} returns
   * @return what {@code first} returned
   * @throws RuntimeException what {@code first} threw, else what {@code meanwhile} threw
   */
  static <T> T run(Supplier<T> first, Runnable meanwhile) {
    CompletableFuture<T> result = new CompletableFuture<>();
    Thread thread =
        new Thread(
            () -> {
              try {
                result.complete(first.get());
              } catch (Throwable e) {
                result.completeExceptionally(e);
              }
            },
            "drift-side-by-side");
    thread.setDaemon(true);
    thread.start();
    RuntimeException later = null;
    try {
      meanwhile.run();
    } catch (RuntimeException e) {
      later = e;
    }
    T value;
    try {
      value = result.join();
    } catch (CompletionException e) {
      throw DriftException.rethrown(e.getCause());
    }
    if (later != null) {
      throw later;
    }
    return value;
  }
}
