package dev.drift.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.drift.DriftChecker;
import dev.drift.DriftOptions;
import dev.drift.FakeModel;
import dev.drift.RequiredTool;
import dev.drift.report.DriftReport;
import dev.drift.report.Pair;
import dev.drift.shift.Shift;
import java.io.IOException;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report in a real browser: Debian's headless Chromium, driven over the DevTools protocol.
 * Checks that the seed report renders and responds to the mouse and the keyboard, that a report
 * made of hostile text runs and fetches nothing, and saves a screenshot to {@code
 * target/html-report-screenshot.png}. Without {@code /usr/bin/chromium} it is skipped, or fails
 * under {@code DRIFT_REQUIRE_TOOLS=1} ({@link RequiredTool}).
 */
class HtmlReportBrowserIT {
  private static final Path OUT = Path.of("target", "html-report");
  private static final Path SCREENSHOT = Path.of("target", "html-report-screenshot.png");
  private static final int WIDTH = 1400;
  private static final int HEIGHT = 1000;

  /** Installed before every page's own script: records what the policy blocks. */
  private static final String WATCH =
      "window.__csp = [];"
          + " document.addEventListener('securitypolicyviolation',"
          + " e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));";

  private static HeadlessChromium browser;

  @BeforeAll
  static void startBrowser() throws Exception {
    RequiredTool.require(
        Files.isExecutable(HeadlessChromium.BINARY),
        "Chromium at " + HeadlessChromium.BINARY + " (apt-get install chromium)");
    Files.createDirectories(OUT);
    browser = HeadlessChromium.start(WIDTH, HEIGHT);
    browser.beforeEveryPage(WATCH);
  }

