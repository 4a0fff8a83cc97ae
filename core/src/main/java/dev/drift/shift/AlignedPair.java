package dev.drift.shift;

/**
 * A matched pair, as the shift detectors see it.
 *
 * @param original the original side
 * @param translation the translation side
 * @param similarity cosine similarity of the two sides
 * @param sameLanguage whether both sides are in one language (word diff) or not (token matching)
 */
record AlignedPair(
    PairSide original, PairSide translation, double similarity, boolean sameLanguage) {}
