package dev.drift.segment;

import dev.drift.load.SourceDocument;
import java.util.List;

/**
 * The segment stage's output: a loaded document split into sentences. Immutable.
 *
 * @param source the loaded document; every sentence's offsets index its text
 * @param language the BCP 47 language the document was segmented as
 * @param sentences its sentences in document order
 */
public record SegmentedDocument(SourceDocument source, String language, List<Sentence> sentences) {

  /**
   * Creates a segmented document.
   *
   * @param source the loaded document
   * @param language its language
   * @param sentences its sentences
   */
  public SegmentedDocument {
    sentences = List.copyOf(sentences);
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
   * The text of each sentence that later stages embed and compare: its content, markup removed.
   *
   * @return one text per sentence, in order
   */
  public List<String> texts() {
    return sentences.stream().map(Sentence::content).toList();
  }
}