  @AfterAll
  static void stopBrowser() throws Exception {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void seed_report_should_render_link_pairs_and_answer_the_keyboard() throws Exception {
    DriftReport report = ReportFixtures.seed();
    Path page = write("seed.html", report);
    int mark = browser.eventCount();
    browser.open(page);

    // (a) the page as the script leaves it
    assertThat(text("document.documentElement.className")).isEqualTo("js");
    assertThat(bool("!document.getElementById('toolbar').hidden")).isTrue();
    assertThat(number("document.querySelectorAll('.doc-o .sent').length"))
        .isEqualTo(report.original().sentences());
    assertThat(number("document.querySelectorAll('.doc-t .sent').length"))
        .isEqualTo(report.translation().sentences());
    assertThat(number("document.querySelectorAll('.strip .cell').length"))
        .isEqualTo(report.pairs().size());
    assertThat(number("document.querySelectorAll('mark.shift.head').length"))
        .isEqualTo(spans(report));
    assertThat(text("document.getElementById('shown').textContent")).isEqualTo("9 of 9 shifts");
    assertThat(text("getComputedStyle(document.getElementById('pane-o')).overflowY"))
        .isEqualTo("auto");
    assertThat(bool("(p => p.scrollHeight > p.clientHeight)(document.getElementById('pane-o'))"))
        .isTrue();
    assertThat(text("getComputedStyle(document.querySelector('.verdict')).backgroundColor"))
        .isEqualTo("rgb(201, 42, 42)");
    assertThat(text("getComputedStyle(document.getElementById('tip-o-1')).display"))
        .isEqualTo("none");
    assertQuiet(page, mark);

    // j, j, k: shifts in report order, focused with their tooltip, their pair highlighted
    browser.press("j");
    assertThat(text("document.activeElement.id")).isEqualTo("so-1");
    assertThat(text("getComputedStyle(document.getElementById('tip-o-1')).display"))
        .isEqualTo("block");
    assertThat(text("getComputedStyle(document.activeElement).outlineStyle")).isEqualTo("solid");
    assertThat(number("document.querySelectorAll('.sent.active[data-pair=\"7\"]').length"))
        .isEqualTo(2);
    browser.press("j");
    assertThat(text("document.activeElement.id")).isEqualTo("so-2");
    waitFor(inViewId("st-2"));
    browser.press("k");
    assertThat(text("document.activeElement.id")).isEqualTo("so-1");
    for (int i = 0; i < 6; i++) {
      browser.press("j");
    }
    assertThat(text("document.activeElement.id"))
        .as("shift 7 exists only in the translation")
        .isEqualTo("st-7");

    // hovering a moved sentence scrolls its counterpart, elsewhere in the other column, into view
    String moved = "document.querySelector('.doc-o .sent[data-pair=\"26\"]')";
    String counterpart = "document.querySelector('.doc-t .sent[data-pair=\"26\"]')";
    browser.eval("document.getElementById('pane-t').scrollTop = 0");
    browser.eval(moved + ".scrollIntoView({block: 'center'})");
    assertThat(bool(inView(counterpart))).as("out of view before the hover").isFalse();
    JsonNode box = browser.eval(center(moved));
    browser.moveTo(box.get(0).asDouble(), box.get(1).asDouble());
    waitFor(counterpart + ".classList.contains('hl')");
    waitFor(inView(counterpart));

    // clicking a strip cell jumps to the pair in both columns
    box = browser.eval(center("document.querySelector('.cell[data-pair=\"38\"]')"));
    browser.click(box.get(0).asDouble(), box.get(1).asDouble());
    waitFor("document.querySelectorAll('.sent.active[data-pair=\"38\"]').length === 2");
    waitFor(inView("document.querySelector('.doc-o .sent[data-pair=\"38\"]')"));
    waitFor(inView("document.querySelector('.doc-t .sent[data-pair=\"38\"]')"));

    // Enter on a focused cell does the same; Tab leaves the strip for the first shift
    browser.eval("document.querySelector('.cell[data-pair=\"2\"]').focus()");
    browser.press("Enter");
    waitFor("document.querySelectorAll('.sent.active[data-pair=\"2\"]').length === 1");
    waitFor(inView("document.querySelector('.doc-o .sent[data-pair=\"2\"]')"));
    browser.eval("document.querySelector('.strip .cell:last-child').focus()");
    browser.press("Tab");
    assertThat(text("document.activeElement.id")).isEqualTo("so-1");

    // filters: without errors five shifts remain, and j skips the hidden ones
    box = browser.eval(center("document.querySelector('input[value=error]')"));
    browser.click(box.get(0).asDouble(), box.get(1).asDouble());
    assertThat(text("document.getElementById('shown').textContent")).isEqualTo("5 of 9 shifts");
    assertThat(bool("document.getElementById('so-5').classList.contains('off')")).isTrue();
    assertThat(number("document.getElementById('so-5').tabIndex")).isEqualTo(-1);
    assertThat(text("getComputedStyle(document.getElementById('so-5')).backgroundColor"))
        .isEqualTo("rgba(0, 0, 0, 0)");
    browser.press("Escape");
    List<String> visited = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      browser.press("j");
      visited.add(text("document.activeElement.dataset.shift"));
    }
    assertThat(visited).containsExactly("1", "3", "4", "7", "8");
    browser.eval("document.getElementById('only-shifted').click()");
    assertThat(number("document.querySelectorAll('.sent:not(.filtered)').length"))
        .as("sentences of the pairs with a warning or info shift")
        .isEqualTo(10);
    assertThat(number("document.querySelectorAll('.cell.muted').length")).isEqualTo(36);
    assertQuiet(page, mark);
  }

  @Test
  void seed_report_screenshot() throws Exception {
    Path page = write("seed.html", ReportFixtures.seed());
    browser.open(page);
    for (int i = 0; i < 5; i++) {
      browser.press("j"); // to "obscene → lewd", tooltip open, pair highlighted on both sides
    }
    assertThat(text("document.activeElement.textContent")).isEqualTo("obscene");
    Thread.sleep(1500); // let the highlight's flash fade
    byte[] png = browser.screenshot();
    Files.write(SCREENSHOT, png);
    ByteBuffer header = ByteBuffer.wrap(png, 16, 8);
    assertThat(header.getInt()).as("width").isEqualTo(WIDTH);
    assertThat(header.getInt()).as("height").isEqualTo(HEIGHT);
  }

