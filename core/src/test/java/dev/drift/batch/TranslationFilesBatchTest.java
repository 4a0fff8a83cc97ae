package dev.drift.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drift.DriftInputException;
import dev.drift.report.DriftReport;
import dev.drift.report.Pair;
import dev.drift.report.ReportFormat;
import dev.drift.report.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Translation files in tree checks: pairing in place and across trees, and real unit checks. */
class TranslationFilesBatchTest {
  static final String MESSAGES =
      """
      greeting=Welcome back, {0}! You have {1} new messages.
      wind=The station sends an alert when the wind speed exceeds 60 km/h.
      save=Save the document before you close the window.
      """;
  static final String FAITHFUL =
      """
      greeting=Welcome back, {0}! You have {1} new messages.
      wind=The station sends an alert when the wind speed exceeds 60 km/h.
      save=Save the document before you close the window.
      """;
  static final String BROKEN =
      """
      greeting=Welcome back, {name}! You have {1} new messages.
      wind=The station sends an alert when the wind speed exceeds 90 km/h.
      save=Save the document before you close the window.
      """;

  @TempDir Path tmp;

  static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  @Test
  void a_bundle_directory_should_pair_each_translated_properties_file_with_its_base()
      throws IOException {
    Path res = tmp.resolve("src/main/resources");
    write(res.resolve("messages.properties"), MESSAGES);
    write(res.resolve("messages_en_GB.properties"), FAITHFUL);
    write(res.resolve("i18n/errors.properties"), MESSAGES);
    write(res.resolve("i18n/errors_de.properties"), FAITHFUL);
    write(res.resolve("i18n/orphan_fr.properties"), FAITHFUL);
    write(res.resolve("application.properties"), "server.port=8080\n");
    write(res.resolve("notes.md"), "Not a translation file.\n");
    BatchRequest request =
        BatchRequest.builder().optBundleDirectories(List.of(res)).optSourceLanguage("en").build();

    TreePairer.Pairing pairing = TreePairer.pair(request);

    assertThat(pairing.pairs())
        .extracting(
            p ->
                p.relativePath()
                    + " "
                    + res.relativize(p.original())
                    + " "
                    + p.originalLanguage()
                    + "→"
                    + p.translationLanguage())
        .containsExactly(
            "i18n/errors_de.properties i18n/errors.properties en→de",
            "messages_en_GB.properties messages.properties en→en-GB");
    assertThat(pairing.missing())
        .extracting(m -> m.kind() + " " + m.relativePath() + " " + res.relativize(m.expected()))
        .containsExactly("NO_ORIGINAL i18n/orphan_fr.properties i18n/orphan.properties");
  }

  @Test
  void includes_and_excludes_should_narrow_the_translation_files_of_a_bundle_directory()
      throws IOException {
    Path res = tmp.resolve("res");
    write(res.resolve("messages.properties"), MESSAGES);
    write(res.resolve("messages_de.properties"), FAITHFUL);
    write(res.resolve("messages_fr.properties"), FAITHFUL);
    write(res.resolve("labels.properties"), MESSAGES);
    write(res.resolve("labels_de.properties"), FAITHFUL);
    write(res.resolve("po/de.po"), "msgid \"Open\"\nmsgstr \"Öffnen\"\n");
    BatchRequest request =
        BatchRequest.builder()
            .optBundleDirectories(List.of(res))
            .optIncludes(List.of("messages*.properties", "**/*.po"))
            .optExcludes(List.of("*_fr.properties"))
            .build();

    TreePairer.Pairing pairing = TreePairer.pair(request);

    assertThat(pairing.pairs())
        .extracting(p -> p.relativePath() + " " + p.translationLanguage())
        .containsExactly("messages_de.properties de", "po/de.po de");
  }

