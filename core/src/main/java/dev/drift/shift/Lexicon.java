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

  /**
   * Whether two words mean the same in their most frequent senses: the first sense of each, in a
   * part of speech both have, is one sense or listed as similar to the other's ("great" and
   * "large"; not "obscene" and "lewd", which share only a later sense of "obscene").
   *
   * @param a a lower-case word
   * @param b another
   * @return true if their first senses agree
   */
  default boolean sameFirstSense(String a, String b) {
    return a.equals(b);
  }

  /**
   * Whether two words or phrases, each read whole as one entry of the dictionary, share a sense
   * ("in front" and "before", "at once" and "immediately"). A phrase the dictionary does not hold
   * whole shares none, whatever its words do.
   *
   * @param a a lower-case word or phrase, words separated by single spaces
   * @param b another
   * @return true if some sense of one is a sense of the other
   */
  default boolean sameSense(String a, String b) {
    return false;
  }

  /**
   * Whether the dictionary knows the form as an ordinary word (any part of speech, inflections
   * included).
   *
   * @param word a lower-case word
   * @return true if it is a dictionary word
   */
  default boolean known(String word) {
    return false;
  }

  /**
   * Whether the dictionary knows the form as a word written in lower case in some sense ("arise",
   * "god"), not only as a name ("Elijah", "Jordan").
   *
   * @param word a lower-case word
   * @return true if some sense of it is an ordinary word
   */
  default boolean common(String word) {
    return false;
  }

  /**
   * Whether the dictionary knows the form as a name in some sense, written with a capital ("Lamb",
   * the essayist; "Lord"; "Jonah"), whatever else it knows it as.
   *
   * @param word a lower-case word
   * @return true if some sense of it is a name
   */
  default boolean proper(String word) {
    return false;
  }

  /**
   * The verb base forms of a form ("said" gives "say").
   *
   * @param word a lower-case word
   * @return its base forms as a verb, empty if it is no verb
   */
  default java.util.Set<String> verbBases(String word) {
    return java.util.Set.of();
  }

  /**
   * Whether {@code general} names a more general concept than {@code specific}: a hypernym of one
   * of its senses, up to three levels up.
   *
   * @param specific the word of the original
   * @param general the word of the translation
   * @return true for a generalisation
   */
  default boolean generalises(String specific, String general) {
    return false;
  }
}
