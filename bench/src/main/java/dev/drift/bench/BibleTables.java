package dev.drift.bench;

import dev.drift.bench.BibleSet.Side;
import dev.drift.bench.CrosslingualBenchmark.ChapterOutcome;
import dev.drift.bench.CrosslingualBenchmark.EditOutcome;
import dev.drift.bench.CrosslingualBenchmark.Run;
import dev.drift.report.Verdict;
import dev.drift.shift.Severity;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** The cross-lingual benchmark's table, in the shift benchmark's layout. */
final class BibleTables {
  private BibleTables() {}

  /** The goals. */
  static final double F1_GOAL = 0.90;

  static final double CAUGHT_GOAL = 0.95;
  static final double BENIGN_GOAL = 0.05;

  /**
   * The table of one run: alignment, each edit family, the headline rates, the unedited chapters,
   * the goals and the time taken.
   */
  static String table(BibleSet bible, Side side, String options, Run run) {
    StringBuilder sb = new StringBuilder();
    List<ChapterOutcome> chapters = run.chapters();
    VerseAlignmentScore score = VerseAlignmentScore.ZERO;
    VerseAlignmentScore verseScore = VerseAlignmentScore.ZERO;
    for (ChapterOutcome c : chapters) {
      score = score.plus(c.score());
      verseScore = verseScore.plus(c.splitScore());
    }
    sb.append(
        String.format(
            Locale.ROOT,
            "%n== %s set, kjv → %s (%d chapters), options: %s%n",
            bible.name(),
            side,
            chapters.size(),
            options));
    long refused = chapters.stream().filter(c -> c.refused() != null).count();
    if (refused > 0) {
      sb.append(
          String.format(
              Locale.ROOT,
              "refused: %d chapters, e.g. %s%n",
              refused,
              chapters.stream().filter(c -> c.refused() != null).findFirst().get().refused()));
    }
    sb.append(
        String.format(
            Locale.ROOT,
            "alignment: precision %.3f recall %.3f F1 %.3f (links %d predicted, %d gold)%n",
            score.precision(),
            score.recall(),
            score.f1(),
            score.predicted(),
            score.gold()));
    sb.append(
        String.format(
            Locale.ROOT,
            "alignment, a verse split alike aligned one to one counted right: precision %.3f"
                + " recall %.3f F1 %.3f (links %d predicted, %d gold)%n",
            verseScore.precision(),
            verseScore.recall(),
            verseScore.f1(),
            verseScore.predicted(),
            verseScore.gold()));
    int verses = chapters.stream().mapToInt(ChapterOutcome::verses).sum();
    int versesFlagged = chapters.stream().mapToInt(ChapterOutcome::versesFlagged).sum();
    long pass = chapters.stream().filter(c -> c.verdict() == Verdict.PASS).count();
    double uneditedDrift = mean(chapters.stream().mapToDouble(ChapterOutcome::drift).toArray());
    sb.append(
        String.format(
            Locale.ROOT,
            "unedited: %d/%d chapters pass; verses flagged ≥ warning %.1f%% (%d/%d); mean drift %.3f%n",
            pass,
            chapters.size(),
            pct(versesFlagged, verses),
            versesFlagged,
            verses,
            uneditedDrift));
    List<EditOutcome> edits = run.edits();
    if (!edits.isEmpty()) {
      sb.append(
          String.format(
              Locale.ROOT,
              "%-15s %5s %9s %7s %7s %7s %7s%n",
              "edit",
              "n",
              "≥warning",
              "error",
              "caught",
              "fail",
              "drift"));
      for (var e : CrosslingualBenchmark.byFamily(edits).entrySet()) {
        List<EditOutcome> os = e.getValue();
        if (os.isEmpty()) {
          continue;
        }
        sb.append(
            String.format(
                Locale.ROOT,
                "%-15s %5d %8.1f%% %6.1f%% %6.1f%% %6.1f%% %7.3f%n",
                e.getKey().id() + (e.getKey().meaning ? "" : " (b)"),
                os.size(),
                share(os, o -> o.flagged() != null && o.flagged() != Severity.INFO),
                share(os, o -> o.flagged() == Severity.ERROR),
                share(os, EditOutcome::caught),
                share(os, o -> o.verdict() != Verdict.PASS),
                mean(os.stream().mapToDouble(EditOutcome::drift).toArray())));
      }
      List<EditOutcome> meaning = edits.stream().filter(o -> o.edit().family().meaning).toList();
      List<EditOutcome> benign = edits.stream().filter(o -> !o.edit().family().meaning).toList();
      long caught = meaning.stream().filter(EditOutcome::caught).count();
      long flagged = benign.stream().filter(EditOutcome::caught).count();
      sb.append(
          String.format(
              Locale.ROOT,
              "meaning edits caught ≥ warning: %.1f%% (%d/%d); benign edits (b) flagged ≥ warning:"
                  + " %.1f%% (%d/%d)%n",
              pct(caught, meaning.size()),
              caught,
              meaning.size(),
              pct(flagged, benign.size()),
              flagged,
              benign.size()));
      if (versesFlagged > BENIGN_GOAL * verses) {
        sb.append(
            String.format(
                Locale.ROOT,
                "note: %.1f%% of the verses of unedited chapters are flagged as well, so an edit"
                    + " flagged here is not told apart from the noise%n",
                pct(versesFlagged, verses)));
      }
      sb.append(
          String.format(
              Locale.ROOT,
              "mean drift: unedited %.3f, benign edits %.3f, meaning edits %.3f%n",
              uneditedDrift,
              mean(benign.stream().mapToDouble(EditOutcome::drift).toArray()),
              mean(meaning.stream().mapToDouble(EditOutcome::drift).toArray())));
      double[] faithful =
          chapters.stream().flatMapToDouble(c -> Arrays.stream(c.verseDrifts())).toArray();
      sb.append(
          String.format(
              Locale.ROOT,
              "verse drift ROC AUC against unedited verses: meaning edits %.3f, benign edits %.3f%n",
              auc(verseDrifts(meaning), faithful),
              auc(verseDrifts(benign), faithful)));
      long editRefused = edits.stream().filter(o -> o.refused() != null).count();
      if (editRefused > 0) {
        sb.append(String.format(Locale.ROOT, "refused: %d edited copies%n", editRefused));
      }
      sb.append(
          String.format(
              Locale.ROOT,
              "goals: F1 ≥ %.2f %s; meaning caught ≥ %.0f%% %s; benign flagged ≤ %.0f%% %s;"
                  + " every unedited chapter passes %s%n",
              F1_GOAL,
              met(score.f1() >= F1_GOAL),
              100 * CAUGHT_GOAL,
              met(caught >= CAUGHT_GOAL * meaning.size() && !meaning.isEmpty()),
              100 * BENIGN_GOAL,
              met(flagged <= BENIGN_GOAL * benign.size() && !benign.isEmpty()),
              met(pass == chapters.size())));
    } else {
      sb.append(
          String.format(
              Locale.ROOT,
              "goals: F1 ≥ %.2f %s; every unedited chapter passes %s%n",
              F1_GOAL,
              met(score.f1() >= F1_GOAL),
              met(pass == chapters.size())));
    }
    sb.append(
        String.format(
            Locale.ROOT,
            "time: %.1f s aligning %d chapters, %.1f s comparing %d edited copies%n",
            run.alignSeconds(),
            chapters.size(),
            run.editSeconds(),
            edits.size()));
    return sb.toString();
  }

