package dev.drift.report.html;

import static dev.drift.report.html.PageModel.bucket;
import static dev.drift.report.html.PageModel.fixed;
import static dev.drift.report.html.PageModel.kind;
import static dev.drift.report.html.PageModel.lineColumn;
import static dev.drift.report.html.PageModel.path;
import static dev.drift.report.html.PageModel.sentences;

import dev.drift.report.DocumentSummary;
import dev.drift.report.DriftReport;
import dev.drift.report.Pair;
import dev.drift.report.SentenceRef;
import dev.drift.report.html.PageModel.Entry;
import dev.drift.report.html.PlacedShift.Side;
import dev.drift.report.html.SentenceMarkup.Stretch;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The two document columns, original and translation, each in its own order: every sentence with
 * its gutter (similarity or kind, line:column, shape, moved, links to its counterparts) and its
 * text with the shifts highlighted. Records in the page model which shift heads it wrote, for the
 * shift list. Not thread-safe; one per rendering.
 */
final class DocumentColumns {
  private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

  private final PageModel model;
  private final DriftReport report;
  private final List<Pair> pairs;
  private final List<List<PlacedShift>> shiftsByPair;
  private final Map<Side, List<Entry>> columns;
  private final Map<Side, Set<Integer>> headsWritten;

  DocumentColumns(PageModel model) {
    this.model = model;
    this.report = model.report;
    this.pairs = model.pairs;
    this.shiftsByPair = model.shiftsByPair;
    this.columns = model.columns;
    this.headsWritten = model.headsWritten;
  }

  void write(HtmlWriter w) throws IOException {
    w.open("main", "class", "docs").newline();
    writeColumn(w, Side.ORIGINAL, report.original());
    writeColumn(w, Side.TRANSLATION, report.translation());
    w.close("main").newline();
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

  private static String languageOf(DocumentSummary doc) {
    String language = doc == null ? null : doc.language();
    return language != null && LANGUAGE_TAG.matcher(language).matches() ? language : null;
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
        "sent " + model.pairClasses(pair, placed),
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
            "sim " + bucket(pair.similarity()) + (model.belowMinimum(pair) ? " low" : ""),
            "title",
            "similarity "
                + sim
                + (model.belowMinimum(pair)
                    ? ", below minSimilarity " + fixed(report.thresholds().minSimilarity())
                    : ""));
      }
      case OMISSION -> w.element("span", "omitted", "class", "tag tag-omit");
      case ADDITION -> w.element("span", "added", "class", "tag tag-add");
    }
    w.element("span", lineColumn(e.sentence()), "class", "loc", "title", "line:column");
    if (pair.unit() != null) {
      // A translation file's unit: its id (key, msgid, trans-unit) names the pair.
      w.element("span", pair.unit(), "class", "tag tag-unit", "title", "unit " + pair.unit());
    }
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
      String id = model.sentenceId(side.other(), e.pair(), i);
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
    if (e.sentence().rendering() != null) {
      // What the original was compared with: the translator's rendering, in the original's
      // language.
      w.element(
          "div",
          e.sentence().rendering(),
          "class",
          "rendering",
          "lang",
          languageOf(report.original()),
          "title",
          "rendered by " + report.translation().translator());
    }
    w.close("div").newline();
  }
}
