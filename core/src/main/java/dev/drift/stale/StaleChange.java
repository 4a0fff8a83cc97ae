package dev.drift.stale;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.drift.report.SentenceRef;
import dev.drift.shift.Severity;
import java.util.List;
import java.util.Locale;

/**
 * One change of the source between the translation's base and now.
 *
 * @param kind what happened to the sentence
 * @param meaning true if the change is one of meaning (a shift at warning or above, a sentence
 *     added or dropped), false if cosmetic
 * @param severity the highest severity among the change's shifts ({@code null} for a cosmetic
 *     change without shifts)
 * @param old the sentence in the base source, or {@code null} for an added one
 * @param current the sentence in the current source, or {@code null} for a dropped one
 * @param messages the shifts' messages (number changed: 60 → 90, …)
 * @param translation the translation sentences that render the old sentence (empty when they are
 *     unknown: see {@link StaleDocument#notes()}); for an added sentence, those that render the
 *     base sentence it follows, after which its translation goes
 * @param after for an added sentence, the base sentence it follows ({@code null} at the start of
 *     the document and for the other kinds)
 */
@JsonPropertyOrder({
  "kind",
  "meaning",
  "severity",
  "old",
  "new",
  "after",
  "messages",
  "translation"
})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StaleChange(
    Kind kind,
    boolean meaning,
    Severity severity,
    SentenceRef old,
    @com.fasterxml.jackson.annotation.JsonProperty("new") SentenceRef current,
    SentenceRef after,
    List<String> messages,
    List<SentenceRef> translation) {

  /** Creates a change. */
  public StaleChange {
    messages = List.copyOf(messages);
    translation = List.copyOf(translation);
  }

  /**
   * A copy pointing at the translation sentences that render the old sentence.
   *
   * @param sentences the translation's sentences
   * @return the copy
   */
  public StaleChange withTranslation(List<SentenceRef> sentences) {
    return new StaleChange(kind, meaning, severity, old, current, after, messages, sentences);
  }

  /** What happened to a sentence. */
  public enum Kind {
    /** Reworded: the old and the new sentence are aligned. */
    CHANGED,
    /** A sentence the source did not have at the base. */
    ADDED,
    /** A sentence of the base the source no longer has. */
    DROPPED;

    /**
     * The name in reports.
     *
     * @return the lower-case name
     */
    @JsonValue
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
