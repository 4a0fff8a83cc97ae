package dev.drift.shift;

import static dev.drift.shift.Sides.pair;
import static dev.drift.shift.Sides.show;
import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.load.Verbatim;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VerbatimShiftDetectorTest {
  private final VerbatimShiftDetector detector = VerbatimShiftDetector.create();

  private List<Finding> detect(AlignedPair pair) {
    List<Finding> findings = Sides.diffThen(pair);
    detector.detect(pair, findings);
    return findings.stream().filter(f -> f.reason != null).toList();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://example.com/a",
        "http://x.org/path?q=1&r=2#frag",
        "{name}",
        "{}",
        "{{user.name}}",
        "{{ user }}",
        "${total}",
        "%s",
        "%d",
        "%1$d",
        "%-5.2f",
        "%@"
      })
  void verbatim_detector_should_accept_an_identical_item(String item) {
    AlignedPair pair =
        pair("Send " + item + " to them today.", "Schick " + item + " heute an sie.", "en", "de");

    assertThat(detect(pair)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"https://example.com/a", "{name}", "{{user.name}}", "${total}", "%s", "%1$d"})
  void verbatim_detector_should_report_a_missing_item(String item) {
    AlignedPair pair =
        pair("Send " + item + " to them today.", "Schick es heute an sie.", "en", "de");

    List<Finding> findings = detect(pair);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.floor).isEqualTo(Severity.ERROR);
              assertThat(f.reason).endsWith(" missing: " + item);
              assertThat(Sides.originalOf(pair, f)).isEqualTo(item);
              assertThat(f.hasTranslation()).isFalse();
            });
  }

  @Test
  void verbatim_detector_should_report_a_changed_link() {
    AlignedPair pair =
        pair("See https://example.com/a for details.", "See https://example.com/b for details.");

    List<Finding> findings = detect(pair);

    assertThat(findings).hasSize(1);
    Finding f = findings.get(0);
    assertThat(show(pair, f)).isEqualTo("https://example.com/a → https://example.com/b");
    assertThat(f.kinds).contains(ShiftKind.LINK);
    assertThat(f.floor).isEqualTo(Severity.ERROR);
    assertThat(f.reason).isEqualTo("link changed: https://example.com/a → https://example.com/b");
  }

  @Test
  void verbatim_detector_should_report_changed_placeholders_of_every_style() {
    AlignedPair pair =
        pair(
            "Hello {name}, {{user.name}} and ${total}: %d of %1$s.",
            "Hallo {nom}, {{user}} und ${sum}: %s von %2$s.", "en", "de");

    List<Finding> findings = detect(pair);

    assertThat(findings)
        .extracting(f -> f.reason)
        .containsExactly(
            "placeholder changed: {name} → {nom}",
            "placeholder changed: {{user.name}} → {{user}}",
            "placeholder changed: ${total} → ${sum}",
            "placeholder changed: %d → %s",
            "placeholder changed: %1$s → %2$s");
    assertThat(findings)
        .allSatisfy(
            f -> {
              assertThat(f.kinds).contains(ShiftKind.PLACEHOLDER);
              assertThat(f.floor).isEqualTo(Severity.ERROR);
            });
  }

  @Test
  void verbatim_detector_should_cover_whole_items_on_both_sides() {
    AlignedPair pair =
        pair(
            "Hello {name}, see https://x.example/a now.",
            "Hello {nom}, see https://x.example/b now.");

    List<Finding> findings = detect(pair);

    assertThat(findings)
        .extracting(f -> show(pair, f))
        .containsExactly("{name} → {nom}", "https://x.example/a → https://x.example/b");
  }

  @Test
  void verbatim_detector_should_report_an_added_placeholder() {
    AlignedPair pair = pair("Hello world.", "Hello {name} world.");

    List<Finding> findings = detect(pair);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.reason).isEqualTo("placeholder added: {name}");
              assertThat(show(pair, f)).isEqualTo(" → {name}");
              assertThat(f.kinds).contains(ShiftKind.PLACEHOLDER);
            });
  }

  @Test
  void verbatim_detector_should_not_take_percentages_for_placeholders() {
    assertThat(detect(pair("50% of voters agreed.", "50 % der Wähler stimmten zu.", "en", "de")))
        .isEmpty();
    assertThat(detect(pair("Up 50%, down 10%.", "Plus 50 %, moins 10 %.", "en", "fr"))).isEmpty();
    assertThat(detect(pair("50% of voters agreed.", "The voters agreed."))).isEmpty();
  }

  @Test
  void verbatim_detector_should_leave_trailing_punctuation_out_of_urls() {
    AlignedPair pair =
        pair(
            "Visit http://x.org/path?q=1, then leave.", "Visit http://x.org/path?q=1; then leave.");

    assertThat(detect(pair)).isEmpty();
  }

  @Test
  void verbatim_detector_should_leave_quotation_marks_out_of_urls() {
    assertThat(
            detect(
                pair(
                    "See “https://example.com/a”.", "Voir « https://example.com/a ».", "en", "fr")))
        .isEmpty();
    assertThat(
            detect(
                pair(
                    "See ‘https://example.com/a’ now.",
                    "Voir «https://example.com/a» là.",
                    "en",
                    "fr")))
        .isEmpty();
    assertThat(detect(pair("See „https://example.com/a“ now.", "See ‹https://example.com/a› now.")))
        .isEmpty();
  }

  @Test
  void verbatim_detector_should_match_items_by_kind_and_text_in_any_order() {
    AlignedPair pair = pair("Use {a} then {b}.", "Use {b} after {a}.");

    assertThat(detect(pair)).isEmpty();
  }

  @Test
  void verbatim_detector_should_report_markdown_items_with_their_raw_spans() {
    String rawA = "Read [the guide](https://a.example/guide) and run `mvn verify`.";
    String rawB = "Lies [die Anleitung](https://a.example/anleitung) und führe `mvn test` aus.";
    PairSide a =
        markdownSide(
            "Read the guide and run mvn verify.",
            "en",
            rawA,
            link(rawA, "https://a.example/guide"),
            code(rawA, "mvn verify"));
    PairSide b =
        markdownSide(
            "Lies die Anleitung und führe mvn test aus.",
            "de",
            rawB,
            link(rawB, "https://a.example/anleitung"),
            code(rawB, "mvn test"));
    AlignedPair pair = new AlignedPair(a, b, 0.9, false);
    List<Finding> findings = new ArrayList<>();

    detector.detect(pair, findings);

    assertThat(findings).hasSize(2);
    Finding link = findings.get(0);
    assertThat(link.kinds).containsExactly(ShiftKind.LINK);
    assertThat(link.floor).isEqualTo(Severity.ERROR);
    assertThat(link.reason)
        .isEqualTo("link changed: https://a.example/guide → https://a.example/anleitung");
    assertThat(link.originalRaw.text()).isEqualTo("https://a.example/guide");
    assertThat(rawA.substring(link.originalRaw.start(), link.originalRaw.end()))
        .isEqualTo("https://a.example/guide");
    assertThat(link.translationRaw.text()).isEqualTo("https://a.example/anleitung");
    assertThat(link.hasOriginal()).isFalse();
    assertThat(link.hasTranslation()).isFalse();
    Finding code = findings.get(1);
    assertThat(code.kinds).containsExactly(ShiftKind.CODE);
    assertThat(code.reason).isEqualTo("code changed: mvn verify → mvn test");
    assertThat(code.originalRaw.text()).isEqualTo("mvn verify");
    assertThat(code.translationRaw.text()).isEqualTo("mvn test");
  }

  @Test
  void verbatim_detector_should_accept_equal_markdown_items_and_report_a_missing_one() {
    String rawA = "Run `mvn verify` and see [docs](https://d.example).";
    String rawB = "Führe `mvn verify` aus.";
    PairSide a =
        markdownSide(
            "Run mvn verify and see docs.",
            "en",
            rawA,
            code(rawA, "mvn verify"),
            link(rawA, "https://d.example"));
    PairSide b = markdownSide("Führe mvn verify aus.", "de", rawB, code(rawB, "mvn verify"));
    List<Finding> findings = new ArrayList<>();

    detector.detect(new AlignedPair(a, b, 0.9, false), findings);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.reason).isEqualTo("link missing: https://d.example");
              assertThat(f.originalRaw.text()).isEqualTo("https://d.example");
              assertThat(f.translationRaw).isNull();
            });
  }

  private static PairSide markdownSide(
      String text, String language, String raw, Verbatim... verbatim) {
    // The raw mapping is not used by the detector for verbatim items; identity is enough here.
    return new PairSide(
        text, language, Words.of(text, language), null, List.of(verbatim), raw, i -> i, i -> i + 1);
  }

  private static Verbatim link(String raw, String url) {
    int start = raw.indexOf(url);
    return new Verbatim(Verbatim.Kind.LINK, url, start, start + url.length());
  }

  private static Verbatim code(String raw, String code) {
    int start = raw.indexOf(code);
    return new Verbatim(Verbatim.Kind.CODE, code, start, start + code.length());
  }
}
