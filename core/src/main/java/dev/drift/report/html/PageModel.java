package dev.drift.report.html;

import dev.drift.report.Counts;
import dev.drift.report.DocumentSummary;
import dev.drift.report.DriftReport;
import dev.drift.report.Pair;
import dev.drift.report.PairKind;
import dev.drift.report.SentenceRef;
import dev.drift.report.html.PlacedShift.Side;
import dev.drift.shift.Severity;
import dev.drift.shift.Shift;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One report as the page's regions see it: pairs and shifts numbered from 1 in report order, each
 * document's sentences in its own order, numbered from 1 ({@code o3}, {@code t7}) and carrying
 * their pair's number, and the shared lookups and formats. The regions only lay this out. Not
 * thread-safe; one per rendering: the columns record in {@link #headsWritten} which shift heads
 * they wrote, for the shift list.
 */
final class PageModel {
  final DriftReport report;
  final List<Pair> pairs;
  final List<PlacedShift> shifts = new ArrayList<>();
  final List<List<PlacedShift>> shiftsByPair = new ArrayList<>();
  final Map<Side, List<Entry>> columns = new EnumMap<>(Side.class);
  final Map<Side, Set<Integer>> headsWritten = new EnumMap<>(Side.class);
  private final Map<String, String> sentenceIds = new HashMap<>();

  /** A sentence in its column: its pair's number and its place among the pair's sentences. */
  record Entry(SentenceRef sentence, int pair, int indexInPair, String id) {}

  PageModel(DriftReport report) {
    this.report = report;
    this.pairs = orEmpty(report.pairs());
    for (int p = 0; p < pairs.size(); p++) {
      List<PlacedShift> placed = new ArrayList<>();
      for (Shift shift : orEmpty(pairs.get(p).shifts())) {
        PlacedShift ps = new PlacedShift(shifts.size() + 1, p + 1, shift);
        shifts.add(ps);
        placed.add(ps);
      }
      shiftsByPair.add(placed);
    }
    for (Side side : Side.values()) {
      List<Entry> entries = new ArrayList<>();
      for (int p = 0; p < pairs.size(); p++) {
        List<SentenceRef> sentences = sentences(pairs.get(p), side);
        for (int i = 0; i < sentences.size(); i++) {
          entries.add(new Entry(sentences.get(i), p + 1, i, null));
        }
      }
      // A stable sort: sentences with equal starts (which a valid report never has) keep pair
      // order.
      entries.sort(Comparator.comparingInt(e -> e.sentence().start()));
      List<Entry> numbered = new ArrayList<>(entries.size());
      for (int i = 0; i < entries.size(); i++) {
        Entry e = entries.get(i);
        String id = side.letter + (i + 1);
        numbered.add(new Entry(e.sentence(), e.pair(), e.indexInPair(), id));
        sentenceIds.put(side.letter + e.pair() + ":" + e.indexInPair(), id);
      }
      columns.put(side, numbered);
      headsWritten.put(side, new HashSet<>());
    }
  }

  /** The classes of a pair's strip cell and sentences: kind, similarity bucket, moved, worst. */
  String pairClasses(Pair pair, List<PlacedShift> placed) {
    StringBuilder sb = new StringBuilder();
    switch (kind(pair)) {
      case MATCH -> {
        sb.append("match ").append(bucket(pair.similarity()));
        if (belowMinimum(pair)) {
          sb.append(" low");
        }
      }
      case OMISSION -> sb.append("omission");
      case ADDITION -> sb.append("addition");
    }
    if (pair.moved()) {
      sb.append(" moved");
    }
    Severity worst = worst(placed);
    if (worst != null) {
      sb.append(" worst-").append(worst.id());
    }
    return sb.toString();
  }

  String sentenceId(Side side, int pair, int indexInPair) {
    return sentenceIds.get(side.letter + pair + ":" + indexInPair);
  }

  String firstSentenceId(int number, Pair pair) {
    if (!orEmpty(pair.original()).isEmpty()) {
      return sentenceId(Side.ORIGINAL, number, 0);
    }
    if (!orEmpty(pair.translation()).isEmpty()) {
      return sentenceId(Side.TRANSLATION, number, 0);
    }
    return "c" + number;
  }

  static List<SentenceRef> sentences(Pair pair, Side side) {
    return orEmpty(side == Side.ORIGINAL ? pair.original() : pair.translation());
  }

  Counts counts() {
    // Older reports have no counts; the report model's own tally stands in.
    return report.counts() != null ? report.counts() : Counts.of(pairs);
  }

  boolean belowMinimum(Pair pair) {
    return pair.similarity() != null
        && report.thresholds() != null
        && pair.similarity() < report.thresholds().minSimilarity();
  }

  static PairKind kind(Pair pair) {
    return pair.kind() == null ? PairKind.MATCH : pair.kind();
  }

  static Severity worst(List<PlacedShift> placed) {
    Severity worst = null;
    for (PlacedShift s : placed) {
      Severity severity = s.shift().severity();
      if (severity != null && (worst == null || severity.compareTo(worst) > 0)) {
        worst = severity;
      }
    }
    return worst;
  }

  /** The similarity bucket class {@code q0}…{@code q10}, tenths rounded down. */
  static String bucket(Double similarity) {
    if (similarity == null || similarity.isNaN()) {
      return "qn";
    }
    return "q" + (int) Math.floor(Math.max(0, Math.min(1, similarity)) * 10);
  }

  String verdictLabel() {
    return report.verdict() == null ? "?" : report.verdict().name();
  }

  String schema() {
    return report.schema() == null ? DriftReport.SCHEMA : report.schema();
  }

  static String lineColumn(SentenceRef s) {
    return s.line() + ":" + s.column();
  }

  static String path(DocumentSummary doc) {
    return doc == null || doc.path() == null ? "(unknown)" : doc.path();
  }

  static String baseName(String path) {
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return slash >= 0 && slash < path.length() - 1 ? path.substring(slash + 1) : path;
  }

  static String orUnknown(String s) {
    return s == null || s.isEmpty() ? "unknown" : s;
  }

  static String fixed(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  static String percent(double fraction) {
    double clamped = Double.isNaN(fraction) ? 0 : Math.max(0, Math.min(1, fraction));
    return String.format(Locale.ROOT, "%.1f%%", clamped * 100);
  }

  static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
