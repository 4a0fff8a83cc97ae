package dev.drift;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** Measures the heap for tests that bound memory. Stateless. */
public final class HeapProbe {
  private HeapProbe() {}

  /** Collects garbage (a full collection), then returns the heap in use: what is reachable. */
  public static long heapAfterCollection() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  public static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  /**
   * The heap's peak use since {@link #resetPeaks()}: the sum of each heap pool's peak, which may
   * overstate it (pools peak at different moments) but never understates it.
   */
  public static long heapPeak() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
