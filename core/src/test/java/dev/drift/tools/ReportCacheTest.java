package dev.drift.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.DriftChecker;
import dev.drift.DriftOptions;
import dev.drift.baseline.Baseline;
import dev.drift.baseline.BaselineEntry;
import dev.drift.batch.BagOfWordsEmbedder;
import dev.drift.embed.EmbeddingCache;
import dev.drift.load.DocumentLoader;
import dev.drift.report.DriftReport;
import dev.drift.report.RenderOptions;
import dev.drift.report.RenderedReport;
import dev.drift.report.Rendering;
import dev.drift.report.ReportFormat;
import dev.drift.report.json.JsonRenderer;
import dev.drift.shift.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole reports from the cache: the same as fresh ones, and keyed by everything they depend on. */
class ReportCacheTest {
  @TempDir Path tmp;
  EmbeddingCache store;
  DriftChecker checker;
  Path en;
  Path fr;
  final AtomicInteger computed = new AtomicInteger();

  @BeforeEach
  void setUp() throws IOException {
    store = EmbeddingCache.open(tmp.resolve("cache"));
    checker = DriftChecker.create(DriftOptions.defaults(), new BagOfWordsEmbedder());
    en = Files.writeString(tmp.resolve("en.txt"), "The council met on Monday. It voted.\n");
    fr = Files.writeString(tmp.resolve("fr.txt"), "The council met on Tuesday. It voted.\n");
  }

  @AfterEach
  void tearDown() {
    checker.close();
    store.close();
  }

  private DriftReport get(ReportCache cache, List<BaselineEntry> accepted) throws IOException {
    byte[] a = Files.readAllBytes(en);
    byte[] b = Files.readAllBytes(fr);
    return cache.get(
        en,
        a,
        fr,
        b,
        accepted,
        () -> {
          computed.incrementAndGet();
          return checker.compare(
              DocumentLoader.load(en.toString(), a, null),
              DocumentLoader.load(fr.toString(), b, null),
              accepted);
        });
  }

  private static String json(DriftReport report) {
    return JsonRenderer.create().toJson(report);
  }

  @Test
  void a_cached_report_equals_the_fresh_one() throws IOException {
    ReportCache cache = ReportCache.of(Optional.of(store), () -> "options|model");

    DriftReport fresh = get(cache, List.of());
    DriftReport cached = get(cache, List.of());

    assertThat(computed).hasValue(1);
    assertThat(cached).isEqualTo(fresh);
    assertThat(json(cached)).isEqualTo(json(fresh));
  }

  @Test
  void the_key_changes_with_the_options_the_model_the_baseline_and_the_files() throws IOException {
    String[] context = {"options A|model 1"};
    Supplier<String> current = () -> context[0];
    ReportCache cache = ReportCache.of(Optional.of(store), current);
    get(cache, List.of());
    get(cache, List.of());
    assertThat(computed).as("same everything: served from the cache").hasValue(1);

    context[0] = "options B|model 1";
    get(cache, List.of());
    assertThat(computed).as("other options").hasValue(2);

    context[0] = "options B|model 2";
    get(cache, List.of());
    assertThat(computed).as("another model").hasValue(3);

    DriftReport report = get(cache, List.of());
    Path file = tmp.resolve("drift-baseline.yaml");
    Baseline baseline = Baseline.empty(file).accepting(en, fr, report);
    baseline.write();
    List<BaselineEntry> entries = Baseline.read(file).entries(en, fr);
    assertThat(entries).isNotEmpty();
    get(cache, entries);
    assertThat(computed).as("other baseline entries").hasValue(4);

    Files.writeString(fr, "The council met on Wednesday. It voted.\n", StandardCharsets.UTF_8);
    get(cache, entries);
    assertThat(computed).as("the translation's bytes changed").hasValue(5);
  }

  @Test
  void a_drawing_is_kept_beside_its_report_under_its_format_and_options() throws IOException {
    ReportCache cache = ReportCache.of(Optional.of(store), () -> "options|model");
    DriftReport report = get(cache, List.of());
    byte[] a = Files.readAllBytes(en);
    byte[] b = Files.readAllBytes(fr);
    ReportCache.Key key = cache.key(en, a, fr, b, List.of()).orElseThrow();
    Rendering text = new Rendering(ReportFormat.TEXT, RenderOptions.defaults());
    Rendering wide = new Rendering(ReportFormat.TEXT, new RenderOptions(false, 120, Severity.INFO));
    assertThat(cache.rendered(key, text)).isEmpty();

    cache.putRendered(key, text, report.verdict(), text.draw(report));

    assertThat(cache.rendered(key, text))
        .contains(new RenderedReport(report.verdict(), List.of(text.draw(report))));
    assertThat(cache.rendered(key, wide)).as("other options: another drawing").isEmpty();
    ReportCache.Key other =
        cache
            .key(en, a, fr, "The council met.\n".getBytes(StandardCharsets.UTF_8), List.of())
            .orElseThrow();
    assertThat(cache.rendered(other, text)).as("another pair").isEmpty();
    assertThat(cache.report(key)).as("the report is still there").contains(report);
  }

  @Test
  void a_drawings_key_names_every_render_option() {
    // Rendering.key() spells the options out; a new option must be added there too.
    assertThat(RenderOptions.class.getRecordComponents()).hasSize(3);
    Rendering base = new Rendering(ReportFormat.TEXT, new RenderOptions(false, 100, Severity.INFO));
    assertThat(
            List.of(
                new Rendering(ReportFormat.JSON, new RenderOptions(false, 100, Severity.INFO)),
                new Rendering(ReportFormat.TEXT, new RenderOptions(true, 100, Severity.INFO)),
                new Rendering(ReportFormat.TEXT, new RenderOptions(false, 99, Severity.INFO)),
                new Rendering(ReportFormat.TEXT, new RenderOptions(false, 100, Severity.ERROR))))
        .extracting(Rendering::key)
        .doesNotContain(base.key())
        .doesNotHaveDuplicates();
  }

  @Test
  void without_a_store_nothing_is_kept() throws IOException {
    ReportCache none = ReportCache.of(Optional.empty(), () -> "unused");
    get(none, List.of());
    get(none, List.of());
    assertThat(computed).hasValue(2);
  }
}
