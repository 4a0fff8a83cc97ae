package dev.drift.report.html;

import dev.drift.report.Counts;
import dev.drift.report.DocumentSummary;
import dev.drift.report.DriftReport;
import dev.drift.report.Pair;
import dev.drift.report.PairKind;
import dev.drift.report.SentenceRef;
import dev.drift.report.Verdict;
import dev.drift.report.html.PlacedShift.Side;
import dev.drift.report.html.SentenceMarkup.Stretch;
import dev.drift.score.Thresholds;
import dev.drift.shift.Severity;
import dev.drift.shift.Shift;
import dev.drift.shift.ShiftKind;
import dev.drift.shift.TextSpan;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lays out one report as a page. Pairs and shifts are numbered from 1 in report order; sentence
 * elements are numbered from 1 in each document's own order ({@code o3}, {@code t7}) and carry
 * their pair's number in {@code data-pair}. Not thread-safe; one per rendering.
 */
final class ReportPage {
  private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

  private final DriftReport report;
  private final PageAssets assets;
  private final List<Pair> pairs;
  private final List<PlacedShift> shifts = new ArrayList<>();
  private final List<List<PlacedShift>> shiftsByPair = new ArrayList<>();
  private final Map<Side, List<Entry>> columns = new EnumMap<>(Side.class);
  private final Map<Side, Set<Integer>> headsWritten = new EnumMap<>(Side.class);
  private final Map<String, String> sentenceIds = new HashMap<>();

  /** A sentence in its column: its pair's number and its place among the pair's sentences. */
  private record Entry(SentenceRef sentence, int pair, int indexInPair, String id) {}

