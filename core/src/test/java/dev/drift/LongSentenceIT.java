package dev.drift;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.embed.Embedder;
import dev.drift.embed.Embedding;
import dev.drift.embed.EmbeddingModel;
import dev.drift.embed.ModelSettings;
import dev.drift.embed.VectorMath;
import dev.drift.report.DriftReport;
import dev.drift.report.Verdict;
import dev.drift.segment.SentenceSegmenter;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A 20,000-character sentence, some 30 times the bundled model's window of 256 tokens, with the
 * real model: every token is embedded (windows pooled, nothing cut off at the end), the end of the
 * sentence changes its vector (the embedder windows any text longer than the model's window), and a
 * document holding it, cut by the segmenter into pieces, compares with itself at drift 0.
 */
class LongSentenceIT {
  static final Path CACHE = Path.of("target", "drift-cache");
  static Embedder model;
  static String sentence;

  @BeforeAll
  static void load() {
    model = EmbeddingModel.load(ModelSettings.defaults(), CACHE);
    StringBuilder sb = new StringBuilder("The list of stations reads");
    Random random = new Random(5);
    String[] names = {"Aberdeen", "Bristol", "Carlisle", "Dundee", "Exeter", "Falkirk", "Glasgow"};
    while (sb.length() < 20_000) {
      sb.append(' ')
          .append(names[random.nextInt(names.length)])
          .append(' ')
          .append(random.nextInt(90));
      sb.append(',');
    }
    sb.append(" and finally Zanzibar.");
    sentence = sb.toString();
  }

  @AfterAll
  static void close() {
    model.close();
  }

  @Test
  void a_20000_character_sentence_is_embedded_whole_in_windows() {
    Embedding whole = model.embed(List.of(sentence)).get(0);
    int maxTokens = model.info().maxTokens();
    assertThat(whole.tokens().size()).as("tokens").isGreaterThan(10 * maxTokens);
    assertThat(whole.tokens().ends()[whole.tokens().size() - 1])
        .as("the last token ends the sentence")
        .isEqualTo(sentence.length());
    // Each window adds its own [CLS] and [SEP].
    assertThat(whole.tokenCount() - whole.tokens().size()).isGreaterThanOrEqualTo(2 * 10);

    String changedEnd = sentence.replace("and finally Zanzibar.", "and finally Ulaanbaatar.");
    Embedding other = model.embed(List.of(changedEnd)).get(0);
    assertThat(VectorMath.cosine(whole.vector(), other.vector()))
        .as("changing the last words changes the vector, so they were read")
        .isLessThan(0.99999f);
  }

  @Test
  void a_document_holding_it_compares_with_itself_at_zero_drift() {
    try (DriftChecker checker = DriftChecker.create(DriftOptions.defaults(), model)) {
      var doc =
          dev.drift.load.DocumentLoader.parse(
              "long.txt", "A short opening sentence. " + sentence + " A closing one.", null);
      DriftReport report = checker.compare(doc, doc);
      // The segmenter cuts the long sentence into pieces of at most MAX_SENTENCE_CHARS.
      assertThat(report.original().sentences())
          .isGreaterThan(2 + sentence.length() / SentenceSegmenter.MAX_SENTENCE_CHARS);
      assertThat(report.drift()).isZero();
      assertThat(report.verdict()).isEqualTo(Verdict.PASS);
      assertThat(sentence).startsWith(report.pairs().get(1).original().get(0).text());
    }
  }
}
