package dev.drift.shift;

/** What a dictionary knows about two words. Implementations are thread-safe. */
interface Lexicon {

  /** How two words relate. */
  enum Relation {
    /** Forms of one lemma ("retained", "retaining"). */
    SAME,
    /** Synonyms in some sense. */
    SYNONYM,
    /** Close in meaning: one is a kind of the other, or they are listed as similar. */
    RELATED,
    /** Opposites. */
    ANTONYM,
    /** Nothing known. */
    NONE
  }

  /**
   * How two words relate.
   *
   * @param a a word, lower case
   * @param b another word, lower case
   * @return the relation, {@link Relation#NONE} when unknown
   */
  Relation relation(String a, String b);

  /**
   * A lexicon that knows nothing, for languages without one.
   *
   * @return the empty lexicon
   */
  static Lexicon none() {
    return (a, b) -> a.equals(b) ? Relation.SAME : Relation.NONE;
  }
}
