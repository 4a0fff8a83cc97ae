package dev.drift.tools;

import dev.drift.baseline.BaselineEntry;
import dev.drift.embed.EmbeddingCache;
import dev.drift.report.DriftReport;
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
    if (store == null) {
      return compute.get();
    }
    byte[] key = key(original, originalBytes, translation, translationBytes, accepted);
    Optional<String> stored = store.report(key);
    if (stored.isPresent()) {
      try {
        return JsonRenderer.read(new StringReader(stored.get()));
      } catch (IOException e) {
        // an unreadable entry is recomputed and replaced below
      }
    }
    DriftReport report = compute.get();
    store.putReport(key, JsonRenderer.create().toJson(report));
    return report;
  }

  private byte[] key(
      Path original, byte[] a, Path translation, byte[] b, List<BaselineEntry> entries) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
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
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
