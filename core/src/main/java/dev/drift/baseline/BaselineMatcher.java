package dev.drift.baseline;

import dev.drift.report.StaleShift;
import dev.drift.shift.Shift;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies one document's baseline entries to the shifts of a comparison: each entry accepts at most
 * one shift with the same content, and the entries left over are stale. Not thread-safe: create one
 * per comparison.
 */
public final class BaselineMatcher {
  private final Map<String, List<BaselineEntry>> open = new LinkedHashMap<>();

  private BaselineMatcher(List<BaselineEntry> entries) {
    for (BaselineEntry e : entries) {
      open.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e);
    }
  }

  /**
   * A matcher over a document's entries.
   *
   * @param entries the entries (see {@link Baseline#entries})
   * @return the matcher
   */
  public static BaselineMatcher of(List<BaselineEntry> entries) {
    return new BaselineMatcher(entries);
  }

  /**
   * Accepts a shift if an unused entry matches it.
   *
   * @param shift the shift
   * @param originalSentences the raw text of the original's sentences of its pair
   * @param translationSentences the raw text of the translation's sentences of its pair
   * @param match whether the pair is a match
   * @return the shift marked accepted, or the shift itself
   */
  public Shift apply(
      Shift shift,
      List<String> originalSentences,
      List<String> translationSentences,
      boolean match) {
    if (open.isEmpty()) {
      return shift;
    }
    String key = BaselineEntry.of(shift, originalSentences, translationSentences, match).key();
    List<BaselineEntry> candidates = open.get(key);
    if (candidates == null) {
      return shift;
    }
    candidates.remove(0);
    if (candidates.isEmpty()) {
      open.remove(key);
    }
    return shift.asAccepted();
  }

  /**
   * The entries that accepted nothing so far.
   *
   * @return the stale entries, in the baseline's order
   */
  public List<StaleShift> stale() {
    List<StaleShift> stale = new ArrayList<>();
    for (List<BaselineEntry> entries : open.values()) {
      entries.forEach(e -> stale.add(e.toStale()));
    }
    return stale;
  }
}
