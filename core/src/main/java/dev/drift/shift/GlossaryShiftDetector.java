package dev.drift.shift;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Glossary terms: a term of the {@link Glossary} that the original uses more often than the
 * translation uses its required rendering is a shift of kind {@link ShiftKind#GLOSSARY}, severity
 * error. It joins the wording change it overlaps ({@code TASS → CASS} becomes one shift with both
 * kinds), else it stands alone on the term, or on a forbidden rendering the translation uses
 * ({@code Kiev}). Terms match case-sensitively, as whole words. Stateless and thread-safe.
 */
final class GlossaryShiftDetector implements ShiftDetector {
  private final List<Compiled> terms;

  private record Compiled(Glossary.Term term, Pattern pattern, List<Pattern> forbidden) {}

  private GlossaryShiftDetector(List<Compiled> terms) {
    this.terms = terms;
  }

  /**
   * Creates the detector.
   *
   * @param glossary the terms to enforce
   * @return the detector
   */
  static GlossaryShiftDetector create(Glossary glossary) {
    List<Compiled> compiled = new ArrayList<>();
    for (Glossary.Term t : glossary.terms()) {
      compiled.add(
          new Compiled(
              t, word(t.term()), t.forbidden().stream().map(GlossaryShiftDetector::word).toList()));
    }
    return new GlossaryShiftDetector(List.copyOf(compiled));
  }

  @Override
  public void detect(AlignedPair pair, List<Finding> findings) {
    String original = pair.original().text();
    String translation = pair.translation().text();
    for (Compiled c : terms) {
      List<int[]> uses = find(c.pattern(), original);
      if (uses.isEmpty()) {
        continue;
      }
      String required = c.term().renderingFor(pair.translation().language());
      if (find(word(required), translation).size() >= uses.size()) {
        continue;
      }
      int[] wrong = null;
      String wrongText = null;
      for (int k = 0; k < c.forbidden().size() && wrong == null; k++) {
        List<int[]> hits = find(c.forbidden().get(k), translation);
        if (!hits.isEmpty()) {
          wrong = hits.get(0);
          wrongText = c.term().forbidden().get(k);
        }
      }
      int[] a = wordRange(pair.original().words(), uses.get(0));
      int[] b = wrong == null ? new int[] {0, 0} : wordRange(pair.translation().words(), wrong);
      Finding target = overlapping(findings, a, b);
      if (target == null) {
        target = new Finding(a[0], a[1], b[0], b[1]);
        findings.add(target);
      }
      if (wrong != null && !target.hasTranslation()) {
        // The change it joined (a name dropped, say) knew no translation side: point at the
        // forbidden rendering the translation uses.
        target.translationFrom = b[0];
        target.translationTo = b[1];
        target.kinds.remove(ShiftKind.OMISSION);
        target.kinds.add(ShiftKind.SUBSTITUTION);
      }
      if (wrongText == null && target.hasTranslation()) {
        wrongText = pair.translation().textOf(target.translationFrom, target.translationTo);
      }
      target.neutral = false;
      target.kinds.add(ShiftKind.GLOSSARY);
      target.raise(Severity.ERROR);
      target.reason =
          "glossary: \""
              + c.term().term()
              + "\" must be rendered \""
              + required
              + "\" in "
              + pair.translation().language()
              + (wrongText == null
                  ? ", not found in the translation"
                  : ", found \"" + wrongText + "\"");
    }
  }

  private static Finding overlapping(List<Finding> findings, int[] a, int[] b) {
    for (Finding f : findings) {
      if (f.overlapsOriginal(a[0], a[1]) || (b[1] > b[0] && f.overlapsTranslation(b[0], b[1]))) {
        return f;
      }
    }
    return null;
  }

  private static Pattern word(String text) {
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(text) + "(?![\\p{L}\\p{N}])");
  }

  private static List<int[]> find(Pattern pattern, String text) {
    List<int[]> hits = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      hits.add(new int[] {m.start(), m.end()});
    }
    return hits;
  }

  /** The words covering a character range: first and end (exclusive) word index. */
  private static int[] wordRange(List<Word> words, int[] chars) {
    int from = -1;
    int to = -1;
    for (Word w : words) {
      if (w.end() > chars[0] && w.start() < chars[1]) {
        from = from < 0 ? w.index() : from;
        to = w.index() + 1;
      }
    }
    return from < 0 ? new int[] {0, 0} : new int[] {from, to};
  }
}
