package dev.drift.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One side of the comparison.
 *
 * @param path the file as given
 * @param format the format it was read as ({@code text}, {@code markdown}, {@code html})
 * @param language the language it was segmented as
 * @param sentences how many sentences it has
 * @param translator for a translation rendered into the original's language, the translator that
 *     rendered it (such as {@code apertium spa-eng}); else {@code null}, and absent from JSON
 * @param wording for a translation in the original's language worded freely, {@code free}: its
 *     paraphrase was graded as information (see {@code dev.drift.shift.Wording}); else {@code
 *     null}, and absent from JSON
 */
public record DocumentSummary(
    String path,
    String format,
    String language,
    int sentences,
    @JsonInclude(JsonInclude.Include.NON_NULL) String translator,
    @JsonInclude(JsonInclude.Include.NON_NULL) String wording) {

  /**
   * Creates a summary (JSON reading, with or without a translator).
   *
   * @param path the file
   * @param format the format
   * @param language the language
   * @param sentences the sentence count
   * @param translator the translator, or {@code null}
   * @param wording {@code free}, or {@code null}
   */
  @JsonCreator
  public DocumentSummary(
      @JsonProperty("path") String path,
      @JsonProperty("format") String format,
      @JsonProperty("language") String language,
      @JsonProperty("sentences") int sentences,
      @JsonProperty("translator") String translator,
      @JsonProperty("wording") String wording) {
    this.path = path;
    this.format = format;
    this.language = language;
    this.sentences = sentences;
    this.translator = translator;
    this.wording = wording;
  }

  /**
   * A side, maybe rendered by a translator, graded as worded literally.
   *
   * @param path the file
   * @param format the format
   * @param language the language
   * @param sentences the sentence count
   * @param translator the translator, or {@code null}
   */
  public DocumentSummary(
      String path, String format, String language, int sentences, String translator) {
    this(path, format, language, sentences, translator, null);
  }

  /**
   * A side compared as written.
   *
   * @param path the file
   * @param format the format
   * @param language the language
   * @param sentences the sentence count
   */
  public DocumentSummary(String path, String format, String language, int sentences) {
    this(path, format, language, sentences, null, null);
  }
}
