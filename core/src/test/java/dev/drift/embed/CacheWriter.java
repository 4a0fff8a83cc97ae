package dev.drift.embed;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A separate process for {@link EmbeddingCacheProcessesIT}: writes and reads entries in a loop. */
public final class CacheWriter {
  private CacheWriter() {}

  /**
   * Writes {@code count} entries named {@code prefix:k} in batches of ten, reading each batch back.
   *
   * @param args cache directory, prefix, count
   */
  public static void main(String[] args) {
    Path dir = Path.of(args[0]);
    String prefix = args[1];
    int count = Integer.parseInt(args[2]);
    Random random = new Random(prefix.hashCode());
    try (EmbeddingCache cache = EmbeddingCache.open(dir)) {
      for (int k = 0; k < count; k += 10) {
        List<String> texts = new ArrayList<>();
        List<Embedding> embeddings = new ArrayList<>();
        for (int j = k; j < Math.min(count, k + 10); j++) {
          texts.add(prefix + ":" + j);
          embeddings.add(EmbeddingCacheTest.embedding(random, 16));
        }
        cache.put("m", texts, embeddings);
        if (cache.get("m", texts).size() != texts.size()) {
          System.err.println("lost entries at " + k);
          System.exit(1);
        }
      }
      if (!cache.enabled()) {
        System.err.println("cache disabled");
        System.exit(2);
      }
    }
    System.out.println("done");
  }
}
