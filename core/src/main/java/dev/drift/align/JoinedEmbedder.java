package dev.drift.align;

/**
 * Embeds joined sentences exactly, for the few m:n beads the aligner proposes. Implemented by the
 * caller that owns the model.
 */
@FunctionalInterface
public interface JoinedEmbedder {

  /**
   * Cosine similarity between the joined original sentences and the joined translation sentences.
   *
   * @param original original sentence indices, ascending
   * @param translation translation sentence indices, ascending
   * @return cosine similarity of the two joined texts' vectors
   */
  double similarity(int[] original, int[] translation);
}
