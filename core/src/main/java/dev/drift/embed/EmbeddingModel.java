package dev.drift.embed;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The model handle: a sentence-embedding model loaded on first use and backed by the persistent
 * {@link EmbeddingCache}, so that texts seen before are never embedded again and a run over
 * unchanged documents never loads the model at all. One handle serves every comparison of a process
 * (and every translation language of a batch run); close it once at the end.
 *
 * <pre>{@code
 * try (EmbeddingModel model =
 *     EmbeddingModel.open(ModelSettings.defaults(), CacheSettings.defaults())) {
 *   List<Embedding> vectors = model.embed(List.of("One sentence.", "Another one."));
 * }
 * }</pre>
 *
 * Thread-safe.
 */
public final class EmbeddingModel implements Embedder {
  private final ModelSettings settings;
  private final Path cacheDirectory;
  private final EmbeddingCache store;
  private final Embedder given;
  private final Function<Supplier<Embedder>, Embedder> loading;
  private Embedder embedder;
  private ModelSource source;
  private String identity;

  private EmbeddingModel(
      ModelSettings settings,
      Path cacheDirectory,
      EmbeddingCache store,
      Embedder given,
      Function<Supplier<Embedder>, Embedder> loading) {
    this.settings = settings;
    this.cacheDirectory = cacheDirectory;
    this.store = store;
    this.given = given;
    this.loading = loading;
  }

  /**
   * Opens the model the settings name, and the cache when it is on. Nothing is loaded yet: the
   * model's files are read when its identity or a vector is first needed.
   *
   * @param model which model, and its pooling
   * @param cache the cache directory and whether to use the cache
   * @return the handle; close it when done
   */
  public static EmbeddingModel open(ModelSettings model, CacheSettings cache) {
    return open(model, cache, Supplier::get);
  }

  /**
   * Opens the model the settings name, and the cache when it is on, passing the model's loading
   * (the ONNX graph and the tokenizer, when a text first misses the cache) through {@code loading},
   * which the facade uses to time it.
   *
   * @param model which model, and its pooling
   * @param cache the cache directory and whether to use the cache
   * @param loading runs the loading it is given (a supplier of the loaded model) and returns its
   *     result
   * @return the handle; close it when done
   */
  public static EmbeddingModel open(
      ModelSettings model, CacheSettings cache, Function<Supplier<Embedder>, Embedder> loading) {
    Path directory = cache.effectiveDirectory();
    return new EmbeddingModel(
        model, directory, cache.enabled() ? EmbeddingCache.open(directory) : null, null, loading);
  }

  /**
   * A handle over an embedder the caller owns and closes (for sharing one model, or for tests): no
   * cache, and closing the handle leaves the embedder open.
   *
   * @param embedder the embedder
   * @return the handle
   */
  public static EmbeddingModel of(Embedder embedder) {
    return new EmbeddingModel(null, null, null, embedder, Supplier::get);
  }

  /**
   * Loads a model without a cache, for callers that manage embedding themselves (benchmarks).
   *
   * @param model which model
   * @param cacheDirectory where a bundled model is extracted
   * @return the loaded model; the caller closes it
   * @throws dev.drift.DriftException if the model cannot be loaded
   */
  public static Embedder load(ModelSettings model, Path cacheDirectory) {
    NativeLibraries.onnxRuntime(cacheDirectory);
    return OnnxEmbedder.load(model.source(cacheDirectory), model.embedderOptions());
  }

  /**
   * The persistent store, when the cache is on and usable.
   *
   * @return the store, or empty
   */
  public Optional<EmbeddingCache> store() {
    return store != null && store.enabled() ? Optional.of(store) : Optional.empty();
  }

  /**
   * Everything that changes the vectors: the hash of the model's graph, tokenizer and configuration
   * files, the pooling and the normalisation. Reading it hashes the model's files, but does not
   * load the model.
   *
   * @return the identity, a key of the cache
   */
  public synchronized String identity() {
    if (identity == null) {
      identity =
          given != null
              ? "embedder:" + given.info().name() + "|" + given.info().sha256()
              : source().identity() + "|" + settings.vectorKey();
    }
    return identity;
  }

  private synchronized ModelSource source() {
    if (source == null) {
      source = settings.source(cacheDirectory);
    }
    return source;
  }

  private synchronized Embedder embedder() {
    if (embedder == null) {
      if (given != null) {
        embedder = given;
      } else if (store().isPresent()) {
        embedder = CachingEmbedder.create(store, identity(), () -> loading.apply(this::load));
      } else {
        embedder = loading.apply(this::load);
      }
    }
    return embedder;
  }

  private Embedder load() {
    NativeLibraries.onnxRuntime(cacheDirectory);
    return OnnxEmbedder.load(source(), settings.embedderOptions());
  }

  /**
   * Whether the model's graph and tokenizer have been loaded: never on a run whose vectors (and the
   * model's description) all come from the cache.
   *
   * @return true once a text had to be embedded by the model
   */
  public synchronized boolean loaded() {
    if (embedder instanceof CachingEmbedder caching) {
      return caching.modelLoaded();
    }
    return embedder != null;
  }

  /**
   * Loads the model now unless the cache holds every one of the texts, so the embed stage that
   * follows finds it loaded: the pipeline calls this while the language guard runs on another
   * thread. With every text cached nothing is loaded, as a run that needs no model loads none.
   *
   * @param texts texts the next embed stage will ask for
   * @throws dev.drift.DriftException if the model cannot be loaded
   */
  public void prepare(List<String> texts) {
    Embedder model = embedder(); // loads it, unless the cache is on
    if (model instanceof CachingEmbedder caching) {
      caching.prepare(texts);
    }
  }

  @Override
  public ModelInfo info() {
    return embedder().info();
  }

  /**
   * Embeds texts. Token vectors come back as the cache stores them (int8-coded) whether the cache
   * is on or off, so a report is the same with the cache off, cold or warm.
   *
   * @param texts the texts
   * @return one embedding per text
   */
  @Override
  public List<Embedding> embed(List<String> texts) {
    Embedder model = embedder();
    if (given != null || model instanceof CachingEmbedder) {
      return model.embed(texts); // a caller's own embedder as it is; the cache codes its vectors
    }
    return Slices.embed(
        texts,
        part ->
            model.embed(part).stream()
                .map(
                    e ->
                        new Embedding(e.vector(), e.tokenCount(), TokenCodec.roundTrip(e.tokens())))
                .toList());
  }

  @Override
  public synchronized void close() {
    if (embedder != null && embedder != given) {
      embedder.close();
    }
    embedder = null;
    if (store != null) {
      store.close();
    }
  }
}
