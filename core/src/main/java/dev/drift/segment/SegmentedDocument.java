package dev.drift.segment;

import dev.drift.load.SourceDocument;
import java.util.List;

/**
 * The segment stage's output: a loaded document split into sentences; after the translate stage,
 * also each sentence rendered into the original's language. Immutable.
 *
 * @param source the loaded document; every sentence's offsets index its text
 * @param language the BCP 47 language the document was segmented as
 * @param sentences its sentences in document order
 * @param rendering the sentences rendered into the original's language by a translator, or {@code
 *     null} when the document is compared as written
 */
public record SegmentedDocument(
    SourceDocument source, String language, List<Sentence> sentences, Rendering rendering) {

  /**
   * Creates a segmented document.
   *
   * @param source the loaded document
   * @param language its language
   * @param sentences its sentences
   * @param rendering their rendering, or {@code null}
   * @throws IllegalArgumentException if there is a rendering but not one per sentence
   */
  public SegmentedDocument {
    sentences = List.copyOf(sentences);
    if (rendering != null && rendering.sentences().size() != sentences.size()) {
      throw new IllegalArgumentException(
          rendering.sentences().size() + " renderings for " + sentences.size() + " sentences");
    }
  }

  /**
   * A segmented document compared as written.
   *
   * @param source the loaded document
   * @param language its language
   * @param sentences its sentences
   */
  public SegmentedDocument(SourceDocument source, String language, List<Sentence> sentences) {
    this(source, language, sentences, null);
  }

  /**
   * This document with its sentences rendered into another language.
   *
   * @param rendering the rendering, one per sentence
   * @return the rendered document
   */
  public SegmentedDocument withRendering(Rendering rendering) {
    return new SegmentedDocument(source, language, sentences, rendering);
  }

  /**
   * This document taken to be in another language: the one its prose reads as, when the declared
   * one was wrong, so that numbers and negations are read in the language they are written in.
   *
   * @param language a BCP 47 tag
   * @return the document in that language; this one when it is already
   */
  public SegmentedDocument withLanguage(String language) {
    return language.equals(this.language)
        ? this
        : new SegmentedDocument(source, language, sentences, rendering);
  }

  /**
   * Whether the sentences carry renderings.
   *
   * @return true after a translator rendered them
   */
  public boolean rendered() {
    return rendering != null;
  }

  /**
   * The document's name, as shown in reports.
   *
   * @return the source document's name
   */
  public String name() {
    return source.name();
  }

  /**
   * The number of sentences.
   *
   * @return how many sentences there are
   */
  public int size() {
    return sentences.size();
  }

  /**
   * One sentence.
   *
   * @param index its position, from 0
   * @return the sentence
   */
  public Sentence sentence(int index) {
    return sentences.get(index);
  }

  /**
   * The text of each sentence that later stages embed and compare: its rendering when there is one,
   * else its content (markup removed).
   *
   * @return one text per sentence, in order
   */
  public List<String> texts() {
    return rendered() ? rendering.sentences() : contents();
  }

  /**
   * The content of each sentence as written, markup removed.
   *
   * @return one content per sentence, in order
   */
  public List<String> contents() {
    return sentences.stream().map(Sentence::content).toList();
  }
}
