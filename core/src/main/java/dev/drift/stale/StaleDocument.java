package dev.drift.stale;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One translated document (or a source without one) and where it stands.
 *
 * @param translation the translation file, or {@code null} when untranslated
 * @param source the source file, or {@code null} when orphaned
 * @param language the translation's language
 * @param status the status
 * @param base the base revision (a commit id), or {@code null} when there is none
 * @param baseFrom where the base came from: {@code translation commit}, {@code front matter},
 *     {@code --since}, or {@code null}
 * @param baseSource the source's path at the base when it was renamed since, else {@code null}
 * @param changes the source's changes since the base
 * @param notes what the reader should know: a missing base and its fix, a translation that cannot
 *     be pointed at
 */
@JsonPropertyOrder({
  "translation",
  "source",
  "language",
  "status",
  "base",
  "baseFrom",
  "baseSource",
  "changes",
  "notes"
})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StaleDocument(
    String translation,
    String source,
    String language,
    StaleStatus status,
    String base,
    String baseFrom,
    String baseSource,
    List<StaleChange> changes,
    List<String> notes) {

  /** Creates a document entry. */
  public StaleDocument {
    changes = List.copyOf(changes);
    notes = List.copyOf(notes);
  }
}
