package dev.drift.shift;

/**
 * A token of a pair side's text.
 *
 * @param index position among the side's tokens
 * @param start UTF-16 start in the side text
 * @param end UTF-16 end (exclusive)
 * @param text the token as written
 * @param norm the comparison form: lower case, compatibility-normalised, quotes and dashes unified
 * @param type word, number or punctuation
 * @param function whether it is a function word (article, preposition, pronoun, auxiliary...)
 */
record Word(int index, int start, int end, String text, String norm, Type type, boolean function) {

  /** Token types. */
  public enum Type {
    /** Letters. */
    WORD,
    /** Digits. */
    NUMBER,
    /** Anything else that is not space. */
    PUNCT
  }

  /**
   * Whether the token carries content: a word that is not a function word, or a number.
   *
   * @return true for content tokens
   */
  public boolean content() {
    return (type == Type.WORD && !function) || type == Type.NUMBER;
  }
}
