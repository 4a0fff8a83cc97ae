package dev.drift.shift;

import dev.drift.embed.TokenVectors;
import dev.drift.load.Verbatim;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * One side of an aligned pair as the shift detectors see it: the sentences' content joined by
 * spaces, its words, its token vectors, the verbatim items (code, links) inside it, and a map back
 * to the raw file.
 *
 * @param text the sentences' content joined by single spaces
 * @param language BCP 47 language of the side
 * @param words the tokens of {@code text}
 * @param tokens contextual token vectors with spans in {@code text}, or {@code null}
 * @param verbatim code spans and link targets inside the side's sentences
 * @param raw the raw file text
 * @param rawStart maps an index of {@code text} to the raw offset where that character begins
 * @param rawEnd maps an index of {@code text} to the raw offset where that character ends
 */
public record PairSide(
    String text,
    String language,
    List<Word> words,
    TokenVectors tokens,
    List<Verbatim> verbatim,
    String raw,
    IntUnaryOperator rawStart,
    IntUnaryOperator rawEnd) {

  /**
   * The raw-file span of a stretch of {@code text}.
   *
   * @param from start index in {@code text}
   * @param to end index (exclusive), greater than {@code from}
   * @return the span with its raw text
   */
  public TextSpan span(int from, int to) {
    int start = rawStart.applyAsInt(from);
    int end = Math.max(start, rawEnd.applyAsInt(to - 1));
    return new TextSpan(start, end, raw.substring(start, end));
  }

  /**
   * The text of a stretch of words.
   *
   * @param from first word index
   * @param to end word index (exclusive)
   * @return the text from the first word's start to the last word's end, or "" if empty
   */
  public String textOf(int from, int to) {
    return from >= to ? "" : text.substring(words.get(from).start(), words.get(to - 1).end());
  }
}
