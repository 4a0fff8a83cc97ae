package dev.drift.shift;

import dev.drift.align.Bead;
import dev.drift.segment.SegmentedDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * The last step of the shift stage: a negation or a number that one pair lacks and the pair next to
 * it has too many of moved across a sentence boundary, it did not change. Two texts divide their
 * sentences differently ("…hearken to my words: For these are not drunken" against "…oid mis
 * palabras. | Porque éstos no están borrachos…"), and the aligner pairs whole sentences, so the
 * part that crosses the boundary is missing from one pair and extra in its neighbour. Such a pair
 * of errors becomes information:
 *
 * <ul>
 *   <li>"negation removed" in one match and "negation added" in the match next to it, in both
 *       documents (the sentences of the two beads adjoin on each side), cancel each other; so do
 *       "number dropped" and "number added" of the same value;
 *   <li>a number dropped from a match whose neighbouring translation sentence was left unmatched
 *       (reported added) and holds the same value, or added to a match whose neighbouring original
 *       sentence was left unmatched (reported dropped) and holds it: the unmatched sentence is
 *       already reported, at its own severity. A negation is no such evidence (most sentences can
 *       hold one), so a negation next to an unmatched sentence keeps its error.
 * </ul>
 *
 * The lost cue must stand in the third of its pair that faces the neighbour, and its counterpart in
 * the third of the neighbour that faces the pair: two real edits that happen to sit in neighbouring
 * sentences are not taken for one moved cue. Any other negation or number shift keeps its severity.
 */
final class NeighbourSentences {
  private NeighbourSentences() {}

  private static final String NEGATION_REMOVED = NegationShiftDetector.REMOVED;
  private static final String NEGATION_ADDED = NegationShiftDetector.ADDED;
  private static final String NUMBER_DROPPED = NumberShiftDetector.DROPPED;
  private static final String NUMBER_ADDED = NumberShiftDetector.ADDED;

  /** How a shift went across the boundary: what it lacks and what would make up for it. */
  private enum Moved {
    NEGATION_LOST(NEGATION_REMOVED, NEGATION_ADDED, true),
    NEGATION_GAINED(NEGATION_ADDED, NEGATION_REMOVED, false),
    NUMBER_LOST(NUMBER_DROPPED, NUMBER_ADDED, true),
    NUMBER_GAINED(NUMBER_ADDED, NUMBER_DROPPED, false);

    final String prefix;
    final String counterpart;
    final boolean lost;

    Moved(String prefix, String counterpart, boolean lost) {
      this.prefix = prefix;
      this.counterpart = counterpart;
      this.lost = lost;
    }

    boolean number() {
      return this == NUMBER_LOST || this == NUMBER_GAINED;
    }

    static Moved of(Shift s) {
      if (s.severity() != Severity.ERROR) {
        return null;
      }
      for (Moved m : values()) {
        if (s.message().startsWith(m.prefix)) {
          return m;
        }
      }
      return null;
    }
  }

  /**
   * Lowers the negation and number errors that crossed a sentence boundary to information.
   *
   * @param beads the alignment's beads, in its order
   * @param original the original document
   * @param translation the translation (its written text)
   * @param shifts for each bead its shifts
   * @return the shifts, those that crossed a boundary lowered
   */
  static List<List<Shift>> review(
      List<Bead> beads,
      SegmentedDocument original,
      SegmentedDocument translation,
      List<List<Shift>> shifts) {
    List<List<Shift>> out = new ArrayList<>(shifts.size());
    for (List<Shift> s : shifts) {
      out.add(new ArrayList<>(s));
    }
    for (int k = 0; k < beads.size(); k++) {
      if (!beads.get(k).isMatch()) {
        continue;
      }
      List<Shift> own = out.get(k);
      for (int i = 0; i < own.size(); i++) {
        Shift s = own.get(i);
        Moved m = Moved.of(s);
        if (m == null) {
          continue;
        }
        for (int j : new int[] {k - 1, k + 1}) {
          if (j < 0 || j >= beads.size()) {
            continue;
          }
          Bead b = beads.get(j);
          boolean after = follows(b, beads.get(k), j > k);
          if (!atEdge(
              m.lost ? s.original() : s.translation(),
              beads.get(k),
              m.lost,
              after,
              original,
              translation)) {
            continue;
          }
          if (b.isMatch()
              && adjoin(beads.get(k), b, true)
              && adjoin(beads.get(k), b, false)
              && (b.translation()[0] > beads.get(k).translation()[0]) == after) {
            int c = counterpart(out.get(j), b, after, m, s, original, translation);
            if (c >= 0) {
              own.set(i, lowered(s));
              out.get(j).set(c, lowered(out.get(j).get(c)));
              break;
            }
          } else if (unmatchedHolds(beads.get(k), b, m, s, original, translation)) {
            own.set(i, lowered(s));
            break;
          }
        }
      }
    }
    return out;
  }

  /**
   * Whether a neighbour's sentences come after a bead's in the documents: on the original's side
   * when both have sentences there, else on the translation's; the alignment's order otherwise.
   */
  private static boolean follows(Bead neighbour, Bead bead, boolean inOrder) {
    if (neighbour.original().length > 0 && bead.original().length > 0) {
      return neighbour.original()[0] > bead.original()[0];
    }
    if (neighbour.translation().length > 0 && bead.translation().length > 0) {
      return neighbour.translation()[0] > bead.translation()[0];
    }
    return inOrder;
  }

  /**
   * Whether two beads' sentences on one side follow each other with nothing between them, the same
   * way round on both sides when both are matches.
   */
  private static boolean adjoin(Bead x, Bead y, boolean originalSide) {
    int[] a = originalSide ? x.original() : x.translation();
    int[] b = originalSide ? y.original() : y.translation();
    if (a.length == 0 || b.length == 0) {
      return false;
    }
    return a[a.length - 1] + 1 == b[0] || b[b.length - 1] + 1 == a[0];
  }

  /**
   * Whether a span lies in the part of a bead's side that faces a neighbour: its last third when
   * the neighbour comes after, its first third when it comes before. A cue that crossed a boundary
   * stands next to it; two edits that happen to sit in neighbouring sentences stand anywhere.
   */
  private static boolean atEdge(
      TextSpan span,
      Bead bead,
      boolean originalSide,
      boolean after,
      SegmentedDocument original,
      SegmentedDocument translation) {
    int[] indices = originalSide ? bead.original() : bead.translation();
    SegmentedDocument doc = originalSide ? original : translation;
    if (span == null || indices.length == 0) {
      return false;
    }
    int from = doc.sentence(indices[0]).start();
    int to = doc.sentence(indices[indices.length - 1]).end();
    if (to <= from) {
      return false;
    }
    double at = (double) (span.start() - from) / (to - from);
    return after ? at >= 1 - EDGE : at <= EDGE;
  }

  /** The part of a bead's side, at either end, where a cue that crossed the boundary stands. */
  private static final double EDGE = 1.0 / 3;

  /** The index of the neighbour's error that makes up for a shift, or -1. */
  private static int counterpart(
      List<Shift> neighbour,
      Bead bead,
      boolean after,
      Moved m,
      Shift s,
      SegmentedDocument original,
      SegmentedDocument translation) {
    for (int c = 0; c < neighbour.size(); c++) {
      Shift t = neighbour.get(c);
      if (t.severity() != Severity.ERROR || !t.message().startsWith(m.counterpart)) {
        continue;
      }
      // the counterpart stands on the other side of the boundary, at the neighbour's near end
      TextSpan near = m.lost ? t.translation() : t.original();
      if (!atEdge(near, bead, !m.lost, !after, original, translation)) {
        continue;
      }
      if (!m.number() || sameNumber(s, t, original.language(), translation.language())) {
        return c;
      }
    }
    return -1;
  }

  /**
   * Whether the neighbour is a sentence left unmatched on the side that has the shift's number,
   * adjoining the match there, and holds one of the same value.
   */
  private static boolean unmatchedHolds(
      Bead match,
      Bead neighbour,
      Moved m,
      Shift s,
      SegmentedDocument original,
      SegmentedDocument translation) {
    // lost from the translation: the translation's neighbour sentence was added; gained: the
    // original's neighbour sentence was dropped
    boolean onTranslation = m.lost;
    if (!m.number() || (onTranslation ? !neighbour.isAddition() : !neighbour.isOmission())) {
      return false;
    }
    if (!adjoin(match, neighbour, !onTranslation)) {
      return false;
    }
    SegmentedDocument doc = onTranslation ? translation : original;
    int[] indices = onTranslation ? neighbour.translation() : neighbour.original();
    PairSide side = PairSide.written(doc, indices, null);
    TextSpan span = m.lost ? s.original() : s.translation();
    String language = m.lost ? original.language() : translation.language();
    if (span == null) {
      return false;
    }
    List<NumberMention> values = NumberParser.parse(Words.of(span.text(), language), language);
    List<NumberMention> held = NumberParser.parse(side.words(), doc.language());
    return values.stream().anyMatch(v -> held.stream().anyMatch(v::sameValue));
  }

  /** Whether a dropped and an added number (either order) have a value in common. */
  private static boolean sameNumber(
      Shift s, Shift t, String originalLanguage, String translationLanguage) {
    Shift lost = s.original() != null && s.message().startsWith(NUMBER_DROPPED) ? s : t;
    Shift gained = lost == s ? t : s;
    if (lost.original() == null || gained.translation() == null) {
      return false;
    }
    List<NumberMention> a =
        NumberParser.parse(Words.of(lost.original().text(), originalLanguage), originalLanguage);
    List<NumberMention> b =
        NumberParser.parse(
            Words.of(gained.translation().text(), translationLanguage), translationLanguage);
    return a.stream().anyMatch(x -> b.stream().anyMatch(x::sameValue));
  }

  private static Shift lowered(Shift s) {
    return new Shift(
        s.kinds(),
        Severity.INFO,
        0,
        s.message() + " (moved across a sentence boundary: the next sentence makes up for it)",
        s.original(),
        s.translation(),
        s.accepted());
  }
}
