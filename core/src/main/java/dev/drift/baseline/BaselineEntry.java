package dev.drift.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.drift.report.StaleShift;
import dev.drift.shift.Shift;
import dev.drift.shift.ShiftKind;
import dev.drift.shift.TextSpan;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * One accepted shift, identified by content: its kinds, the changed text on each side and, for a
 * wording shift, the sentences of the pair it lies in. All text is normalised (NFKC, runs of white
 * space as one space, trimmed), so re-wrapping a paragraph or moving it leaves the entry valid,
 * while any edit to the sentences themselves makes it stale. Immutable.
 *
 * @param kinds the shift's kinds, sorted
 * @param original the original's changed text, or {@code null} when the shift has none (an added
 *     sentence)
 * @param translation the translation's changed text, or {@code null} (a dropped sentence)
 * @param originalSentence the original's sentences of the pair, for a wording shift; {@code null}
 *     for a whole sentence dropped or added
 * @param translationSentence the translation's sentences of the pair, likewise
 * @param message what the shift said when it was accepted; for reviewers, not matched
 */
@JsonPropertyOrder({
  "kinds",
  "original",
  "translation",
  "originalSentence",
  "translationSentence",
  "message"
})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BaselineEntry(
    List<ShiftKind> kinds,
    String original,
    String translation,
    String originalSentence,
    String translationSentence,
    String message) {

  /**
   * Creates an entry, normalising its text.
   *
   * @param kinds the kinds (at least one)
   * @param original the original's text, or {@code null}
   * @param translation the translation's text, or {@code null}
   * @param originalSentence the original's sentences, or {@code null}
   * @param translationSentence the translation's sentences, or {@code null}
   * @param message the message, or {@code null}
   * @throws IllegalArgumentException if there are no kinds or no text on either side
   */
  public BaselineEntry {
    if (kinds == null || kinds.isEmpty()) {
      throw new IllegalArgumentException("a baseline entry needs at least one kind");
    }
    kinds = List.copyOf(new TreeSet<>(kinds));
    original = normalize(original);
    translation = normalize(translation);
    if (original == null && translation == null) {
      throw new IllegalArgumentException(
          "a baseline entry needs the original's or the translation's text");
    }
    originalSentence = normalize(originalSentence);
    translationSentence = normalize(translationSentence);
  }

  /**
   * The entry that accepts a shift.
   *
   * @param shift the shift
   * @param originalSentences the raw text of the original's sentences in the shift's pair
   * @param translationSentences the raw text of the translation's sentences in the shift's pair
   * @param match whether the pair is a match (else the shift is a whole sentence dropped or added,
   *     and the sentences are not recorded twice)
   * @return the entry
   */
  public static BaselineEntry of(
      Shift shift,
      List<String> originalSentences,
      List<String> translationSentences,
      boolean match) {
    return new BaselineEntry(
        shift.kinds(),
        text(shift.original()),
        text(shift.translation()),
        match ? String.join(" ", originalSentences) : null,
        match ? String.join(" ", translationSentences) : null,
        shift.message());
  }

  /**
   * Whether two entries accept the same shifts: everything but the message is equal.
   *
   * @param other the other entry
   * @return true when they match the same shifts
   */
  public boolean sameShift(BaselineEntry other) {
    return kinds.equals(other.kinds)
        && Objects.equals(original, other.original)
        && Objects.equals(translation, other.translation)
        && Objects.equals(originalSentence, other.originalSentence)
        && Objects.equals(translationSentence, other.translationSentence);
  }

  /**
   * The key {@link #sameShift} compares.
   *
   * @return a string equal for entries that accept the same shifts
   */
  String key() {
    List<String> parts = new ArrayList<>();
    parts.add(kinds.toString());
    parts.add(String.valueOf(original));
    parts.add(String.valueOf(translation));
    parts.add(String.valueOf(originalSentence));
    parts.add(String.valueOf(translationSentence));
    return String.join("\u0000", parts);
  }

  /**
   * This entry as a report names it when it is stale.
   *
   * @return the stale shift
   */
  public StaleShift toStale() {
    return new StaleShift(kinds, original, translation, message);
  }

  private static String text(TextSpan span) {
    return span == null ? null : span.text();
  }

  /**
   * Normalises text for matching: NFKC, white space runs as one space, trimmed.
   *
   * @param text the text, or {@code null}
   * @return the normalised text, or {@code null} for {@code null} or blank text
   */
  static String normalize(String text) {
    if (text == null) {
      return null;
    }
    String n = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip();
    return n.isEmpty() ? null : n;
  }
}
