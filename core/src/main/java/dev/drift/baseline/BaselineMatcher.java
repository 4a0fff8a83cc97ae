package dev.drift.baseline;

import dev.drift.align.Alignment;
import dev.drift.align.Bead;
import dev.drift.report.StaleShift;
import dev.drift.segment.SegmentedDocument;
import dev.drift.shift.Shift;
import dev.drift.shift.Shifts;
import java.util.ArrayList;
import java.util.Arrays;
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
   * What a baseline makes of a comparison's shifts.
   *
   * @param shifts the shifts, those the baseline accepts marked {@link Shift#accepted()}
   * @param stale the baseline's entries for the pair that matched no shift
   */
  public record Reviewed(Shifts shifts, List<StaleShift> stale) {}

  /**
   * The baseline step: marks every shift an entry accepts (each entry accepts at most one).
   *
   * @param alignment the alignment
   * @param original the original
   * @param translation the translation
   * @param shifts the shifts of each bead
   * @return the shifts with the accepted ones marked, and the entries left over
   */
  public Reviewed review(
      Alignment alignment,
      SegmentedDocument original,
      SegmentedDocument translation,
      Shifts shifts) {
    List<List<Shift>> out = new ArrayList<>(shifts.size());
    List<Bead> beads = alignment.beads();
    for (int p = 0; p < beads.size(); p++) {
      Bead bead = beads.get(p);
      List<String> a =
          Arrays.stream(bead.original()).mapToObj(i -> original.sentence(i).text()).toList();
      List<String> b =
          Arrays.stream(bead.translation()).mapToObj(j -> translation.sentence(j).text()).toList();
      List<Shift> marked = new ArrayList<>();
      for (Shift s : shifts.of(p)) {
        marked.add(apply(s, a, b, bead.isMatch()));
      }
      out.add(marked);
    }
    return new Reviewed(new Shifts(out, shifts.wording()), stale());
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
  Shift apply(
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
  List<StaleShift> stale() {
    List<StaleShift> stale = new ArrayList<>();
    for (List<BaselineEntry> entries : open.values()) {
      entries.forEach(e -> stale.add(e.toStale()));
    }
    return stale;
  }
}
