package dev.drift.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingCacheTest {
  @TempDir Path dir;

  static Embedding embedding(Random random, int tokens) {
    float[] v = new float[8];
    for (int d = 0; d < v.length; d++) {
      v[d] = (float) random.nextGaussian();
    }
    float[] data = new float[tokens * 8];
    int[] starts = new int[tokens];
    int[] ends = new int[tokens];
    for (int i = 0; i < data.length; i++) {
      data[i] = (float) random.nextGaussian();
    }
    for (int t = 0; t < tokens; t++) {
      starts[t] = t * 2;
      ends[t] = t * 2 + 1;
    }
    return new Embedding(
        VectorMath.normalize(v), tokens + 2, new TokenVectors(8, data, starts, ends));
  }

  @Test
  void stored_embeddings_come_back_exact_vectors_and_close_token_vectors() {
    Random random = new Random(1);
    Embedding e = embedding(random, 5);
    try (EmbeddingCache cache = EmbeddingCache.open(dir)) {
      cache.put("m1", List.of("hello world"), List.of(e));
      Map<Integer, Embedding> got = cache.get("m1", List.of("other", "hello world", "hello world"));
      assertThat(got).containsOnlyKeys(1, 2);
      Embedding back = got.get(1);
      assertThat(back.vector()).containsExactly(e.vector());
      assertThat(back.tokenCount()).isEqualTo(7);
      assertThat(back.tokens().starts()).containsExactly(e.tokens().starts());
      for (int t = 0; t < 5; t++) {
        assertThat(back.tokens().cosine(t, e.tokens(), t)).isGreaterThan(0.99f);
      }
      assertThat(cache.get("m2", List.of("hello world"))).isEmpty(); // keyed by model
    }
  }

  @Test
  void contains_all_says_whether_every_text_is_stored_under_the_model() {
    try (EmbeddingCache cache = EmbeddingCache.open(dir)) {
      cache.put(
          "m1",
          List.of("a", "b"),
          List.of(embedding(new Random(3), 2), embedding(new Random(4), 1)));
      assertThat(cache.containsAll("m1", List.of("b", "a", "b"))).isTrue();
      assertThat(cache.containsAll("m1", List.of("a", "c"))).isFalse();
      assertThat(cache.containsAll("m2", List.of("a"))).isFalse();
      assertThat(cache.containsAll("m1", List.of())).isTrue();
    }
  }

  @Test
  void renderings_come_back_by_position_keyed_by_translator() {
    try (EmbeddingCache cache = EmbeddingCache.open(dir)) {
      cache.putRenderings(
          "apertium spa-eng", List.of("hola", "adiós"), List.of("hello", "goodbye"));
      assertThat(cache.renderings("apertium spa-eng", List.of("adiós", "nada", "hola", "adiós")))
          .isEqualTo(Map.of(0, "goodbye", 2, "hello", 3, "goodbye"));
      assertThat(cache.renderings("other-mt", List.of("hola"))).isEmpty();
    }
  }

  @Test
  void entries_persist_across_opens() {
    Embedding e = embedding(new Random(2), 3);
    try (EmbeddingCache cache = EmbeddingCache.open(dir)) {
      cache.put("m", List.of("a"), List.of(e));
      cache.putModelInfo("m", new ModelInfo("name", "abc", 8, 256));
      cache.putReport(new byte[] {1, 2}, "{}");
    }
    try (EmbeddingCache cache = EmbeddingCache.open(dir)) {
      assertThat(cache.get("m", List.of("a"))).containsKey(0);
      assertThat(cache.modelInfo("m")).contains(new ModelInfo("name", "abc", 8, 256));
      assertThat(cache.report(new byte[] {1, 2})).contains("{}");
      assertThat(cache.report(new byte[] {3})).isEmpty();
    }
  }

  @Test
  void a_file_that_is_not_a_database_is_moved_aside_and_rebuilt() throws Exception {
    Files.writeString(dir.resolve("embeddings.sqlite"), "this is not SQLite at all ".repeat(200));
    try (EmbeddingCache cache = EmbeddingCache.open(dir)) {
      assertThat(cache.enabled()).isTrue();
      cache.put("m", List.of("a"), List.of(embedding(new Random(3), 2)));
      assertThat(cache.get("m", List.of("a"))).containsKey(0);
    }
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .anyMatch(n -> n.startsWith("embeddings.sqlite.damaged-"));
    }
  }

  @Test
  void a_truncated_database_is_rebuilt() throws Exception {
    try (EmbeddingCache cache = EmbeddingCache.open(dir)) {
      Random random = new Random(4);
      List<String> texts = new ArrayList<>();
      List<Embedding> embeddings = new ArrayList<>();
      for (int k = 0; k < 300; k++) {
        texts.add("sentence " + k);
        embeddings.add(embedding(random, 20));
      }
      cache.put("m", texts, embeddings);
    }
    Path file = dir.resolve("embeddings.sqlite");
    for (String suffix : new String[] {"-wal", "-shm"}) {
      Files.deleteIfExists(dir.resolve("embeddings.sqlite" + suffix));
    }
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 3));
    try (EmbeddingCache cache = EmbeddingCache.open(dir)) {
      Map<Integer, Embedding> got = cache.get("m", List.of("sentence 1", "sentence 299"));
      // Whatever survived is usable; the cache works and accepts new entries.
      cache.put("m", List.of("fresh"), List.of(embedding(new Random(5), 2)));
      assertThat(cache.enabled()).isTrue();
      assertThat(cache.get("m", List.of("fresh"))).containsKey(0);
      assertThat(got.size()).isLessThanOrEqualTo(2);
    }
  }

  @Test
  void an_unusable_directory_turns_the_cache_off_without_failing() throws Exception {
    Path file = dir.resolve("not-a-directory");
    Files.writeString(file, "x");
    try (EmbeddingCache cache = EmbeddingCache.open(file)) {
      assertThat(cache.enabled()).isFalse();
      cache.put("m", List.of("a"), List.of(embedding(new Random(6), 1)));
      assertThat(cache.get("m", List.of("a"))).isEmpty();
      assertThat(cache.report(new byte[] {1})).isEmpty();
    }
  }

  @Test
  void concurrent_threads_lose_no_entries() {
    try (EmbeddingCache cache = EmbeddingCache.open(dir)) {
      IntStream.range(0, 8)
          .parallel()
          .forEach(
              t -> {
                Random random = new Random(t);
                for (int k = 0; k < 25; k++) {
                  cache.put("m", List.of(t + ":" + k), List.of(embedding(random, 3)));
                }
              });
      List<String> all = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        for (int k = 0; k < 25; k++) {
          all.add(t + ":" + k);
        }
      }
      assertThat(cache.get("m", all)).hasSize(200);
    }
  }

  @Test
  void connections_opening_an_empty_cache_at_once_all_get_it() throws Exception {
    // Seen in the -T 4 invoker build: of four modules starting on an empty cache, one was
    // answered SQLITE_BUSY at once (SQLite does not wait where waiting could deadlock) and ran
    // without the cache. Eight connections race to create a fresh file, twenty times over.
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      for (int round = 0; round < 20; round++) {
        Path fresh = dir.resolve("round-" + round);
        CyclicBarrier start = new CyclicBarrier(8);
        List<Future<EmbeddingCache>> opening = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
          opening.add(
              pool.submit(
                  () -> {
                    start.await(10, TimeUnit.SECONDS);
                    return EmbeddingCache.open(fresh);
                  }));
        }
        List<EmbeddingCache> caches = new ArrayList<>();
        for (Future<EmbeddingCache> f : opening) {
          caches.add(f.get(60, TimeUnit.SECONDS));
        }
        try {
          assertThat(caches).as("round %d", round).allMatch(EmbeddingCache::enabled);
        } finally {
          caches.forEach(EmbeddingCache::close);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void caching_embedder_asks_the_model_only_for_missing_texts() {
    AtomicInteger asked = new AtomicInteger();
    AtomicInteger loads = new AtomicInteger();
    Embedder fake =
        new Embedder() {
          @Override
          public ModelInfo info() {
            return new ModelInfo("fake", "f00", 8, 16);
          }

          @Override
          public List<Embedding> embed(List<String> texts) {
            asked.addAndGet(texts.size());
            List<Embedding> out = new ArrayList<>();
            for (String t : texts) {
              out.add(embedding(new Random(t.hashCode()), 2));
            }
            return out;
          }

          @Override
          public void close() {}
        };
    try (EmbeddingCache cache = EmbeddingCache.open(dir)) {
      List<Embedding> first;
      try (CachingEmbedder e =
          CachingEmbedder.create(
              cache,
              "fake",
              () -> {
                loads.incrementAndGet();
                return fake;
              })) {
        first = e.embed(List.of("a", "b", "a"));
        assertThat(asked.get()).isEqualTo(2); // "a" once
        e.embed(List.of("b", "c"));
        assertThat(asked.get()).isEqualTo(3);
        assertThat(e.info().name()).isEqualTo("fake");
      }
      try (CachingEmbedder warm =
          CachingEmbedder.create(
              cache,
              "fake",
              () -> {
                loads.incrementAndGet();
                return fake;
              })) {
        List<Embedding> again = warm.embed(List.of("a", "b", "a"));
        assertThat(warm.modelLoaded()).isFalse();
        assertThat(warm.info().sha256()).isEqualTo("f00"); // from the cache, no model load
        assertThat(again.get(0).vector()).containsExactly(first.get(0).vector());
        assertThat(again.get(0).tokens().data()).containsExactly(first.get(0).tokens().data());
      }
      assertThat(loads.get()).isEqualTo(1);
    }
  }
}