  private static String met(boolean met) {
    return met ? "MET" : "not met";
  }

  private static double share(List<EditOutcome> os, Predicate<EditOutcome> p) {
    return pct(os.stream().filter(p).count(), os.size());
  }

  private static double pct(long n, long of) {
    return of == 0 ? 0 : 100.0 * n / of;
  }

  /** The mean of the numbers that are not NaN (refused comparisons have none). */
  private static double[] verseDrifts(List<EditOutcome> edits) {
    return edits.stream()
        .mapToDouble(EditOutcome::verseDrift)
        .filter(d -> !Double.isNaN(d))
        .toArray();
  }

  /**
   * The area under the ROC curve of a score telling positives from negatives: the chance that a
   * positive drawn at random scores above a negative drawn at random, ties counting half
   * (Mann-Whitney). 0.5 is chance, 1 a perfect ranking; NaN without both.
   */
  static double auc(double[] positives, double[] negatives) {
    if (positives.length == 0 || negatives.length == 0) {
      return Double.NaN;
    }
    double[] neg = negatives.clone();
    Arrays.sort(neg);
    double wins = 0;
    for (double x : positives) {
      int below = lowerBound(neg, x);
      int notAbove = lowerBound(neg, Math.nextUp(x));
      wins += below + 0.5 * (notAbove - below);
    }
    return wins / ((double) positives.length * neg.length);
  }

  /** The number of values in a sorted array below {@code x}. */
  private static int lowerBound(double[] sorted, double x) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  static double mean(double[] values) {
    double sum = 0;
    int n = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        sum += v;
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }
}
