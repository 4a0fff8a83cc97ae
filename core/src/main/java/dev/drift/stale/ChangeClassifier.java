package dev.drift.stale;

import dev.drift.report.DriftReport;
import dev.drift.report.Pair;
import dev.drift.report.PairKind;
import dev.drift.report.SentenceRef;
import dev.drift.shift.Severity;
import dev.drift.shift.Shift;
import dev.drift.shift.ShiftKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads the changes of a source out of the report that compares its base with its current version:
 * a sentence dropped or added, or a shift at warning or above, is a change of meaning; a reworded
 * pair with lesser shifts only is cosmetic. A wording shift that only corrects a spelling (a
 * substitution of one word by a near spelling of it: {@code measrues → measures}) is cosmetic
 * whatever its severity, since the pipeline grades a word it does not know as a new word.
 * Stateless.
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
    // The last base sentence seen: where an added sentence goes in the translation.
    SentenceRef previous = null;
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
                previous,
                messages,
                List.of()));
      } else {
        SentenceRef old = join(pair.original());
        SentenceRef current = join(pair.translation());
        boolean meaning = worst != null && worst.compareTo(Severity.WARNING) >= 0;
        if (meaning || !old.text().equals(current.text())) {
          changes.add(
              new StaleChange(
                  StaleChange.Kind.CHANGED,
                  meaning,
                  worst,
                  old,
                  current,
                  null,
                  messages,
                  List.of()));
        }
      }
      if (!pair.original().isEmpty()) {
        previous = pair.original().get(pair.original().size() - 1);
      }
    }
    return changes;
  }

  private static Severity worst(List<Shift> shifts) {
    Severity worst = null;
    for (Shift shift : shifts) {
      Severity severity = spelling(shift) ? Severity.INFO : shift.severity();
      if (!shift.accepted() && (worst == null || severity.compareTo(worst) > 0)) {
        worst = severity;
      }
    }
    return worst;
  }

  /**
   * Whether a shift only corrects a spelling: one word of five letters or more replaced by a word
   * at most a quarter of its letters away, or a change of case or punctuation only.
   *
   * @param shift the shift
   * @return true for a spelling fix
   */
  static boolean spelling(Shift shift) {
    if (!shift.kinds().equals(List.of(ShiftKind.SUBSTITUTION))
        || shift.original() == null
        || shift.translation() == null) {
      return false;
    }
    String a = letters(shift.original().text());
    String b = letters(shift.translation().text());
    if (a.isEmpty() || b.isEmpty() || a.contains(" ") || b.contains(" ")) {
      return a.equals(b);
    }
    // Numbers are never spellings (60 → 90), nor short words (not → now).
    if (a.matches(".*\\d.*") || b.matches(".*\\d.*") || Math.min(a.length(), b.length()) < 5) {
      return a.equals(b);
    }
    return edits(a, b) <= Math.min(a.length(), b.length()) / 4;
  }

  /** Edits between two words, a swap of two neighbouring letters counting as one (OSA). */
  static int edits(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      for (int j = 0; j <= b.length(); j++) {
        if (i == 0 || j == 0) {
          d[i][j] = i + j;
          continue;
        }
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  private static String letters(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s]", "").strip();
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