  @Test
  void json_bundles_should_pair_by_language_named_file_or_directory_and_xliff_stand_alone()
      throws IOException {
    Path locales = tmp.resolve("locales");
    write(locales.resolve("en/common.json"), "{\"a\": \"Open\"}");
    write(locales.resolve("es/common.json"), "{\"a\": \"Abrir\"}");
    write(locales.resolve("flat/en.json"), "{\"a\": \"Open\"}");
    write(locales.resolve("flat/pt_BR.json"), "{\"a\": \"Abrir\"}");
    write(locales.resolve("package.json"), "{\"name\": \"app\"}");
    write(
        locales.resolve("xliff/app.xlf"),
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
          <file source-language="en" target-language="fr" datatype="plaintext" original="x">
            <body><trans-unit id="a"><source>Open</source><target>Ouvrir</target></trans-unit></body>
          </file>
        </xliff>
        """);
    BatchRequest request = BatchRequest.builder().optBundleDirectories(List.of(locales)).build();

    TreePairer.Pairing pairing = TreePairer.pair(request);

    assertThat(pairing.pairs())
        .extracting(
            p ->
                p.relativePath()
                    + " "
                    + locales.relativize(p.original())
                    + " "
                    + p.translationLanguage()
                    + (p.isBilingual() ? " alone" : ""))
        .containsExactly(
            "es/common.json en/common.json es",
            "flat/pt_BR.json flat/en.json pt-BR",
            "xliff/app.xlf xliff/app.xlf fr alone");
    assertThat(pairing.missing()).isEmpty();
  }

  @Test
  void json_files_should_pair_across_trees_like_documents_and_po_files_stand_alone()
      throws IOException {
    Path en = tmp.resolve("locales/en");
    Path es = tmp.resolve("locales/es");
    write(en.resolve("app.json"), "{\"a\": \"Open\"}");
    write(es.resolve("app.json"), "{\"a\": \"Abrir\"}");
    write(en.resolve("guide.md"), "Open it.\n");
    write(es.resolve("guide.md"), "Ábrelo.\n");
    write(es.resolve("es.po"), "msgid \"Open\"\nmsgstr \"Abrir\"\n");
    BatchRequest request = BatchRequest.of(en, List.of(TranslationTree.of(es)));

    TreePairer.Pairing pairing = TreePairer.pair(request);

    assertThat(pairing.pairs())
        .extracting(p -> p.relativePath() + " " + p.translationLanguage() + " " + p.isBilingual())
        .containsExactly("app.json es false", "guide.md es false", "es.po es true");
    assertThat(pairing.missing()).isEmpty();
  }

  @Test
  void a_run_over_a_bundle_directory_should_fail_a_broken_placeholder_and_a_changed_number()
      throws IOException {
    Path res = tmp.resolve("src/main/resources");
    write(res.resolve("messages.properties"), MESSAGES);
    write(res.resolve("messages_en_GB.properties"), FAITHFUL);
    write(res.resolve("messages_en_US.properties"), BROKEN);
    Path out = tmp.resolve("target/drift");
    BatchRequest request =
        BatchRequest.builder()
            .optBundleDirectories(List.of(res))
            .optOutputDirectory(out)
            .optFormats(List.of(ReportFormat.JSON))
            .build();
    Map<String, DriftReport> reports = new ConcurrentHashMap<>();
    List<String> started = new ArrayList<>();

    BatchSummary summary =
        BatchRunner.create(new BagOfWordsEmbedder())
            .run(
                request,
                new BatchListener() {
                  @Override
                  public void documentStarted(DocumentPair pair) {
                    started.add(pair.relativePath());
                  }

                  @Override
                  public void documentFinished(DocumentOutcome outcome, DriftReport report) {
                    reports.put(outcome.pair().relativePath(), report);
                  }
                });

    assertThat(started)
        .containsExactlyInAnyOrder("messages_en_GB.properties", "messages_en_US.properties");
    assertThat(summary.documents())
        .extracting(o -> o.pair().relativePath() + " " + o.verdict())
        .containsExactly("messages_en_GB.properties PASS", "messages_en_US.properties FAIL");
    DriftReport broken = reports.get("messages_en_US.properties");
    assertThat(broken.pairs()).extracting(Pair::unit).containsExactly("greeting", "wind", "save");
    List<String> messages =
        broken.pairs().stream()
            .flatMap(p -> p.shifts().stream().map(s -> p.unit() + ": " + s.message()))
            .toList();
    assertThat(messages)
        .anyMatch(m -> m.startsWith("greeting: placeholder") && m.contains("{0}"))
        .anyMatch(m -> m.startsWith("wind: number changed: 60 → 90"));
    DocumentOutcome failed = summary.documents().get(1);
    assertThat(failed.worst().get(0).toString()).contains("messages_en_US.properties:");
    assertThat(out.resolve("en-US/messages_en_US.properties.json")).isRegularFile();
    assertThat(reports.get("messages_en_GB.properties").verdict()).isEqualTo(Verdict.PASS);
  }

  @Test
  void a_malformed_bilingual_file_should_stop_the_run_before_any_comparison() throws IOException {
    Path dir = tmp.resolve("po");
    write(dir.resolve("app.po"), "msgid \"Open\"\nmsgstr \"Abrir\n");
    BatchRequest request = BatchRequest.builder().optBundleDirectories(List.of(dir)).build();

    assertThatThrownBy(() -> TreePairer.pair(request))
        .isInstanceOf(DriftInputException.class)
        .hasMessageContaining("app.po:2:");
  }
}
