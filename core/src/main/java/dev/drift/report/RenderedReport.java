package dev.drift.report;

import java.util.List;

/**
 * A pair's report as drawn for its reader: the verdict, and the text of each drawing asked for, in
 * the order asked.
 *
 * @param verdict pass or fail
 * @param texts one text per drawing
 */
public record RenderedReport(Verdict verdict, List<String> texts) {
  /**
   * Copies the list.
   *
   * @param verdict pass or fail
   * @param texts one text per drawing
   */
  public RenderedReport {
    texts = List.copyOf(texts);
  }
}
