package dev.drift.embed;

/** How token vectors become one sentence vector. */
public enum Pooling {
  /** Average of all token vectors under the attention mask (sentence-transformers' default). */
  MEAN,
  /** The vector of the first token ([CLS] / &lt;s&gt;). */
  CLS,
  /** Element-wise maximum over the token vectors. */
  MAX
}
