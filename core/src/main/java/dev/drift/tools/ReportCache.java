package dev.drift.tools;

import dev.drift.baseline.BaselineEntry;
import dev.drift.embed.EmbeddingCache;
import dev.drift.report.DriftReport;
import dev.drift.report.RenderedReport;
import dev.drift.report.Rendering;
import dev.drift.report.Verdict;
import dev.drift.report.json.JsonRenderer;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Whole reports kept in the persistent cache, so that an unchanged pair is not even aligned again.
 * A report is keyed by everything it depends on: drift's code, the options, the model, both files'
 * names and bytes, and the baseline entries for the pair. Thread-safe.
 */
public final class ReportCache {
  private static final ReportCache NONE = new ReportCache(null, null);

  private final EmbeddingCache store;
  private final Supplier<String> context;

  private ReportCache(EmbeddingCache store, Supplier<String> context) {
    this.store = store;
    this.context = context;
  }

  /**
   * A report cache in a store.
   *
   * @param store the persistent store, or empty for a cache that keeps nothing
   * @param context everything beside the files that the reports depend on (the options and the
   *     model's identity); asked for only when a report is looked up
   * @return the cache
   */
  public static ReportCache of(Optional<EmbeddingCache> store, Supplier<String> context) {
    return store.map(s -> new ReportCache(s, context)).orElse(NONE);
  }

  /**
   * Whether reports are kept.
   *
   * @return false for the cache that keeps nothing
   */
  public boolean enabled() {
    return store != null;
  }

  /**
   * The cached report of a pair, or a fresh one, which is then cached.
   *
   * @param original the original's path
   * @param originalBytes its bytes
   * @param translation the translation's path
   * @param translationBytes its bytes
   * @param accepted the pair's baseline entries
   * @param compute computes the report when it is not cached
   * @return the report
   */
  public DriftReport get(
      Path original,
      byte[] originalBytes,
      Path translation,
      byte[] translationBytes,
      List<BaselineEntry> accepted,
      Supplier<DriftReport> compute) {
    Optional<Key> key = key(original, originalBytes, translation, translationBytes, accepted);
    Optional<DriftReport> cached = key.flatMap(this::report);
    if (cached.isPresent()) {
      return cached.get();
    }
    DriftReport report = compute.get();
    key.ifPresent(k -> put(k, report));
    return report;
  }

  /**
   * The key of a pair's report: a hash of everything the report depends on.
   *
   * @param original the original's path
   * @param originalBytes its bytes
   * @param translation the translation's path
   * @param translationBytes its bytes
   * @param accepted the pair's baseline entries
   * @return the key, or empty when the cache keeps nothing
   */
  public Optional<Key> key(
      Path original,
      byte[] originalBytes,
      Path translation,
      byte[] translationBytes,
      List<BaselineEntry> accepted) {
    if (store == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Key(hash(original, originalBytes, translation, translationBytes, accepted)));
  }

  /**
   * A cached report.
   *
   * @param key its key
   * @return the report, or empty when none is cached (or the cached one is unreadable)
   */
  public Optional<DriftReport> report(Key key) {
    Optional<String> stored = store.report(key.bytes);
    if (stored.isPresent()) {
      try {
        return Optional.of(JsonRenderer.read(new StringReader(stored.get())));
      } catch (IOException e) {
        // an unreadable entry is recomputed and replaced
      }
    }
    return Optional.empty();
  }

  /**
   * Keeps a report.
   *
   * @param key its key
   * @param report the report
   */
  public void put(Key key, DriftReport report) {
    store.putReport(key.bytes, JsonRenderer.create().toJson(report));
  }

  /**
   * What a drawing of a cached report drew, kept beside the report: served as it is, it needs
   * neither the report read back nor the renderer.
   *
   * @param key the report's key
   * @param rendering the drawing
   * @return the report's verdict and the text, or empty when that drawing is not kept
   */
  public Optional<RenderedReport> rendered(Key key, Rendering rendering) {
    Optional<String> stored = store.report(renderingKey(key, rendering));
    if (stored.isEmpty()) {
      return Optional.empty();
    }
    String entry = stored.get();
    int newline = entry.indexOf('\n');
    try {
      Verdict verdict = Verdict.parse(entry.substring(0, Math.max(newline, 0)));
      return Optional.of(new RenderedReport(verdict, List.of(entry.substring(newline + 1))));
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // unreadable: drawn again and replaced
    }
  }

  /**
   * Keeps what a drawing of a report drew.
   *
   * @param key the report's key
   * @param rendering the drawing
   * @param verdict the report's verdict
   * @param text what it drew
   */
  public void putRendered(Key key, Rendering rendering, Verdict verdict, String text) {
    store.putReport(renderingKey(key, rendering), verdict.id() + "\n" + text);
  }

  private static byte[] renderingKey(Key key, Rendering rendering) {
    MessageDigest digest = sha256();
    digest.update(key.bytes);
    digest.update((byte) 0);
    digest.update(("rendering|" + rendering.key()).getBytes(StandardCharsets.UTF_8));
    return digest.digest();
  }

  /** The key of a pair's report in the store. */
  public static final class Key {
    private final byte[] bytes;

    private Key(byte[] bytes) {
      this.bytes = bytes;
    }
  }

  private byte[] hash(
      Path original, byte[] a, Path translation, byte[] b, List<BaselineEntry> entries) {
    MessageDigest digest = sha256();
    for (String part :
        new String[] {
          CodeVersion.fingerprint(),
          context.get(),
          original.toString(),
          translation.toString(),
          entries.toString()
        }) {
      digest.update(part.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
    }
    digest.update(a);
    digest.update((byte) 0);
    digest.update(b);
    return digest.digest();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
