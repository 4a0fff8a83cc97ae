package dev.drift.batch;

import dev.drift.report.DriftReport;
import dev.drift.report.Pair;
import dev.drift.report.PairKind;
import dev.drift.report.Place;
import dev.drift.report.SentenceRef;
import dev.drift.shift.Severity;
import dev.drift.shift.Shift;
import dev.drift.shift.TextSpan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The places in a document that explain its drift — a shift, a dropped or added sentence, a loosely
 * matched pair — as {@link Place}s ({@code file:line:column: message}, which IDEs and CI turn into
 * links): the file is the original for a dropped sentence, else the translation. Stateless.
 */
final class WorstPlaces {
  private static final int SNIPPET = 80;

  private WorstPlaces() {}

  /**
   * The worst places of a report, worst first, leaving out what a baseline accepted: shifts at or
   * above the failing severity (most severe, then highest score first); then dropped and added
   * sentences and matches below {@code minSimilarity} or with a drift above {@code maxDrift}, those
   * that add most to document drift (drift times the characters they hold) first; then the
   * remaining shifts.
   *
   * @param report the report
   * @param pair the files the report is about
   * @param limit how many to return at most
   * @return the findings
   */
  static List<Place> of(DriftReport report, DocumentPair pair, int limit) {
    Severity failOn = report.thresholds().failOn();
    List<Ranked> ranked = new ArrayList<>();
    for (Pair p : report.pairs()) {
      // A dropped or added sentence carries one whole-sentence shift; its pair line says more.
      boolean sentence = p.kind() != PairKind.MATCH;
      if (!p.shifts().isEmpty() && p.shifts().stream().allMatch(Shift::accepted)) {
        continue;
      }
      Severity sentenceSeverity = null;
      for (Shift s : p.shifts()) {
        if (s.accepted()) {
          continue;
        }
        if (sentence) {
          sentenceSeverity = s.severity();
          continue;
        }
        int tier = s.severity().compareTo(failOn) >= 0 ? 2 : 0;
        double score = s.severity().ordinal() + s.score();
        ranked.add(new Ranked(tier, score, ranked.size(), shift(p, s, pair)));
      }
      if (explains(p, report)) {
        double weight = chars(p.original()) + chars(p.translation());
        int tier = sentenceSeverity != null && sentenceSeverity.compareTo(failOn) >= 0 ? 2 : 1;
        double score = tier == 2 ? sentenceSeverity.ordinal() + 1 : p.drift() * weight;
        Place f = pair(p, report, pair);
        if (sentenceSeverity != null) {
          f = new Place(f.file(), f.line(), f.column(), sentenceSeverity.id() + ": " + f.message());
        }
        ranked.add(new Ranked(tier, score, ranked.size(), f));
      }
    }
    ranked.sort(
        Comparator.comparingInt(Ranked::tier)
            .thenComparingDouble(Ranked::score)
            .reversed()
            .thenComparingInt(Ranked::order));
    return ranked.stream().limit(limit).map(Ranked::finding).toList();
  }

  /**
   * Whether a pair explains drift: a dropped or added sentence, or a match below minSimilarity or
   * whose two sides lie further apart than the whole document may drift. A match that drifts only
   * through the penalty of its shifts is explained by those shifts, which are listed already.
   */
  private static boolean explains(Pair p, DriftReport report) {
    return p.kind() != PairKind.MATCH
        || p.similarity() < report.thresholds().minSimilarity()
        || 1 - p.similarity() > report.thresholds().maxDrift();
  }

  private record Ranked(int tier, double score, int order, Place finding) {}

  private static Place pair(Pair p, DriftReport report, DocumentPair files) {
    if (p.kind() == PairKind.OMISSION) {
      SentenceRef at = p.original().get(0);
      return new Place(
          files.original().toString(),
          at.line(),
          at.column(),
          "dropped in the translation: " + snippet(p.original()));
    }
    SentenceRef at = p.translation().get(0);
    if (p.kind() == PairKind.ADDITION) {
      return new Place(
          files.translation().toString(),
          at.line(),
          at.column(),
          "added in the translation: " + snippet(p.translation()));
    }
    double min = report.thresholds().minSimilarity();
    String below =
        p.similarity() < min ? String.format(Locale.ROOT, " is below minSimilarity %.2f", min) : "";
    return new Place(
        files.translation().toString(),
        at.line(),
        at.column(),
        String.format(
            Locale.ROOT,
            "similarity %.2f%s (original line %d): %s",
            p.similarity(),
            below,
            p.original().get(0).line(),
            snippet(p.translation())));
  }

  private static Place shift(Pair p, Shift s, DocumentPair files) {
    boolean inTranslation = s.translation() != null;
    TextSpan span = inTranslation ? s.translation() : s.original();
    List<SentenceRef> side = inTranslation ? p.translation() : p.original();
    Path file = inTranslation ? files.translation() : files.original();
    String message = s.severity().id() + ": " + s.message();
    if (span == null || side.isEmpty()) {
      SentenceRef any = !p.translation().isEmpty() ? p.translation().get(0) : p.original().get(0);
      return new Place(
          (p.translation().isEmpty() ? files.original() : files.translation()).toString(),
          any.line(),
          any.column(),
          message);
    }
    SentenceRef ref = side.get(0);
    for (SentenceRef r : side) {
      if (r.start() <= span.start() && span.start() <= r.end()) {
        ref = r;
      }
    }
    int offset = Math.max(0, Math.min(span.start() - ref.start(), ref.text().length()));
    String before = ref.text().substring(0, offset);
    int newline = before.lastIndexOf('\n');
    int line = ref.line() + (int) before.chars().filter(c -> c == '\n').count();
    int column = newline < 0 ? ref.column() + offset : offset - newline;
    return new Place(file.toString(), line, column, message);
  }

  private static int chars(List<SentenceRef> refs) {
    int n = 0;
    for (SentenceRef r : refs) {
      n += r.text().length();
    }
    return n;
  }

  /** The sentences' text on one line, quoted and cut to a readable length. */
  static String snippet(List<SentenceRef> refs) {
    StringBuilder sb = new StringBuilder();
    for (SentenceRef r : refs) {
      sb.append(sb.length() == 0 ? "" : " ").append(r.text());
    }
    String text = sb.toString().replaceAll("\\s+", " ").trim();
    if (text.length() > SNIPPET) {
      text = text.substring(0, SNIPPET - 3).stripTrailing() + "...";
    }
    return "\"" + text + "\"";
  }
}
