package dev.drift.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.report.RenderOptions;
import dev.drift.report.ReportFormat;
import dev.drift.report.RunDocument;
import dev.drift.report.RunReport;
import dev.drift.report.RunTotals;
import dev.drift.report.Verdict;
import dev.drift.report.json.JsonRenderer;
import dev.drift.score.Thresholds;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The run's index page, the HTML run renderer (moved here from {@code dev.drift.batch}). */
class IndexPageTest {

  private static RunReport run(
      String path, String reason, Map<String, String> reports, List<String> missing) {
    RunDocument doc =
        new RunDocument(path, "fr", 0.5, Verdict.FAIL, List.of(reason), null, reports, null);
    return new RunReport(
        RunReport.SCHEMA,
        "en",
        "en",
        Thresholds.defaults(),
        new RunTotals(1, 0, 1, missing.size(), false, 0, 0, false, 1.2),
        List.of(doc),
        missing,
        List.of());
  }

  private static String render(RunReport run) throws IOException {
    StringWriter out = new StringWriter();
    ReportFormat.HTML.runRenderer(RenderOptions.defaults()).render(run, out);
    return out.toString();
  }

  @Test
  void escape_should_quote_every_markup_character() throws IOException {
    String hostile = "<a href=\"x\">Tom & Jerry's</a>";
    StringWriter out = new StringWriter();

    new HtmlWriter(out).element("td", hostile, "title", hostile);

    // Content needs & < > quoted, a quoted attribute value also " and '.
    assertThat(out.toString())
        .isEqualTo(
            "<td title=\"&lt;a href=&#34;x&#34;>Tom &amp; Jerry&#39;s&lt;/a>\">"
                + "&lt;a href=\"x\"&gt;Tom &amp; Jerry's&lt;/a&gt;</td>");
  }

  @Test
  void href_should_percent_encode_and_never_read_as_a_scheme() {
    assertThat(IndexPage.href("fr/a b#1?.md.json")).isEqualTo("./fr/a%20b%231%3F.md.json");
    assertThat(IndexPage.href("fr/été.md.json")).isEqualTo("./fr/été.md.json");
    assertThat(IndexPage.href("javascript:alert(1)")).startsWith("./");
  }

  @Test
  void render_should_escape_file_names_and_reasons() throws IOException {
    String html =
        render(
            run(
                "<script>.md",
                "drift 0.50 is above maxDrift 0.30 & more",
                Map.of("json", "fr/<script>.md.json"),
                List.of()));

    assertThat(html)
        .doesNotContain("<script>")
        .contains("<td>&lt;script&gt;.md</td>")
        .contains("above maxDrift 0.30 &amp; more")
        .contains("<a href=\"./fr/%3Cscript%3E.md.json\">json</a>")
        .contains("1 document checked, 0 passed, 1 failed, in 1.2 s");
  }

  @Test
  void render_should_link_the_run_files_and_list_the_missing_counterparts() throws IOException {
    Map<String, String> reports = new LinkedHashMap<>();
    reports.put("json", "fr/guide.md.json");
    reports.put("txt", "fr/guide.md.txt");
    Map<String, String> runFiles = new LinkedHashMap<>();
    runFiles.put("sarif", "drift.sarif");
    runFiles.put("md", "summary.md");
    RunReport run =
        run("guide.md", "too far", reports, List.of("en/new.md: no fr translation <b>"))
            .withRunFiles(runFiles);

    String html = render(run);

    assertThat(html)
        .contains("<h1>drift failed</h1>")
        .contains("<tr class=\"fail\"><td>guide.md</td><td>fr</td>")
        .contains("<a href=\"./fr/guide.md.json\">json</a> <a href=\"./fr/guide.md.txt\">txt</a>")
        .contains(
            "Reports of the whole run: <a href=\"./drift.sarif\">drift.sarif</a>"
                + " <a href=\"./summary.md\">summary.md</a>")
        .contains("Files without counterpart")
        .contains("<li>en/new.md: no fr translation &lt;b&gt;</li>")
        .contains("1 document checked, 0 passed, 1 failed, 1 without counterpart, in 1.2 s")
        .contains("maxDrift 0.30 · minSimilarity 0.55 · failing severity error");
  }

  @Test
  void the_page_should_be_self_contained_and_allow_only_its_own_style() throws IOException {
    Document page = Jsoup.parse(render(run("a.md", "x", Map.of(), List.of())));

    Element csp = page.selectFirst("meta[http-equiv=Content-Security-Policy]");
    assertThat(csp).isNotNull();
    String policy = csp.attr("content");
    assertThat(policy)
        .startsWith("default-src 'none'; style-src 'sha256-")
        .doesNotContain("script-src");
    assertThat(page.select("style")).hasSize(1);
    assertThat(policy).contains(PageAssets.sha256(page.selectFirst("style").data()));
    assertThat(page.select("script, link, img, iframe, [style]")).isEmpty();
    assertThat(page.select("[href]")).allSatisfy(e -> assertThat(e.attr("href")).startsWith("./"));
  }

  @Test
  void bidi_controls_in_a_file_name_are_shown_not_applied() throws IOException {
    String html = render(run("abc\u202Egnp.md", "x", Map.of(), List.of()));

    assertThat(html).doesNotContain("\u202E").contains("<span class=\"ctl\"");
  }

  @Test
  void a_run_read_back_from_json_renders_without_run_files() throws IOException {
    RunReport run;
    try (Reader in =
        Files.newBufferedReader(
            Path.of("src/test/resources/dev/drift/report/golden/tree-run/run.json"),
            StandardCharsets.UTF_8)) {
      run = JsonRenderer.readRun(in);
    }
    StringWriter json = new StringWriter();
    JsonRenderer.create().render(run.withRunFiles(Map.of("sarif", "drift.sarif")), json);

    assertThat(run.runFiles()).isEmpty();
    assertThat(json.toString()).doesNotContain("runFiles").doesNotContain("drift.sarif");
    assertThat(JsonRenderer.readRun(new StringReader(json.toString()))).isEqualTo(run);
    assertThat(render(run))
        .doesNotContain("Reports of the whole run")
        .contains("Files without counterpart")
        .contains("examples/docs/en/faq.md: no de translation");
  }

  @Test
  void html_is_a_run_format_whose_run_file_is_the_index() {
    assertThat(ReportFormat.HTML.runRenderer(RenderOptions.defaults()))
        .isInstanceOf(HtmlRenderer.class);
    assertThat(ReportFormat.HTML.runFileName()).isEqualTo("index.html");
  }
}
