package dev.drift.shift;

import dev.drift.embed.EmbeddedDocument;
import dev.drift.embed.TokenVectors;
import dev.drift.load.Verbatim;
import dev.drift.segment.SegmentedDocument;
import dev.drift.segment.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
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
record PairSide(
    String text,
    String language,
    List<Word> words,
    TokenVectors tokens,
    List<Verbatim> verbatim,
    String raw,
    IntUnaryOperator rawStart,
    IntUnaryOperator rawEnd) {

  /**
   * One side of a matched bead: its sentences' content joined by spaces, mapped back to the file.
   *
   * @param doc the document
   * @param indices the bead's sentences on this side, ascending
   * @param embedded the document's embedding, whose token vectors are joined likewise
   * @return the side
   */
  static PairSide of(SegmentedDocument doc, int[] indices, EmbeddedDocument embedded) {
    return written(doc, indices, embedded);
  }

  /**
   * One side of a matched bead as written, its sentences' content joined by spaces.
   *
   * @param doc the document
   * @param indices the bead's sentences on this side, ascending
   * @param embedded the document's embedding, or {@code null} when what was embedded is not the
   *     written text (a rendering was): then the side has no token vectors
   * @return the side
   */
  static PairSide written(SegmentedDocument doc, int[] indices, EmbeddedDocument embedded) {
    StringBuilder text = new StringBuilder();
    int[] pieceStart = new int[indices.length];
    List<TokenVectors> tokens = new ArrayList<>();
    List<Verbatim> verbatim = new ArrayList<>();
    for (int k = 0; k < indices.length; k++) {
      Sentence s = doc.sentence(indices[k]);
      if (k > 0) {
        text.append(' ');
      }
      pieceStart[k] = text.length();
      text.append(s.content());
      tokens.add(embedded == null ? null : embedded.embedding(indices[k]).tokens());
      for (Verbatim v : doc.source().blocks().get(s.block()).verbatim()) {
        if (v.start() >= s.start() && v.end() <= s.end()) {
          verbatim.add(v);
        }
      }
    }
    String joined = text.toString();
    IntFunction<int[]> locate =
        index -> {
          int k = pieceStart.length - 1;
          while (k > 0 && pieceStart[k] > index) {
            k--;
          }
          return new int[] {k, index - pieceStart[k]};
        };
    IntUnaryOperator rawStart =
        index -> {
          int[] at = locate.apply(index);
          Sentence s = doc.sentence(indices[at[0]]);
          return at[1] < s.content().length() ? s.contentMap().rawStart(at[1]) : s.end();
        };
    IntUnaryOperator rawEnd =
        index -> {
          int[] at = locate.apply(index);
          Sentence s = doc.sentence(indices[at[0]]);
          return at[1] < s.content().length() ? s.contentMap().rawEnd(at[1]) : s.end();
        };
    return new PairSide(
        joined,
        doc.language(),
        Words.of(joined, doc.language()),
        TokenVectors.concat(tokens, pieceStart),
        List.copyOf(verbatim),
        doc.source().text(),
        rawStart,
        rawEnd);
  }

  /**
   * One side of a matched bead as a translator rendered it: the sentences' renderings joined by
   * spaces, in the language rendered into. A rendering is not in the file, so every stretch of it
   * maps to the whole sentence it renders.
   *
   * @param doc the rendered document
   * @param indices the bead's sentences on this side, ascending
   * @param embedded the document's embedding, which is of the renderings
   * @param language the language the renderings are in
   * @return the side
   */
  static PairSide rendering(
      SegmentedDocument doc, int[] indices, EmbeddedDocument embedded, String language) {
    StringBuilder text = new StringBuilder();
    int[] pieceStart = new int[indices.length];
    List<TokenVectors> tokens = new ArrayList<>();
    for (int k = 0; k < indices.length; k++) {
      if (k > 0) {
        text.append(' ');
      }
      pieceStart[k] = text.length();
      text.append(doc.rendering().sentences().get(indices[k]));
      tokens.add(embedded.embedding(indices[k]).tokens());
    }
    String joined = text.toString();
    IntUnaryOperator piece =
        index -> {
          int k = pieceStart.length - 1;
          while (k > 0 && pieceStart[k] > index) {
            k--;
          }
          return indices[k];
        };
    return new PairSide(
        joined,
        language,
        Words.of(joined, language),
        TokenVectors.concat(tokens, pieceStart),
        List.of(),
        doc.source().text(),
        index -> doc.sentence(piece.applyAsInt(index)).start(),
        index -> doc.sentence(piece.applyAsInt(index)).end());
  }

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
