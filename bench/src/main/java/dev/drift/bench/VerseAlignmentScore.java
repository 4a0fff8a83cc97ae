package dev.drift.bench;

import dev.drift.bench.BibleSet.Span;
import dev.drift.report.Pair;
import dev.drift.report.PairKind;
import dev.drift.report.SentenceRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The link F1 of an alignment against verse gold, the same score as {@code eval/bible/score.py}:
 * drift is judged on its own sentences. Gold links are the (original sentence, translation
 * sentence) pairs that share a verse, where a sentence covers a verse when they overlap by at least
 * half of the shorter of the two in non-space characters; predicted links are the cross products of
 * the sentences of each match. Counts add up over chapters (micro average). A chapter whose
 * original side has fewer segments than 60 % of its {@code .?!} sentence ends scores no true
 * positives and at least that many gold links, so merging a chapter into a few segments is not
 * rewarded.
 *
 * @param truePositives predicted links that are gold
 * @param predicted predicted links
 * @param gold gold links (counted for recall)
 */
record VerseAlignmentScore(int truePositives, int predicted, int gold) {
  private static final Pattern SENTENCE_END =
      Pattern.compile("[.?!][\"'’”)]*\\s", Pattern.UNICODE_CHARACTER_CLASS);

  /** No links. */
  static final VerseAlignmentScore ZERO = new VerseAlignmentScore(0, 0, 0);

  /** A verse's span in the original and in the translation. */
  record VersePair(Span original, Span translation) {}

  /**
   * Scores one chapter.
   *
   * @param original the original's text
   * @param translation the translation's text
   * @param verses the verses present on both sides
   * @param pairs drift's pairs
   * @return the chapter's counts
   */
  static VerseAlignmentScore score(
      String original, String translation, List<VersePair> verses, List<Pair> pairs) {
    Links links = Links.of(pairs);
    List<Span> originals = links.originals();
    List<Span> translations = links.translations();
    Set<List<Span>> predicted = links.predicted();
    Map<Span, Set<Integer>> ov = covered(original, originals, verses, true);
    Map<Span, Set<Integer>> tv = covered(translation, translations, verses, false);
    Set<List<Span>> gold = new HashSet<>();
    for (var o : ov.entrySet()) {
      for (var t : tv.entrySet()) {
        if (o.getValue().stream().anyMatch(t.getValue()::contains)) {
          gold.add(List.of(o.getKey(), t.getKey()));
        }
      }
    }
    Matcher m = SENTENCE_END.matcher(original + " ");
    int ends = 0;
    while (m.find()) {
      ends++;
    }
    if (originals.size() < 0.6 * ends) {
      return new VerseAlignmentScore(0, predicted.size(), Math.max(gold.size(), ends));
    }
    int tp = 0;
    for (List<Span> link : predicted) {
      tp += gold.contains(link) ? 1 : 0;
    }
    return new VerseAlignmentScore(tp, predicted.size(), gold.size());
  }

  /**
   * Scores one chapter as {@link #score} does, but does not count as missed a gold link between two
   * sentences of one verse that are each matched inside that verse: a verse both sides write as two
   * sentences, aligned one to one, is then right, where {@link #score} (like the handed-over
   * scorer) wants all four crossed sentence pairs. Only recall changes.
   *
   * @param original the original's text
   * @param translation the translation's text
   * @param verses the verses present on both sides
   * @param pairs drift's pairs
   * @return the chapter's counts, the gold less the crossed links of verses split alike
   */
  static VerseAlignmentScore splitsAllowed(
      String original, String translation, List<VersePair> verses, List<Pair> pairs) {
    VerseAlignmentScore plain = score(original, translation, verses, pairs);
    Links links = Links.of(pairs);
    Map<Span, Set<Span>> partners = new HashMap<>();
    for (List<Span> link : links.predicted()) {
      partners.computeIfAbsent(link.get(0), k -> new HashSet<>()).add(link.get(1));
      partners.computeIfAbsent(link.get(1), k -> new HashSet<>()).add(link.get(0));
    }
    Set<List<Span>> excused = new HashSet<>();
    for (VersePair v : verses) {
      List<Span> vo = inVerse(original, links.originals(), v.original());
      List<Span> vt = inVerse(translation, links.translations(), v.translation());
      for (Span o : vo) {
        for (Span t : vt) {
          Set<Span> po = partners.getOrDefault(o, Set.of());
          Set<Span> pt = partners.getOrDefault(t, Set.of());
          if (!po.contains(t)
              && vt.stream().anyMatch(po::contains)
              && vo.stream().anyMatch(pt::contains)) {
            excused.add(List.of(o, t));
          }
        }
      }
    }
    return new VerseAlignmentScore(
        plain.truePositives(), plain.predicted(), plain.gold() - excused.size());
  }

