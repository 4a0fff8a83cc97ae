package dev.drift;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Where a run's time goes: wall seconds per pipeline stage (load, segment, translate, embed, align,
 * shift, score, report) and the heap's peak, for {@code --timings}. One collector at a time is
 * active for the whole process ({@link #start()}); {@link #timed} adds to it from any thread, so on
 * a batch run over several threads a stage's figure is the sum over its documents. A stage timed
 * inside another on the same thread (the model's loading inside the embed stage) counts for itself
 * only: the outer stage's figure leaves it out, so no second is counted twice. When no collector is
 * active, {@link #timed} only runs the work. Thread-safe.
 */
public final class StageTimings {
  private static volatile StageTimings active;

  /** Per thread, the nanoseconds the stages nested in the running one took. */
  private static final ThreadLocal<long[]> NESTED = new ThreadLocal<>();

  private final Map<String, Long> nanos = new LinkedHashMap<>();
  private final long started = System.nanoTime();

  private StageTimings() {}

  /**
   * Starts collecting, replacing any collector that was active, and resets the heap's peak.
   *
   * @return the new collector
   */
  public static StageTimings start() {
    for (MemoryPoolMXBean pool : heapPools()) {
      pool.resetPeakUsage();
    }
    StageTimings timings = new StageTimings();
    active = timings;
    return timings;
  }

  /**
   * Runs one stage's work, adding its wall time to the active collector, if there is one.
   *
   * @param stage the stage's name
   * @param work the work
   * @param <T> what the work returns
   * @return what the work returned
   */
  public static <T> T timed(String stage, Supplier<T> work) {
    StageTimings timings = active;
    if (timings == null) {
      return work.get();
    }
    long[] outer = NESTED.get();
    long[] nested = {0};
    NESTED.set(nested);
    long t0 = System.nanoTime();
    try {
      return work.get();
    } finally {
      long elapsed = System.nanoTime() - t0;
      NESTED.set(outer);
      if (outer != null) {
        outer[0] += elapsed;
      }
      timings.add(stage, elapsed - nested[0]);
    }
  }

  private synchronized void add(String stage, long elapsed) {
    nanos.merge(stage, elapsed, Long::sum);
  }

  /**
   * The seconds spent so far in each stage, in the order the stages first ran.
   *
   * @return stage name to seconds
   */
  public synchronized Map<String, Double> seconds() {
    Map<String, Double> out = new LinkedHashMap<>();
    nanos.forEach((stage, ns) -> out.put(stage, ns / 1e9));
    return out;
  }

  /**
   * The heap's peak since {@link #start()}: the sum of the peaks of the heap's memory pools (an
   * upper bound, as the pools need not peak at once).
   *
   * @return bytes
   */
  public static long peakHeapBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : heapPools()) {
      sum += pool.getPeakUsage().getUsed();
    }
    return sum;
  }

  /**
   * Stops collecting (if this collector is the active one) and describes the figures in one line,
   * for example {@code timings: load 0.004 s, segment 0.120 s, embed 2.310 s, ..., other 0.300 s,
   * total 3.020 s; peak heap 210 MB}. "Other" is what no stage took (loading the model, parsing,
   * scoring), given when the stages did not overlap.
   *
   * @return the line
   */
  public String finish() {
    if (active == this) {
      active = null;
    }
    List<String> parts = new ArrayList<>();
    double total = (System.nanoTime() - started) / 1e9;
    double staged = 0;
    for (Map.Entry<String, Double> e : seconds().entrySet()) {
      parts.add(String.format(Locale.ROOT, "%s %.3f s", e.getKey(), e.getValue()));
      staged += e.getValue();
    }
    if (total >= staged) { // stages of a batch overlap on several threads
      parts.add(String.format(Locale.ROOT, "other %.3f s", total - staged));
    }
    parts.add(String.format(Locale.ROOT, "total %.3f s", total));
    return String.format(
        Locale.ROOT,
        "timings: %s; peak heap %d MB",
        String.join(", ", parts),
        Math.round(peakHeapBytes() / 1e6));
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP && p.isValid())
        .toList();
  }
}
