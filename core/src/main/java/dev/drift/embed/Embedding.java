package dev.drift.embed;

/**
 * A text's sentence vector and the evidence behind it.
 *
 * @param vector the pooled sentence vector, unit length when the embedder normalises
 * @param tokenCount how many tokens (special tokens included) were pooled; used to weigh vectors
 *     when approximating the vector of joined sentences
 * @param tokens the contextual token vectors, or {@code null} when not kept
 */
public record Embedding(float[] vector, int tokenCount, TokenVectors tokens) {}
