package dev.drift;

import dev.drift.batch.BagOfWordsEmbedder;
import dev.drift.embed.Embedder;
import dev.drift.embed.Embedding;
import dev.drift.embed.ModelInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * A deterministic stand-in for a model, under any name: each lower-cased word adds one to a hashed
 * dimension and the vector is normalised, so identical sentences have cosine 1 and sentences
 * without a shared word about 0. Counts the texts it embeds.
 */
public final class FakeModel implements Embedder {
  private static final int DIMENSION = 256;

  private final String name;
  int embedded;

  /**
   * Creates a stand-in model.
   *
   * @param name the name it reports, such as the bundled model's to trigger its checks
   */
  public FakeModel(String name) {
    this.name = name;
  }

  @Override
  public ModelInfo info() {
    return new ModelInfo(name, "0".repeat(64), DIMENSION, 256);
  }

  @Override
  public synchronized List<Embedding> embed(List<String> texts) {
    embedded += texts.size();
    List<Embedding> out = new ArrayList<>(texts.size());
    for (String text : texts) {
      out.add(BagOfWordsEmbedder.of(text, DIMENSION));
    }
    return out;
  }

  @Override
  public void close() {}
}
