package dev.drift.spark;

import dev.drift.DriftChecker;
import dev.drift.DriftOptions;
import dev.drift.embed.EmbeddingModel;
import dev.drift.segment.SentenceSegmenter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The drift model of one executor JVM, created by the first task that needs it and shared by every
 * later task of the JVM (never one per row or per task): the model of {@code drift compare
 * --no-cache} (the default options' model, without the persistent cache), so that executors write
 * nothing outside Spark's output. Checkers (one per translator and language pair) and segmenters
 * are kept beside it. Thread-safe.
 */
final class ExecutorModel {
  private static PrefetchingEmbedder embedder;
  private static final Map<String, DriftChecker> CHECKERS = new ConcurrentHashMap<>();
  private static final Map<String, SentenceSegmenter> SEGMENTERS = new ConcurrentHashMap<>();
  private static int loads;

  private ExecutorModel() {}

  /**
   * The JVM's embedder, opening the model on first use (its files are read when the first text is
   * embedded).
   *
   * @return the embedder
   */
  static synchronized PrefetchingEmbedder embedder() {
    if (embedder == null) {
      // the model `drift compare --no-cache` opens: the default options' model, cache off
      DriftOptions compare = DriftOptions.builder().optCache(false).build();
      EmbeddingModel model = EmbeddingModel.open(compare.model(), compare.cache());
      embedder = new PrefetchingEmbedder(model);
      loads++;
      Runtime.getRuntime().addShutdownHook(new Thread(model::close, "drift-model-close"));
    }
    return embedder;
  }

  /**
   * How many times this JVM opened the model (1 after any number of tasks).
   *
   * @return the count
   */
  static synchronized int loads() {
    return loads;
  }

  /**
   * The checker for a translator and a pair of languages, sharing the JVM's model.
   *
   * @param translator the translator's name or command, or {@code null} for none
   * @param original the original's language
   * @param translation the translation's language, or {@code null} to detect it
   * @return the checker
   * @throws dev.drift.DriftInputException if a language tag is malformed or the translator is not
   *     installed
   */
  static DriftChecker checker(String translator, String original, String translation) {
    String key = translator + "\u0000" + original + "\u0000" + translation;
    DriftChecker checker = CHECKERS.get(key);
    if (checker == null) {
      DriftOptions options =
          DriftOptions.builder()
              .optCache(false)
              .optTranslator(translator)
              .optOriginalLanguage(original)
              .optTranslationLanguage(translation)
              .build();
      checker = DriftChecker.create(options, embedder());
      DriftChecker raced = CHECKERS.putIfAbsent(key, checker);
      checker = raced != null ? raced : checker;
    }
    return checker;
  }

  /**
   * The segmenter of a language.
   *
   * @param language a BCP 47 tag
   * @return the segmenter
   */
  static SentenceSegmenter segmenter(String language) {
    return SEGMENTERS.computeIfAbsent(language, SentenceSegmenter::create);
  }
}