  /**
   * The sentences of drift's pairs on each side, and the links its matches predict: the cross
   * product of each match's sentences.
   */
  private record Links(List<Span> originals, List<Span> translations, Set<List<Span>> predicted) {
    static Links of(List<Pair> pairs) {
      Links links = new Links(new ArrayList<>(), new ArrayList<>(), new HashSet<>());
      for (Pair p : pairs) {
        List<Span> a = spans(p.original());
        List<Span> b = spans(p.translation());
        links.originals.addAll(a);
        links.translations.addAll(b);
        if (p.kind() == PairKind.MATCH) {
          for (Span x : a) {
            for (Span y : b) {
              links.predicted.add(List.of(x, y));
            }
          }
        }
      }
      return links;
    }
  }

  private static List<Span> inVerse(String text, List<Span> sentences, Span verse) {
    return sentences.stream().filter(s -> covers(text, s, verse)).toList();
  }

  private static List<Span> spans(List<SentenceRef> sentences) {
    List<Span> spans = new ArrayList<>();
    if (sentences != null) {
      for (SentenceRef s : sentences) {
        spans.add(new Span(s.start(), s.end()));
      }
    }
    return spans;
  }

  private static Map<Span, Set<Integer>> covered(
      String text, List<Span> sentences, List<VersePair> verses, boolean originalSide) {
    Map<Span, Set<Integer>> map = new LinkedHashMap<>();
    for (Span s : sentences) {
      Set<Integer> hit = new HashSet<>();
      for (int i = 0; i < verses.size(); i++) {
        VersePair v = verses.get(i);
        if (covers(text, s, originalSide ? v.original() : v.translation())) {
          hit.add(i);
        }
      }
      map.put(s, hit);
    }
    return map;
  }

  /**
   * Whether a sentence and a verse overlap by at least half of the shorter of the two, counting
   * non-space characters.
   */
  static boolean covers(String text, Span a, Span b) {
    int from = Math.max(a.start(), b.start());
    int to = Math.min(a.end(), b.end());
    if (to <= from) {
      return false;
    }
    int inter = nonSpace(text, from, to);
    return inter > 0
        && inter
            >= 0.5
                * Math.min(nonSpace(text, a.start(), a.end()), nonSpace(text, b.start(), b.end()));
  }

  private static int nonSpace(String text, int from, int to) {
    int n = 0;
    for (int i = Math.max(0, from); i < Math.min(to, text.length()); i++) {
      char c = text.charAt(i);
      n += Character.isWhitespace(c) || Character.isSpaceChar(c) ? 0 : 1;
    }
    return n;
  }

  /** The sum of two counts. */
  VerseAlignmentScore plus(VerseAlignmentScore other) {
    return new VerseAlignmentScore(
        truePositives + other.truePositives, predicted + other.predicted, gold + other.gold);
  }

  /** True positives over predicted links, 0 without any. */
  double precision() {
    return predicted == 0 ? 0 : (double) truePositives / predicted;
  }

  /** True positives over gold links, 0 without any. */
  double recall() {
    return gold == 0 ? 0 : (double) truePositives / gold;
  }

  /** The harmonic mean of precision and recall, 0 when both are. */
  double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
