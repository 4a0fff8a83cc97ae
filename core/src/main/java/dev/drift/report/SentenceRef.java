package dev.drift.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A sentence as reports show it.
 *
 * @param start UTF-16 offset in the raw file
 * @param end UTF-16 end offset (exclusive)
 * @param line 1-based line of {@code start}
 * @param column 1-based column of {@code start}
 * @param text the raw text from {@code start} to {@code end}
 * @param rendering for a translation sentence a translator rendered into the original's language,
 *     that rendering (what was embedded and compared); else {@code null}, and absent from JSON
 */
public record SentenceRef(
    int start,
    int end,
    int line,
    int column,
    String text,
    @JsonInclude(JsonInclude.Include.NON_NULL) String rendering) {

  /**
   * Creates a sentence reference (JSON reading, with or without a rendering).
   *
   * @param start the start offset
   * @param end the end offset
   * @param line the line
   * @param column the column
   * @param text the raw text
   * @param rendering the rendering, or {@code null}
   */
  @JsonCreator
  public SentenceRef(
      @JsonProperty("start") int start,
      @JsonProperty("end") int end,
      @JsonProperty("line") int line,
      @JsonProperty("column") int column,
      @JsonProperty("text") String text,
      @JsonProperty("rendering") String rendering) {
    this.start = start;
    this.end = end;
    this.line = line;
    this.column = column;
    this.text = text;
    this.rendering = rendering;
  }

  /**
   * A sentence compared as written.
   *
   * @param start the start offset
   * @param end the end offset
   * @param line the line
   * @param column the column
   * @param text the raw text
   */
  public SentenceRef(int start, int end, int line, int column, String text) {
    this(start, end, line, column, text, null);
  }
}
