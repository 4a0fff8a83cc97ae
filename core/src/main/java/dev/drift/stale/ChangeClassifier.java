package dev.drift.stale;

import dev.drift.report.DriftReport;
import dev.drift.report.Pair;
import dev.drift.report.PairKind;
import dev.drift.report.SentenceRef;
import dev.drift.shift.Severity;
import dev.drift.shift.Shift;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads the changes of a source out of the report that compares its base with its current version:
 * a sentence dropped or added, or a shift at warning or above, is a change of meaning; a reworded
 * pair with lesser shifts only is cosmetic. Stateless.
 */
final class ChangeClassifier {
  private ChangeClassifier() {}

  /**
   * The changes.
   *
   * @param report base source (original) against current source (translation)
   * @return the changes in the base's order
   */
  static List<StaleChange> changes(DriftReport report) {
    List<StaleChange> changes = new ArrayList<>();
    for (Pair pair : report.pairs()) {
      Severity worst = worst(pair.shifts());
      Severity whole = worst == null ? Severity.ERROR : worst;
      List<String> messages =
          pair.shifts().stream().map(Shift::message).distinct().collect(Collectors.toList());
      if (pair.kind() == PairKind.OMISSION) {
        changes.add(
            new StaleChange(
                StaleChange.Kind.DROPPED,
                true,
                whole,
                join(pair.original()),
                null,
                messages,
                List.of()));
      } else if (pair.kind() == PairKind.ADDITION) {
        changes.add(
            new StaleChange(
                StaleChange.Kind.ADDED,
                true,
                whole,
                null,
                join(pair.translation()),
                messages,
                List.of()));
      } else {
        SentenceRef old = join(pair.original());
        SentenceRef current = join(pair.translation());
        boolean meaning = worst != null && worst.compareTo(Severity.WARNING) >= 0;
        if (meaning || !old.text().equals(current.text())) {
          changes.add(
              new StaleChange(
                  StaleChange.Kind.CHANGED, meaning, worst, old, current, messages, List.of()));
        }
      }
    }
    return changes;
  }

  private static Severity worst(List<Shift> shifts) {
    Severity worst = null;
    for (Shift shift : shifts) {
      if (!shift.accepted() && (worst == null || shift.severity().compareTo(worst) > 0)) {
        worst = shift.severity();
      }
    }
    return worst;
  }

  /** One reference for the sentences of one side of a bead (a 2:1 bead joins two). */
  static SentenceRef join(List<SentenceRef> refs) {
    SentenceRef first = refs.get(0);
    if (refs.size() == 1) {
      return first;
    }
    SentenceRef last = refs.get(refs.size() - 1);
    String text = refs.stream().map(SentenceRef::text).collect(Collectors.joining(" "));
    return new SentenceRef(first.start(), last.end(), first.line(), first.column(), text);
  }

  /**
   * The translation sentences aligned with a base-source sentence.
   *
   * @param baseAgainstTranslation base source (original) against the translation
   * @param old a sentence of the base source
   * @return the translation's sentences, in order
   */
  static List<SentenceRef> rendering(DriftReport baseAgainstTranslation, SentenceRef old) {
    List<SentenceRef> found = new ArrayList<>();
    for (Pair pair : baseAgainstTranslation.pairs()) {
      if (pair.kind() != PairKind.MATCH) {
        continue;
      }
      boolean overlaps =
          pair.original().stream().anyMatch(o -> o.start() < old.end() && old.start() < o.end());
      if (overlaps) {
        found.addAll(pair.translation());
      }
    }
    return found;
  }
}
