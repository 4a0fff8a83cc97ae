package dev.drift.shift;

import java.util.List;

/**
 * One kind of evidence about what changed inside an aligned pair. Detectors run in order; each
 * receives the findings so far and may add findings, or add kinds and raise severities of the
 * existing ones. Implementations are stateless and thread-safe.
 */
interface ShiftDetector {

  /**
   * Refines the findings of a pair.
   *
   * @param pair the aligned pair
   * @param findings the findings so far; the detector may modify them and add to the list
   */
  void detect(AlignedPair pair, List<Finding> findings);
}