  @Test
  void hostile_report_should_run_and_fetch_nothing() throws Exception {
    List<String> requests = new CopyOnWriteArrayList<>();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          requests.add(exchange.getRequestURI().toString());
          byte[] body = "window.__pwned = 9".getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();

      // The control page proves that a page here can reach the server, so silence means something.
      Path control = OUT.resolve("control.html");
      Files.writeString(
          control, "<!DOCTYPE html><title>control</title><img src=\"" + base + "/control\">");
      browser.open(control);
      waitFor(() -> requests.contains("/control"), "the control page's request");
      requests.clear();

      DriftReport report = ReportFixtures.hostile(base);
      Path page = write("hostile.html", report);
      String html = Files.readString(page);
      Matcher csp =
          Pattern.compile("<meta http-equiv=\"Content-Security-Policy\" content=\"[^\"]*\">")
              .matcher(html);
      assertThat(csp.find()).isTrue();
      // Without its policy the page must be just as inert: the escaping alone keeps it safe.
      Path unguarded = OUT.resolve("hostile-without-csp.html");
      Files.writeString(unguarded, csp.replaceFirst(""));

      for (Path p : List.of(page, unguarded)) {
        int mark = browser.eventCount();
        browser.open(p);
        boolean enhanced = text("document.documentElement.className").equals("js");
        if (enhanced) {
          exercise(report);
        }
        Thread.sleep(500);

        String expectedTitle = Jsoup.parse(html).title();
        assertThat(text("document.title")).isEqualTo(expectedTitle).doesNotStartWith("PWNED");
        assertThat(text("typeof window.__pwned")).isEqualTo("undefined");
        assertThat(
                number(
                    "document.querySelectorAll('#pwned, #pwned-link, [data-pwned], img, iframe,"
                        + " object, video, link, base, textarea, circle, meta[http-equiv=refresh]')"
                        + ".length"))
            .isZero();
        assertThat(number("document.scripts.length")).isEqualTo(1);
        assertThat(number("document.querySelectorAll('svg').length")).isEqualTo(1);
        assertThat(text("location.href")).isEqualTo(p.toUri().toString());
        assertThat(text("getComputedStyle(document.body).display")).isNotEqualTo("none");
        assertThat(text("document.querySelector('#o1 .txt').innerText"))
            .startsWith("Original 0: <script>document.title='PWNED';");
        assertThat(text("document.querySelector('#o10 .txt').innerText"))
            .contains("RLO", "gnp.exe")
            .doesNotContain("\u202E");
        assertThat(bool("document.body.textContent.includes('\\u202E')")).isFalse();
        assertQuiet(p, mark);
        assertThat(requests).as("requests to the local server").isEmpty();
        assertThat(enhanced).as("the report's own script ran").isTrue();
      }
    } finally {
      server.stop(0);
    }
  }

  @Test
  void hostile_documents_compared_end_to_end_should_run_and_fetch_nothing(@TempDir Path dir)
      throws Exception {
    // Not a hand-made report: hostile Markdown and HTML documents, with hostile file names and a
    // hostile model name, go through the loaders, the segmenter, alignment and shift detection,
    // so whatever those keep of the markup reaches the page as the raw sentence text.
    List<String> requests = new CopyOnWriteArrayList<>();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          requests.add(exchange.getRequestURI().toString());
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      List<String> texts = ReportFixtures.hostileTexts(base);
      StringBuilder markdown = new StringBuilder("# Title " + texts.get(0) + "\n\n");
      StringBuilder html = new StringBuilder("<title>" + texts.get(1) + "</title><body>\n");
      for (int i = 0; i < texts.size(); i++) {
        markdown.append("Sentence ").append(i).append(" holds ").append(texts.get(i));
        markdown.append(" and [a link](javascript:window.__pwned=7) in it.\n\n");
        html.append("<p>Sentence ").append(i).append(" holds ").append(texts.get(i));
        html.append(" and <a href=\"javascript:window.__pwned=8\">a link</a> here.</p>\n");
      }
      Path original = dir.resolve("\"><img src=x onerror=window.__pwned=9 data-pwned>.md");
      Path translation = dir.resolve("<svg onload=window.__pwned=10>.html");
      Files.writeString(original, markdown);
      Files.writeString(translation, html);
      DriftReport report;
      try (DriftChecker checker =
          DriftChecker.create(
              DriftOptions.defaults(),
              new FakeModel("<img src=\"" + base + "/model\" onerror=window.__pwned=11>"))) {
        report = checker.compare(original, translation);
      }
      assertThat(report.pairs()).hasSizeGreaterThan(texts.size());

      Path page = write("hostile-documents.html", report);
      int mark = browser.eventCount();
      browser.open(page);
      assertThat(text("document.documentElement.className")).isEqualTo("js");
      exercise(report);
      Thread.sleep(500);
      assertThat(text("typeof window.__pwned")).isEqualTo("undefined");
      assertThat(
              number(
                  "document.querySelectorAll('#pwned, #pwned-link, [data-pwned], img, iframe,"
                      + " object, video, link, base, textarea, circle, meta[http-equiv=refresh]')"
                      + ".length"))
          .isZero();
      assertThat(number("document.scripts.length")).isEqualTo(1);
      assertThat(text("document.body.innerText")).contains("<svg onload=window.__pwned=10>.html");
      assertQuiet(page, mark);
      assertThat(requests).as("requests to the local server").isEmpty();
    } finally {
      server.stop(0);
    }
  }

  /** Hovers every sentence, clicks every strip cell, walks all shifts and flips the filters. */
  private void exercise(DriftReport report) throws Exception {
    int sentences = number("document.querySelectorAll('.sent').length");
    for (int i = 0; i < sentences; i++) {
      String el = "document.querySelectorAll('.sent')[" + i + "]";
      browser.eval(el + ".scrollIntoView({block: 'center'})");
      JsonNode box = browser.eval(center(el));
      browser.moveTo(box.get(0).asDouble(), box.get(1).asDouble());
    }
    for (int i = 0; i < report.pairs().size(); i++) {
      JsonNode box = browser.eval(center("document.querySelectorAll('.strip .cell')[" + i + "]"));
      browser.click(box.get(0).asDouble(), box.get(1).asDouble());
    }
    for (int i = 0; i < 2 * report.pairs().size(); i++) {
      browser.press("j");
    }
    browser.press("Escape");
    browser.eval(
        "document.querySelectorAll('#toolbar input').forEach(b => { b.click(); b.click(); })");
    for (int i = 0; i < 10; i++) {
      browser.press("Tab");
    }
  }

  /** Nothing thrown, nothing blocked by the policy, nothing requested but the page itself. */
  private void assertQuiet(Path page, int mark) throws Exception {
    assertThat(browser.events("Runtime.exceptionThrown", mark)).as("exceptions").isEmpty();
    List<String> errors = new ArrayList<>();
    for (JsonNode entry : browser.events("Log.entryAdded", mark)) {
      if (entry.path("entry").path("level").asText().equals("error")) {
        errors.add(entry.path("entry").path("text").asText());
      }
    }
    assertThat(errors).as("console errors").isEmpty();
    assertThat(number("window.__csp.length"))
        .as("CSP violations: %s", text("'' + window.__csp"))
        .isZero();
    List<String> urls = new ArrayList<>();
    for (JsonNode request : browser.events("Network.requestWillBeSent", mark)) {
      urls.add(request.path("request").path("url").asText());
    }
    assertThat(urls).as("requests").containsOnly(page.toUri().toString());
  }

  private static Path write(String name, DriftReport report) throws IOException {
    StringWriter out = new StringWriter();
    HtmlRenderer.create().render(report, out);
    Path file = OUT.resolve(name).toAbsolutePath();
    Files.writeString(file, out.toString());
    return file;
  }

  /** How many marks the report's shifts need: one per side a span lies on. */
  private static int spans(DriftReport report) {
    int n = 0;
    for (Pair pair : report.pairs()) {
      for (Shift s : pair.shifts()) {
        n += (s.original() != null ? 1 : 0) + (s.translation() != null ? 1 : 0);
      }
    }
    return n;
  }

  private static String center(String element) {
    return "(r => [r.left + r.width / 2, r.top + r.height / 2])("
        + element
        + ".getBoundingClientRect())";
  }

  private static String inViewId(String id) {
    return inView("document.getElementById('" + id + "')");
  }

  /** Whether an element lies wholly inside its pane's visible area and the window. */
  private static String inView(String element) {
    return "(el => { const p = el.closest('.pane').getBoundingClientRect();"
        + " const r = el.getBoundingClientRect();"
        + " return r.top >= p.top - 1 && r.bottom <= p.bottom + 1"
        + " && r.top >= 0 && r.bottom <= innerHeight; })("
        + element
        + ")";
  }

  private static void waitFor(String condition) throws Exception {
    waitFor(() -> browser.eval(condition).asBoolean(), condition);
  }

  private interface Check {
    boolean ok() throws Exception;
  }

  private static void waitFor(Check check, String what) throws Exception {
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (!check.ok()) {
      if (System.nanoTime() > deadline) {
        fail("timed out waiting for " + what + "\nChromium: " + browser.log());
      }
      Thread.sleep(50);
    }
  }

  private static String text(String expression) throws Exception {
    return browser.eval(expression).asText();
  }

  private static int number(String expression) throws Exception {
    return browser.eval(expression).asInt();
  }

  private static boolean bool(String expression) throws Exception {
    return browser.eval(expression).asBoolean();
  }
}