  ReportPage(DriftReport report, PageAssets assets) {
    this.report = report;
    this.assets = assets;
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

  void write(Writer out) throws IOException {
    // The columns come first so that the shift list knows which marks exist to link to.
    StringWriter docs = new StringWriter();
    writeDocuments(new HtmlWriter(docs));

    HtmlWriter w = new HtmlWriter(out);
    w.raw("<!DOCTYPE html>").newline();
    w.open("html", "lang", "en", "class", "nojs").newline();
    writeHead(w);
    w.open("body").newline();
    writeSummary(w);
    writeToolbar(w);
    writeStrip(w);
    w.raw(docs.toString());
    w.open("script").raw(assets.js()).close("script").newline();
    w.close("body").newline().close("html").newline();
  }

  private void writeHead(HtmlWriter w) throws IOException {
    w.open("head").newline();
    w.open("meta", "charset", "utf-8").newline();
    w.open(
            "meta",
            "http-equiv",
            "Content-Security-Policy",
            "content",
            assets.contentSecurityPolicy())
        .newline();
    w.open("meta", "name", "referrer", "content", "no-referrer").newline();
    w.open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline();
    w.open("meta", "name", "generator", "content", "drift (" + schema() + ")").newline();
    w.open("meta", "name", "color-scheme", "content", "light dark").newline();
    w.open("title")
        .text(
            HtmlWriter.Bidi.visible(
                "drift · "
                    + baseName(path(report.original()))
                    + " → "
                    + baseName(path(report.translation()))
                    + " · "
                    + verdictLabel()))
        .close("title")
        .newline();
    w.open("style").raw(assets.css()).close("style").newline();
    w.close("head").newline();
  }

  // ---------------------------------------------------------------- summary

  private void writeSummary(HtmlWriter w) throws IOException {
    w.open("header", "class", "summary").newline();
    w.open("div", "class", "head-row");
    w.open("h1");
    w.element("span", "drift", "class", "brand");
    w.open("span", "class", "files");
    w.element(
        "span",
        baseName(path(report.original())),
        "class",
        "file",
        "title",
        path(report.original()));
    w.element("span", "→", "class", "arrow", "aria-label", "compared with");
    w.element(
        "span",
        baseName(path(report.translation())),
        "class",
        "file",
        "title",
        path(report.translation()));
    w.close("span").close("h1");
    boolean pass = report.verdict() == Verdict.PASS;
    w.element(
        "span", verdictLabel(), "class", "verdict " + (pass ? "verdict-pass" : "verdict-fail"));
    w.close("div").newline();

    w.open("p", "class", "meta");
    writeDocumentMeta(w, "original", report.original());
    w.element("span", " → ", "class", "sep", "aria-hidden", "true");
    writeDocumentMeta(w, "translation", report.translation());
    w.element("span", " · ", "class", "sep", "aria-hidden", "true");
    w.open("span", "class", "model").text("model ");
    w.element("b", report.model() == null ? "unknown" : report.model().name());
    String sha = report.model() == null ? null : report.model().sha256();
    if (sha != null && !sha.isEmpty()) {
      w.text(" ");
      w.element(
          "code",
          sha.length() > 8 ? sha.substring(0, 8) : sha,
          "class",
          "sha",
          "title",
          "SHA-256 " + sha);
    }
    w.close("span").close("p").newline();

    w.open("div", "class", "stats").newline();
    writeScore(w);
    Counts c = counts();
    writeStat(
        w, "matched", c.matches(), c.moved() > 0 ? c.moved() + " moved" : "in order", "match");
    writeStat(w, "omitted", c.omissions(), "in the original only", "omit");
    writeStat(w, "added", c.additions(), "in the translation only", "add");
    w.open("div", "class", "stat stat-shifts");
    w.element("span", "shifts", "class", "stat-label");
    w.open("span", "class", "sev-counts");
    writeSeverityCount(w, Severity.ERROR, c.error());
    writeSeverityCount(w, Severity.WARNING, c.warning());
    writeSeverityCount(w, Severity.INFO, c.info());
    w.close("span").close("div").newline();
    List<String> reasons = orEmpty(report.reasons());
    List<String> warnings = orEmpty(report.warnings());
    if (!reasons.isEmpty() || !warnings.isEmpty()) {
      w.open("div", "class", "notes");
      if (!reasons.isEmpty()) {
        w.open("ul", "class", "reasons", "aria-label", "why it fails");
        for (String reason : reasons) {
          w.element("li", reason);
        }
        w.close("ul");
      }
      if (!warnings.isEmpty()) {
        w.open("ul", "class", "warnings", "aria-label", "warnings");
        for (String warning : warnings) {
          w.element("li", warning);
        }
        w.close("ul");
      }
      w.close("div").newline();
    }
    w.close("div").newline();
    w.close("header").newline();
  }

  private void writeDocumentMeta(HtmlWriter w, String label, DocumentSummary doc)
      throws IOException {
    w.open("span", "class", "doc-meta");
    w.text(label + " ");
    w.element("b", path(doc));
    if (doc != null) {
      w.text(
          String.format(
              Locale.ROOT,
              " (%s, %s, %d sentences)",
              orUnknown(doc.format()),
              orUnknown(doc.language()),
              doc.sentences()));
    }
    w.close("span");
  }

  private void writeScore(HtmlWriter w) throws IOException {
    Thresholds t = report.thresholds();
    boolean over = t != null && report.drift() > t.maxDrift();
    w.open("div", "class", "stat stat-score" + (over ? " over" : ""));
    w.element("span", "drift", "class", "stat-label");
    w.element("span", fixed(report.drift()), "class", "stat-value");
    w.element("span", t == null ? "no maximum" : "max " + fixed(t.maxDrift()), "class", "stat-sub");
    // The gauge is drawn with SVG geometry attributes, which the policy allows, not style ones.
    w.open(
        "svg",
        "class",
        "gauge",
        "width",
        "100%",
        "height",
        "10",
        "aria-hidden",
        "true",
        "focusable",
        "false");
    w.open(
            "rect", "class", "g-track", "x", "0", "y", "2", "width", "100%", "height", "6", "rx",
            "3")
        .close("rect");
    w.open(
            "rect",
            "class",
            "g-fill",
            "x",
            "0",
            "y",
            "2",
            "width",
            percent(report.drift()),
            "height",
            "6",
            "rx",
            "3")
        .close("rect");
    if (t != null) {
      w.open(
              "rect",
              "class",
              "g-max",
              "x",
              percent(t.maxDrift()),
              "y",
              "0",
              "width",
              "2",
              "height",
              "10")
          .close("rect");
    }
    w.close("svg");
    w.close("div").newline();
  }

  private static void writeStat(HtmlWriter w, String label, int value, String sub, String kind)
      throws IOException {
    w.open("div", "class", "stat stat-" + kind);
    w.element("span", label, "class", "stat-label");
    w.element("span", Integer.toString(value), "class", "stat-value");
    w.element("span", sub, "class", "stat-sub");
    w.close("div").newline();
  }

  private static void writeSeverityCount(HtmlWriter w, Severity severity, int n)
      throws IOException {
    w.open("span", "class", "sev-count sev-" + severity.id() + (n == 0 ? " none" : ""));
    w.element("b", Integer.toString(n));
    w.text(" " + severity.id());
    w.close("span");
  }

  // ---------------------------------------------------------------- toolbar

  private void writeToolbar(HtmlWriter w) throws IOException {
    // Filters need the script, which reveals the toolbar; without it the page is for reading.
    w.open("div", "class", "toolbar", "id", "toolbar", "hidden", "").newline();
    w.open("fieldset", "class", "filter");
    w.element("legend", "severity");
    Counts c = counts();
    int[] bySeverity = {c.error(), c.warning(), c.info()};
    Severity[] order = {Severity.ERROR, Severity.WARNING, Severity.INFO};
    for (int i = 0; i < order.length; i++) {
      writeFilter(w, "sev", order[i].id(), bySeverity[i], "sev-" + order[i].id());
    }
    w.close("fieldset").newline();
    Map<ShiftKind, Integer> kinds = new EnumMap<>(ShiftKind.class);
    for (PlacedShift s : shifts) {
      for (ShiftKind k : s.kinds()) {
        kinds.merge(k, 1, Integer::sum);
      }
    }
    if (!kinds.isEmpty()) {
      w.open("fieldset", "class", "filter");
      w.element("legend", "kind");
      for (Map.Entry<ShiftKind, Integer> k : kinds.entrySet()) {
        writeFilter(w, "kind", k.getKey().id(), k.getValue(), "kind");
      }
      w.close("fieldset").newline();
    }
    w.open("label", "class", "chip only");
    w.open("input", "type", "checkbox", "id", "only-shifted");
    w.text(" only pairs with shown shifts");
    w.close("label").newline();
    w.element("span", "", "class", "shown", "id", "shown", "aria-live", "polite").newline();
    w.close("div").newline();
  }

  private static void writeFilter(HtmlWriter w, String filter, String value, int n, String classes)
      throws IOException {
    w.open("label", "class", "chip " + classes);
    w.open("input", "type", "checkbox", "data-filter", filter, "value", value, "checked", "");
    w.text(" " + value + " ");
    w.element("span", Integer.toString(n), "class", "n");
    w.close("label");
  }

  // ---------------------------------------------------------------- strip

  private void writeStrip(HtmlWriter w) throws IOException {
    w.open("nav", "class", "strip-wrap", "aria-label", "pairs in report order").newline();
    w.open("div", "class", "strip");
    for (int p = 0; p < pairs.size(); p++) {
      Pair pair = pairs.get(p);
      String label = pairLabel(p + 1, pair);
      w.open(
          "a",
          "class",
          "cell " + pairClasses(pair, shiftsByPair.get(p)),
          "id",
          "c" + (p + 1),
          "href",
          "#" + firstSentenceId(p + 1, pair),
          "data-pair",
          Integer.toString(p + 1),
          "title",
          label,
          "aria-label",
          label);
      w.close("a");
    }
    w.close("div").newline();
    w.open("div", "class", "strip-foot");
    w.open("div", "class", "legend", "aria-hidden", "true");
    w.element("span", "similarity", "class", "lg-label");
    w.element("span", "", "class", "lg-ramp");
    w.element("span", "low → high", "class", "lg-label");
    w.element("span", "", "class", "sw sw-omit");
    w.element("span", "omitted", "class", "lg-label");
    w.element("span", "", "class", "sw sw-add");
    w.element("span", "added", "class", "lg-label");
    w.element("span", "", "class", "sw sw-moved");
    w.element("span", "moved", "class", "lg-label");
    if (report.thresholds() != null) {
      w.element("span", "", "class", "sw sw-low");
      w.element(
          "span",
          "below min similarity " + fixed(report.thresholds().minSimilarity()),
          "class",
          "lg-label");
    }
    w.element("span", "", "class", "sw sw-shift");
    w.element("span", "worst shift", "class", "lg-label");
    w.close("div");
    w.open("span", "class", "keys");
    w.element("kbd", "j");
    w.text(" / ");
    w.element("kbd", "k");
    w.text(" next / previous shift · ");
    w.element("kbd", "Esc");
    w.text(" clear");
    w.close("span");
    w.close("div").newline();
    w.close("nav").newline();
  }

  private String pairLabel(int number, Pair pair) {
    StringBuilder sb = new StringBuilder("pair ").append(number).append(": ");
    switch (kind(pair)) {
      case MATCH -> {
        sb.append("match");
        if (pair.similarity() != null) {
          sb.append(", similarity ").append(fixed(pair.similarity()));
        }
        if (pair.moved()) {
          sb.append(", moved");
        }
      }
      case OMISSION -> sb.append("omitted in the translation");
      case ADDITION -> sb.append("added in the translation");
    }
    sb.append(where(" · original ", orEmpty(pair.original())));
    sb.append(where(" · translation ", orEmpty(pair.translation())));
    List<PlacedShift> placed = shiftsByPair.get(number - 1);
    if (!placed.isEmpty()) {
      sb.append(" · ").append(placed.size()).append(placed.size() == 1 ? " shift" : " shifts");
      Severity worst = worst(placed);
      if (worst != null) {
        sb.append(" (worst ").append(worst.id()).append(')');
      }
    }
    return sb.toString();
  }

  private static String where(String prefix, List<SentenceRef> sentences) {
    if (sentences.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder(prefix);
    for (int i = 0; i < sentences.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(lineColumn(sentences.get(i)));
    }
    return sb.toString();
  }

  private String pairClasses(Pair pair, List<PlacedShift> placed) {
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

  // ---------------------------------------------------------------- documents

  private void writeDocuments(HtmlWriter w) throws IOException {
    w.open("main", "class", "docs").newline();
    writeColumn(w, Side.ORIGINAL, report.original());
    writeColumn(w, Side.TRANSLATION, report.translation());
    w.close("main").newline();
    writeShiftList(w);
  }

  private void writeColumn(HtmlWriter w, Side side, DocumentSummary doc) throws IOException {
    String heading = "h-" + side.letter;
    w.open("section", "class", "doc doc-" + side.letter, "aria-labelledby", heading).newline();
    w.open("h2", "id", heading, "class", "doc-head");
    w.element("span", side == Side.ORIGINAL ? "Original" : "Translation", "class", "side");
    w.text(" ");
    w.element("span", path(doc), "class", "path", "title", path(doc));
    w.text(" ");
    w.element("span", columns.get(side).size() + " sentences", "class", "count");
    w.close("h2").newline();
    String language = doc == null ? null : doc.language();
    w.open(
        "div",
        "class",
        "pane",
        "id",
        "pane-" + side.letter,
        "lang",
        language != null && LANGUAGE_TAG.matcher(language).matches() ? language : null,
        "tabindex",
        "-1");
    w.newline();
    SentenceMarkup markup = new SentenceMarkup(side, headsWritten.get(side));
    for (Entry e : columns.get(side)) {
      writeSentence(w, side, e, markup);
    }
    if (columns.get(side).isEmpty()) {
      w.element("p", "no sentences", "class", "empty");
    }
    w.close("div").newline();
    w.close("section").newline();
  }

  private void writeSentence(HtmlWriter w, Side side, Entry e, SentenceMarkup markup)
      throws IOException {
    Pair pair = pairs.get(e.pair() - 1);
    List<PlacedShift> placed = shiftsByPair.get(e.pair() - 1);
    StringBuilder shiftIds = new StringBuilder();
    for (PlacedShift s : placed) {
      shiftIds.append(shiftIds.length() == 0 ? "" : " ").append(s.id());
    }
    w.open(
        "div",
        "class",
        "sent " + pairClasses(pair, placed),
        "id",
        e.id(),
        "data-pair",
        Integer.toString(e.pair()),
        "data-shifts",
        shiftIds.toString(),
        "tabindex",
        "-1");
    w.open("div", "class", "gut");
    switch (kind(pair)) {
      case MATCH -> {
        String sim = pair.similarity() == null ? "—" : fixed(pair.similarity());
        w.element(
            "span",
            sim,
            "class",
            "sim " + bucket(pair.similarity()) + (belowMinimum(pair) ? " low" : ""),
            "title",
            "similarity "
                + sim
                + (belowMinimum(pair)
                    ? ", below minSimilarity " + fixed(report.thresholds().minSimilarity())
                    : ""));
      }
      case OMISSION -> w.element("span", "omitted", "class", "tag tag-omit");
      case ADDITION -> w.element("span", "added", "class", "tag tag-add");
    }
    w.element("span", lineColumn(e.sentence()), "class", "loc", "title", "line:column");
    List<SentenceRef> mine = sentences(pair, side);
    List<SentenceRef> theirs = sentences(pair, side.other());
    if (mine.size() > 1 || theirs.size() > 1) {
      String shape =
          side == Side.ORIGINAL
              ? mine.size() + ":" + theirs.size()
              : theirs.size() + ":" + mine.size();
      w.element(
          "span",
          shape,
          "class",
          "tag tag-shape",
          "title",
          shape + ": original sentences : translation sentences in this pair");
    }
    if (pair.moved()) {
      w.element(
          "span", "moved", "class", "tag tag-moved", "title", "out of the documents' common order");
    }
    for (int i = 0; i < theirs.size(); i++) {
      String id = sentenceId(side.other(), e.pair(), i);
      w.element(
          "a",
          "↔ " + lineColumn(theirs.get(i)),
          "class",
          "peer",
          "href",
          "#" + id,
          "tabindex",
          "-1",
          "title",
          "the " + side.other().label + " at " + lineColumn(theirs.get(i)));
    }
    w.close("div");
    w.open("div", "class", "txt", "dir", "auto");
    List<Stretch> stretches = markup.stretches(e.sentence(), placed);
    markup.write(w, e.sentence().text(), stretches);
    w.close("div");
    w.close("div").newline();
  }

  private void writeShiftList(HtmlWriter w) throws IOException {
    w.open("details", "class", "shift-list", "id", "shift-list");
    w.open("summary");
    w.element("span", shifts.size() + (shifts.size() == 1 ? " shift" : " shifts"), "class", "n");
    w.text(shifts.isEmpty() ? " — none found" : " — list");
    w.close("summary").newline();
    if (!shifts.isEmpty()) {
      w.open("ol").newline();
      for (PlacedShift s : shifts) {
        writeShiftRow(w, s);
      }
      w.close("ol").newline();
    }
    w.close("details").newline();
  }

  private void writeShiftRow(HtmlWriter w, PlacedShift s) throws IOException {
    w.open(
        "li",
        "class",
        "srow",
        "id",
        "shift-" + s.id(),
        "data-shift",
        Integer.toString(s.id()),
        "data-sev",
        s.severity(),
        "data-kinds",
        s.kindIds(),
        "data-pair",
        Integer.toString(s.pair()));
    w.element("span", s.severity(), "class", "badge sev-" + s.severity());
    w.element("span", s.kindLabels(), "class", "kinds");
    w.element("span", s.message(), "class", "msg");
    w.open("span", "class", "where");
    for (Side side : Side.values()) {
      TextSpan span = s.span(side);
      if (span == null) {
        continue;
      }
      String label = side.label + " " + spanLocation(s, side);
      if (headsWritten.get(side).contains(s.id())) {
        w.element("a", label, "href", "#" + SentenceMarkup.headId(side, s.id()));
      } else {
        w.element("span", label + " (outside its sentences)", "class", "stray");
      }
      w.text(" ");
      w.element("q", span.text(), "class", "excerpt");
      w.text(" ");
    }
    w.close("span");
    w.close("li").newline();
  }

  /** Line and column of a span's start, from the sentence that holds it. */
  private String spanLocation(PlacedShift s, Side side) {
    TextSpan span = s.span(side);
    for (SentenceRef sentence : sentences(pairs.get(s.pair() - 1), side)) {
      String text = sentence.text() == null ? "" : sentence.text();
      int local = span.start() - sentence.start();
      if (local >= 0 && local <= text.length()) {
        int line = sentence.line();
        int column = sentence.column() + local;
        for (int i = 0; i < local; i++) {
          if (text.charAt(i) == '\n') {
            line++;
            column = local - i;
          }
        }
        return line + ":" + column;
      }
    }
    return "offset " + span.start();
  }

  // ---------------------------------------------------------------- helpers

  private String sentenceId(Side side, int pair, int indexInPair) {
    return sentenceIds.get(side.letter + pair + ":" + indexInPair);
  }

  private String firstSentenceId(int number, Pair pair) {
    if (!orEmpty(pair.original()).isEmpty()) {
      return sentenceId(Side.ORIGINAL, number, 0);
    }
    if (!orEmpty(pair.translation()).isEmpty()) {
      return sentenceId(Side.TRANSLATION, number, 0);
    }
    return "c" + number;
  }

  private static List<SentenceRef> sentences(Pair pair, Side side) {
    return orEmpty(side == Side.ORIGINAL ? pair.original() : pair.translation());
  }

  private Counts counts() {
    // Older reports have no counts; the report model's own tally stands in.
    return report.counts() != null ? report.counts() : Counts.of(pairs);
  }

  private boolean belowMinimum(Pair pair) {
    return pair.similarity() != null
        && report.thresholds() != null
        && pair.similarity() < report.thresholds().minSimilarity();
  }

  private static PairKind kind(Pair pair) {
    return pair.kind() == null ? PairKind.MATCH : pair.kind();
  }

  private static Severity worst(List<PlacedShift> placed) {
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
  private static String bucket(Double similarity) {
    if (similarity == null || similarity.isNaN()) {
      return "qn";
    }
    return "q" + (int) Math.floor(Math.max(0, Math.min(1, similarity)) * 10);
  }

  private String verdictLabel() {
    return report.verdict() == null ? "?" : report.verdict().name();
  }

  private String schema() {
    return report.schema() == null ? DriftReport.SCHEMA : report.schema();
  }

  private static String lineColumn(SentenceRef s) {
    return s.line() + ":" + s.column();
  }

  private static String path(DocumentSummary doc) {
    return doc == null || doc.path() == null ? "(unknown)" : doc.path();
  }

  private static String baseName(String path) {
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return slash >= 0 && slash < path.length() - 1 ? path.substring(slash + 1) : path;
  }

  private static String orUnknown(String s) {
    return s == null || s.isEmpty() ? "unknown" : s;
  }

  private static String fixed(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  private static String percent(double fraction) {
    double clamped = Double.isNaN(fraction) ? 0 : Math.max(0, Math.min(1, fraction));
    return String.format(Locale.ROOT, "%.1f%%", clamped * 100);
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
