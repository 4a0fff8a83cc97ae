package dev.drift.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drift.report.Counts;
import dev.drift.report.DocumentSummary;
import dev.drift.report.DriftReport;
import dev.drift.report.Pair;
import dev.drift.report.PairKind;
import dev.drift.report.RenderOptions;
import dev.drift.report.ReportFormat;
import dev.drift.report.SentenceRef;
import dev.drift.shift.Severity;
import dev.drift.shift.Shift;
import dev.drift.shift.ShiftKind;
import dev.drift.shift.TextSpan;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {

  static String render(DriftReport report) {
    StringWriter out = new StringWriter();
    try {
      HtmlRenderer.create().render(report, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Parses strictly: the HTML5 parser's error list must stay empty. */
  static Document parse(String html) {
    Parser parser = Parser.htmlParser().setTrackErrors(50);
    Document doc = Jsoup.parse(html, "", parser);
    assertThat(parser.getErrors()).as("HTML parse errors").isEmpty();
    return doc;
  }

  // ------------------------------------------------------------------ structure

  @Test
  void render_should_write_header_with_files_model_score_verdict_reasons_and_counts() {
    DriftReport report = ReportFixtures.sample();
    Document doc = parse(render(report));

    Element header = doc.selectFirst("header.summary");
    assertThat(header).isNotNull();
    assertThat(header.select(".file").eachText()).containsExactly("budget.md", "budget.md");
    assertThat(header.select(".file").eachAttr("title"))
        .containsExactly("docs/en/budget.md", "docs/fr/budget.md");
    assertThat(header.selectFirst(".meta").text())
        .contains("docs/en/budget.md", "docs/fr/budget.md", "test-model", "6 sentences");
    assertThat(header.selectFirst(".verdict").text()).isEqualTo("FAIL");
    assertThat(header.selectFirst(".verdict").hasClass("verdict-fail")).isTrue();
    assertThat(header.selectFirst(".stat-score .stat-value").text()).isEqualTo("0.42");
    assertThat(header.selectFirst(".stat-score .stat-sub").text()).isEqualTo("max 0.30");
    assertThat(header.selectFirst(".stat-score").hasClass("over")).isTrue();
    assertThat(header.selectFirst(".g-fill").attr("width")).isEqualTo("42.0%");
    assertThat(header.selectFirst(".g-max").attr("x")).isEqualTo("30.0%");
    assertThat(header.select(".reasons li").eachText())
        .containsExactly("drift 0.42 is above maxDrift 0.30");
    assertThat(header.select(".warnings li").eachText())
        .containsExactly("the translation is much shorter than the original");
    assertThat(header.selectFirst(".stat-match .stat-value").text()).isEqualTo("5");
    assertThat(header.selectFirst(".stat-match .stat-sub").text()).isEqualTo("1 moved");
    assertThat(header.selectFirst(".stat-omit .stat-value").text()).isEqualTo("1");
    assertThat(header.selectFirst(".stat-add .stat-value").text()).isEqualTo("1");
    assertThat(header.select(".sev-count").eachText())
        .containsExactly("5 error", "5 warning", "5 info");
    assertThat(doc.title()).isEqualTo("drift · budget.md → budget.md · FAIL");
  }

  @Test
  void render_should_say_in_the_header_when_paraphrase_was_graded_as_information() {
    DriftReport r = ReportFixtures.sample();
    DriftReport free = ReportFixtures.freelyWorded(r);

    Element wording = parse(render(free)).selectFirst("header.summary p.meta .wording");
    assertThat(wording).isNotNull();
    assertThat(wording.text()).isEqualTo("worded freely: paraphrase shown as info");
    assertThat(parse(render(r)).selectFirst("header.summary .wording")).isNull();
  }

  @Test
  void render_should_show_a_passing_verdict_in_its_colour() {
    DriftReport failing = ReportFixtures.sample();
    DriftReport passing =
        ReportFixtures.report(
            "a.txt", "b.txt", "m", failing.pairs(), List.of(), List.of()); // no reasons: pass
    Element verdict = parse(render(passing)).selectFirst(".verdict");
    assertThat(verdict.text()).isEqualTo("PASS");
    assertThat(verdict.hasClass("verdict-pass")).isTrue();
  }

  @Test
  void render_should_put_each_document_in_its_own_order_with_pair_ids() {
    DriftReport report = ReportFixtures.sample();
    Document doc = parse(render(report));

    Elements left = doc.select("section.doc-o .pane > .sent");
    Elements right = doc.select("section.doc-t .pane > .sent");
    assertThat(left.eachText()).hasSize(6);
    assertThat(right).hasSize(7);
    assertThat(texts(left)).containsExactlyElementsOf(column(report, true));
    assertThat(texts(right)).containsExactlyElementsOf(column(report, false));
    for (int i = 0; i < left.size(); i++) {
      assertThat(left.get(i).id()).isEqualTo("o" + (i + 1));
    }
    // The translation puts the vote (pair 4, moved) before the critics (pair 3, split in two).
    assertThat(right.eachAttr("data-pair")).containsExactly("1", "2", "4", "3", "3", "6", "7");
    assertThat(left.eachAttr("data-pair")).containsExactly("1", "2", "3", "4", "5", "7");
    assertThat(left.get(3).hasClass("moved")).isTrue();
    assertThat(right.get(2).hasClass("moved")).isTrue();
    assertThat(right.get(2).selectFirst(".tag-moved")).isNotNull();
    assertThat(left.get(4).hasClass("omission")).isTrue();
    assertThat(left.get(4).selectFirst(".tag-omit").text()).isEqualTo("omitted");
    assertThat(right.get(5).hasClass("addition")).isTrue();
    assertThat(right.get(5).selectFirst(".tag-add").text()).isEqualTo("added");
    // similarity on both sides of a match; the 1:2 pair says so and links both counterparts
    assertThat(left.get(0).selectFirst(".sim").text()).isEqualTo("0.91");
    assertThat(right.get(0).selectFirst(".sim").text()).isEqualTo("0.91");
    assertThat(left.get(2).selectFirst(".tag-shape").text()).isEqualTo("1:2");
    assertThat(right.get(3).selectFirst(".tag-shape").text()).isEqualTo("1:2");
    assertThat(left.get(2).select("a.peer").eachAttr("href")).containsExactly("#t4", "#t5");
    assertThat(right.get(4).select("a.peer").eachAttr("href")).containsExactly("#o3");
    assertThat(doc.select("[lang=en] > .sent")).hasSize(6);
    assertThat(doc.select("[lang=fr] > .sent")).hasSize(7);
  }

  @Test
  void render_should_draw_one_strip_cell_per_pair_in_report_order() {
    DriftReport report = ReportFixtures.sample();
    Document doc = parse(render(report));

    Elements cells = doc.select("nav .strip > a.cell");
    assertThat(cells).hasSize(report.pairs().size());
    assertThat(cells.eachAttr("data-pair")).containsExactly("1", "2", "3", "4", "5", "6", "7");
    assertThat(cells.eachAttr("href"))
        .containsExactly("#o1", "#o2", "#o3", "#o4", "#o5", "#t6", "#o6");
    for (Element cell : cells) {
      assertThat(doc.getElementById(cell.attr("href").substring(1))).isNotNull();
      assertThat(cell.attr("aria-label")).startsWith("pair " + cell.attr("data-pair") + ":");
    }
    assertThat(cells.get(0).classNames()).contains("match", "q9", "worst-error");
    assertThat(cells.get(1).classNames()).contains("match", "q6");
    assertThat(cells.get(3).classNames()).contains("moved", "q8", "worst-warning");
    assertThat(cells.get(4).classNames()).contains("omission").doesNotContain("match");
    assertThat(cells.get(5).classNames()).contains("addition", "worst-info");
    assertThat(cells.get(1).attr("title"))
        .isEqualTo(
            "pair 2: match, similarity 0.62 · original 3:1 · translation 3:1 · 3 shifts (worst"
                + " error)");
  }

  @Test
  void render_should_mark_exactly_each_shift_span_with_its_message() {
    DriftReport report = ReportFixtures.sample();
    Document doc = parse(render(report));

    int id = 0;
    for (Pair pair : report.pairs()) {
      for (Shift shift : pair.shifts()) {
        id++;
        checkSide(doc, "o", id, shift, shift.original(), pair.original());
        checkSide(doc, "t", id, shift, shift.translation(), pair.translation());
      }
    }
    // 15 shifts: 13 with an original span, one of which lies between sentences; 13 with a
    // translation span
    assertThat(doc.select("section.doc-o mark.shift.head")).hasSize(12);
    assertThat(doc.select("section.doc-t mark.shift.head")).hasSize(13);
  }

  private static void checkSide(
      Document doc, String side, int id, Shift shift, TextSpan span, List<SentenceRef> sentences) {
    Elements fragments = doc.select("section.doc-" + side + " mark[data-shift=" + id + "]");
    StringBuilder expected = new StringBuilder();
    boolean inside = false;
    if (span != null) {
      for (SentenceRef s : sentences) {
        int from = Math.max(span.start(), s.start()) - s.start();
        int to = Math.min(span.end(), s.end()) - s.start();
        if (from < to) {
          expected.append(s.text(), from, to);
          inside = true;
        } else if (span.start() == span.end()
            && from == to
            && from >= 0
            && from <= s.text().length()) {
          inside = true;
        }
      }
    }
    if (!inside) {
      assertThat(fragments).as("marks of shift %d on side %s", id, side).isEmpty();
      return;
    }
    StringBuilder marked = new StringBuilder();
    for (Element f : fragments) {
      marked.append(ownText(f));
    }
    assertThat(marked.toString())
        .as("text of shift %d on side %s", id, side)
        .isEqualTo(expected.toString());
    Element head = doc.getElementById("s" + side + "-" + id);
    assertThat(head).as("head of shift %d on %s", id, side).isNotNull();
    assertThat(fragments.first()).isSameAs(head);
    assertThat(head.attr("tabindex")).isEqualTo("0");
    assertThat(head.attr("title")).isEqualTo(shift.severity().id() + ": " + shift.message());
    assertThat(head.hasClass("sev-" + shift.severity().id())).isTrue();
    assertThat(head.attr("data-kinds").split(" "))
        .containsExactlyElementsOf(shift.kinds().stream().map(ShiftKind::id).toList());
    Element tip = doc.getElementById(head.attr("aria-describedby"));
    assertThat(tip).isNotNull();
    assertThat(tip.attr("role")).isEqualTo("tooltip");
    assertThat(tip.selectFirst(".tip-msg").text()).isEqualTo(shift.message());
    assertThat(tip.previousElementSibling()).isSameAs(head);
    assertThat(doc.select("section.doc-" + side + " mark.head[data-shift=" + id + "]")).hasSize(1);
  }

  @Test
  void render_should_keep_every_sentence_text_intact_around_overlapping_marks() {
    DriftReport report = ReportFixtures.sample();
    String html = render(report);
    Document doc = parse(html);

    List<String> expected = new ArrayList<>(column(report, true));
    expected.addAll(column(report, false));
    List<String> actual = new ArrayList<>();
    for (Element txt : doc.select(".sent > .txt")) {
      actual.add(ownText(txt));
    }
    assertThat(actual).containsExactlyElementsOf(expected);
    // Overlapping shifts 4 and 5 in pair 2 are cut into pieces, each wrapped in both marks.
    Element o2 = doc.getElementById("o2");
    assertThat(o2.select("mark[data-shift=5] > mark[data-shift=4]").eachText())
        .containsExactly("\"not");
    assertThat(o2.select("mark[data-shift=4]").stream().map(HtmlRendererTest::ownText))
        .containsExactly("\"not", " negotiable\"");
    assertThat(o2.select("mark[data-shift=5]").stream().map(HtmlRendererTest::ownText))
        .containsExactly("said the plan was ", "\"not");
    // ... and mark tags balance in the source, not just after the parser repaired them.
    assertThat(count(html, "<mark")).isEqualTo(count(html, "</mark>"));
    // the zero-length span is an empty point mark in the translation
    assertThat(doc.select("#st-8.point").text()).isEmpty();
    // the span between two sentences has no mark, only a row in the list
    assertThat(doc.select("#shift-15 .stray").text()).contains("outside its sentences");
  }

  @Test
  void render_should_offer_filters_for_severities_and_for_the_kinds_present() {
    DriftReport report = ReportFixtures.seed();
    Document doc = parse(render(report));

    Element toolbar = doc.getElementById("toolbar");
    assertThat(toolbar.hasAttr("hidden")).as("shown by the script only").isTrue();
    assertThat(toolbar.select("input[data-filter=sev]").eachAttr("value"))
        .containsExactly("error", "warning", "info");
    assertThat(toolbar.select("input[data-filter=kind]").eachAttr("value"))
        .containsExactly("substitution", "omission", "addition", "number", "entity", "quote");
    assertThat(toolbar.select("input[data-filter]").eachAttr("checked")).allMatch(""::equals);
    assertThat(doc.getElementById("only-shifted").attr("type")).isEqualTo("checkbox");
  }

  @Test
  void render_should_list_every_shift_with_links_to_its_marks() {
    DriftReport report = ReportFixtures.seed();
    Document doc = parse(render(report));

    Elements rows = doc.select("#shift-list li.srow");
    assertThat(rows).hasSize(9);
    Element lewd = rows.select(":contains(obscene → lewd)").first();
    assertThat(lewd.attr("data-sev")).isEqualTo("error");
    assertThat(lewd.select("a").eachAttr("href")).containsExactly("#so-5", "#st-5");
    assertThat(lewd.select("a").eachText()).containsExactly("original 33:112", "translation 17:81");
    assertThat(lewd.select("q.excerpt").eachText()).containsExactly("obscene", "lewd");
    assertThat(doc.getElementById("so-5").text()).isEqualTo("obscene");
    assertThat(doc.getElementById("st-6").text()).isEqualTo("CASS");
  }

  @Test
  void render_should_lay_out_the_seed_report_from_the_model_alone() {
    DriftReport report = ReportFixtures.seed();
    Document doc = parse(render(report));

    assertThat(doc.select("section.doc-o .sent")).hasSize(report.original().sentences());
    assertThat(doc.select("section.doc-t .sent")).hasSize(report.translation().sentences());
    assertThat(doc.select(".strip .cell")).hasSize(report.pairs().size());
    assertThat(doc.select(".sent.moved")).hasSize(6); // 3 moved matches, one sentence a side
    assertThat(doc.select(".sent.omission")).hasSize(report.counts().omissions());
    assertThat(doc.select(".sent.addition")).hasSize(report.counts().additions());
    // the renderer shows the report's numbers; it never recomputes them
    assertThat(doc.selectFirst(".stat-score .stat-value").text()).isEqualTo("0.56");
    assertThat(doc.select(".doc-o .sent[data-pair=13] .sim").text()).isEqualTo("0.86");
    assertThat(doc.select(".doc-t .sent[data-pair=13] .sim").text()).isEqualTo("0.86");
  }

  @Test
  void render_should_handle_a_report_without_pairs() {
    DriftReport empty =
        ReportFixtures.report("a.txt", "b.txt", "m", List.of(), List.of(), List.of());
    Document doc = parse(render(empty));
    assertThat(doc.select(".sent")).isEmpty();
    assertThat(doc.select(".strip .cell")).isEmpty();
    assertThat(doc.select(".pane .empty")).hasSize(2);
    assertThat(doc.selectFirst("#shift-list summary").text()).isEqualTo("0 shifts — none found");
  }

  @Test
  void render_should_survive_malformed_shifts() {
    String text = "Smile \uD83D\uDE00 now.";
    SentenceRef o = new SentenceRef(10, 10 + text.length(), 2, 1, text);
    SentenceRef t = new SentenceRef(0, text.length(), 1, 1, text);
    List<Shift> shifts =
        List.of(
            // cuts the emoji's surrogate pair: each cut moves to the pair's start, keeping it whole
            new Shift(
                List.of(ShiftKind.SUBSTITUTION),
                Severity.WARNING,
                0.5,
                "cuts a pair",
                new TextSpan(17, 20, "?"),
                new TextSpan(0, 7, "?")),
            // no kinds, no message, no severity, a backwards span and one past the end
            new Shift(null, null, 0.1, null, new TextSpan(15, 12, ""), new TextSpan(40, 50, "")));
    Pair pair = new Pair(PairKind.MATCH, 0.8, 0.2, false, List.of(o), List.of(t), shifts);
    DriftReport report =
        new DriftReport(
            DriftReport.SCHEMA,
            new DocumentSummary("a.txt", null, null, 1),
            new DocumentSummary(null, "text", "en", 1),
            null,
            0.2,
            null,
            null,
            null,
            new Counts(1, 0, 0, 0, 0, 1, 0),
            List.of(pair),
            null);
    Document doc = parse(render(report));

    assertThat(ownText(doc.selectFirst("#o1 .txt"))).isEqualTo(text);
    assertThat(ownText(doc.selectFirst("#t1 .txt"))).isEqualTo(text);
    assertThat(ownText(doc.getElementById("so-1"))).isEqualTo("\uD83D\uDE00 n");
    assertThat(ownText(doc.getElementById("st-1"))).isEqualTo("Smile ");
    assertThat(doc.select("mark[data-shift=2]")).isEmpty();
    assertThat(doc.select("#shift-2 .badge").text()).isEqualTo("info");
    assertThat(doc.select("#shift-2 .msg").text()).isEqualTo("(no message)");
    assertThat(doc.selectFirst(".verdict").text()).isEqualTo("?");
  }

  // ------------------------------------------------------------------ self-contained and safe

  @Test
  void render_should_write_one_self_contained_page_with_a_strict_policy() throws Exception {
    for (DriftReport report :
        List.of(ReportFixtures.sample(), ReportFixtures.seed(), ReportFixtures.hostile("x"))) {
      Document doc = parse(render(report));

      assertThat(doc.select("script")).hasSize(1);
      assertThat(doc.select("style")).hasSize(1);
      Element script = doc.selectFirst("script");
      Element style = doc.selectFirst("style");
      assertThat(script.parent()).isSameAs(doc.body());
      assertThat(style.parent()).isSameAs(doc.head());
      assertThat(script.attributes().size()).isZero();

      Elements csp = doc.select("meta[http-equiv=Content-Security-Policy]");
      assertThat(csp).hasSize(1);
      assertThat(csp.first().parent()).isSameAs(doc.head());
      assertThat(csp.first().elementSiblingIndex()).isLessThan(style.elementSiblingIndex());
      Map<String, String> policy = directives(csp.first().attr("content"));
      assertThat(policy).containsEntry("default-src", "'none'");
      assertThat(policy).containsEntry("script-src", "'" + sha256(script.data()) + "'");
      assertThat(policy).containsEntry("style-src", "'" + sha256(style.data()) + "'");
      assertThat(policy).containsEntry("base-uri", "'none'");
      assertThat(policy).containsEntry("form-action", "'none'");
      assertThat(policy).doesNotContainKeys("connect-src", "img-src", "font-src");
      assertThat(csp.first().attr("content")).doesNotContain("unsafe", "http", "*");
    }
  }

  @Test
  void render_should_reference_no_url_anywhere() {
    for (DriftReport report :
        List.of(ReportFixtures.sample(), ReportFixtures.seed(), ReportFixtures.hostile("x"))) {
      String html = render(report);
      Document doc = parse(html);
      assertThat(
              doc.select(
                  "img, link, iframe, frame, object, embed, base, form, audio, video, source"))
          .isEmpty();
      assertThat(doc.select("meta[http-equiv=refresh]")).isEmpty();
      for (Element el : doc.getAllElements()) {
        for (Attribute a : el.attributes()) {
          String name = a.getKey().toLowerCase();
          assertThat(name).as("attribute on <%s>", el.tagName()).isNotIn("src", "srcset", "style");
          if (Set.of("href", "action", "formaction", "data", "poster", "xlink:href", "ping")
              .contains(name)) {
            assertThat(a.getValue()).as("%s on <%s>", name, el.tagName()).startsWith("#");
          }
        }
      }
      String css = doc.selectFirst("style").data();
      assertThat(css).doesNotContainIgnoringCase("url(").doesNotContainIgnoringCase("@import");
      String js = doc.selectFirst("script").data();
      assertThat(js)
          .doesNotContain("http:", "https:", "fetch(", "XMLHttpRequest", "innerHTML", "eval(");
    }
    String sample = render(ReportFixtures.sample());
    assertThat(sample).doesNotContain("http://", "https://", "//cdn", "url(");
  }

  @Test
  void render_should_show_hostile_text_as_text() {
    String base = "http://127.0.0.1:9";
    DriftReport report = ReportFixtures.hostile(base);
    String html = render(report);
    Document doc = parse(html);

    assertThat(doc.select("script")).hasSize(1);
    assertThat(doc.selectFirst("script").data()).isEqualTo(PageAssets.BUNDLED.js());
    assertThat(doc.select("svg")).hasSize(1).allMatch(svg -> svg.hasClass("gauge"));
    assertThat(doc.select("#pwned, #pwned-link, [data-pwned], textarea, circle")).isEmpty();
    for (Element el : doc.getAllElements()) {
      for (Attribute a : el.attributes()) {
        assertThat(a.getKey()).as("attribute on <%s>", el.tagName()).doesNotStartWith("on");
        assertThat(a.getValue().toLowerCase().strip()).doesNotStartWith("javascript:");
      }
    }
    // Every hostile text is on the page, readable, in both columns (bidi controls aside).
    List<String> texts = ReportFixtures.hostileTexts(base);
    for (int i = 0; i < texts.size(); i++) {
      String shown = texts.get(i).replace("\u202E", "RLO").replace("\u2067", "RLI");
      shown = shown.replace("\u2069", "PDI").replace("\u200F", "RLM");
      assertThat(ownText(doc.getElementById("o" + (i + 1)).selectFirst(".txt")))
          .isEqualTo("Original " + i + ": " + shown);
    }
    assertThat(doc.selectFirst(".meta").text()).contains("<script>window.__pwned=6</script>");
    assertThat(doc.selectFirst(".meta").text()).contains("model <img src=\"" + base + "/img\"");
    assertThat(doc.select(".reasons li").eachText())
        .anyMatch(r -> r.contains("<script>document.title='PWNED'"));
    assertThat(doc.select(".warnings li").eachText()).anyMatch(r -> r.contains("]]><iframe"));
    assertThat(doc.select(".tip-msg").eachText())
        .contains("message </textarea><svg onload=\"window.__pwned=4\"><circle r=\"9\"/></svg>");
    // An invalid language tag is dropped rather than written.
    assertThat(doc.select("[lang]").eachAttr("lang")).containsOnly("en", "fr");
    // Bidi controls never reach the page; they are shown as labels.
    assertThat(html).doesNotContain("\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u200F");
    Element bidi = doc.getElementById("o10").clone();
    bidi.select(".tip").remove();
    assertThat(bidi.select(".ctl").eachText()).containsExactly("RLO", "RLI", "PDI", "RLM");
    assertThat(doc.select("#o10 .ctl").first().attr("title")).startsWith("U+202E RLO");
    assertThat(doc.selectFirst(".file[title]").attr("title")).doesNotContain("\u202E");
    assertThat(doc.select(".file").get(1).attr("title")).contains("[RLO]txt.md");
  }

  @Test
  void writer_should_refuse_event_handler_and_style_attributes() {
    HtmlWriter w = new HtmlWriter(new StringWriter());
    assertThatThrownBy(() -> w.open("div", "onclick", "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> w.open("div", "style", "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> w.open("div onclick=x", "class", "a"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void report_format_html_should_render_with_this_renderer() {
    ReportFormat html = ReportFormat.parse("HTML");
    assertThat(html).isEqualTo(ReportFormat.HTML);
    assertThat(html.extension()).isEqualTo("html");
    assertThat(html.renderer(RenderOptions.defaults())).isInstanceOf(HtmlRenderer.class);
    assertThat(ReportFormat.names()).isEqualTo("text, json, html, sarif, markdown");
  }

  // ------------------------------------------------------------------ helpers

  /** A column's sentence texts in document order, from the report (not from the page). */
  static List<String> column(DriftReport report, boolean original) {
    List<SentenceRef> all = new ArrayList<>();
    for (Pair p : report.pairs()) {
      all.addAll(original ? p.original() : p.translation());
    }
    all.sort(Comparator.comparingInt(SentenceRef::start));
    return all.stream().map(SentenceRef::text).toList();
  }

  private static List<String> texts(Elements sentences) {
    List<String> out = new ArrayList<>();
    for (Element s : sentences) {
      out.add(ownText(s.selectFirst(".txt")));
    }
    return out;
  }

  /** An element's text without the tooltips inside it, whitespace kept. */
  static String ownText(Element el) {
    Element copy = el.clone();
    copy.select(".tip").remove();
    return copy.wholeText();
  }

  static Map<String, String> directives(String policy) {
    Map<String, String> out = new HashMap<>();
    for (String d : policy.split(";")) {
      String[] parts = d.strip().split("\\s+", 2);
      out.put(parts[0], parts.length > 1 ? parts[1] : "");
    }
    return out;
  }

  static String sha256(String text) throws Exception {
    byte[] hash =
        MessageDigest.getInstance("SHA-256")
            .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return "sha256-" + Base64.getEncoder().encodeToString(hash);
  }

  private static int count(String haystack, String needle) {
    Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(haystack);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
