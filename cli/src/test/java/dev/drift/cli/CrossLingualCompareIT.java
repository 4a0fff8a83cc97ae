package dev.drift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drift.embed.TinyMultilingualModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code drift compare en.txt es.txt --translation-lang es --model DIR -f json} with a model of
 * XLM-R shape written at test time ({@link TinyMultilingualModel}, whose vectors make a word and
 * its translation one): the two-language path through the command line, not its accuracy.
 */
class CrossLingualCompareIT extends CommandTestBase {
  @TempDir static Path tmp;
  static Path model;
  static Path english;

  @BeforeAll
  static void write() throws Exception {
    model = TinyMultilingualModel.xlmR().writeTo(tmp.resolve("tiny-xlm-r"));
    english =
        Files.writeString(
            tmp.resolve("en.txt"), TinyMultilingualModel.ENGLISH, StandardCharsets.UTF_8);
  }

  private JsonNode compare(Path translation) throws Exception {
    run(
        "compare",
        english.toString(),
        translation.toString(),
        "--translation-lang",
        "es",
        "--model",
        model.toString(),
        "-f",
        "json",
        "--cache-dir",
        tmp.resolve("cache").toString());
    assertThat(err).isEmpty();
    return new ObjectMapper().readTree(out);
  }

  private static List<String> pairs(JsonNode report) {
    List<String> out = new ArrayList<>();
    for (JsonNode pair : report.get("pairs")) {
      out.add(
          pair.get("kind").asText()
              + ": "
              + texts(pair.get("original"))
              + " | "
              + texts(pair.get("translation")));
    }
    return out;
  }

  private static String texts(JsonNode sentences) {
    List<String> out = new ArrayList<>();
    sentences.forEach(s -> out.add(s.get("text").asText()));
    return String.join(" ", out);
  }

  @Test
  void spanish_translation_pairs_up_sentence_by_sentence_and_passes() throws Exception {
    Path spanish =
        Files.writeString(
            tmp.resolve("es.txt"), TinyMultilingualModel.SPANISH, StandardCharsets.UTF_8);

    JsonNode report = compare(spanish);

    assertExit(0);
    assertThat(report.get("model").get("name").asText()).isEqualTo("tiny-xlm-r");
    assertThat(pairs(report))
        .containsExactly(
            "match: The dog sleeps in the garden. | El perro duerme en el jardín.",
            "match: The girl reads a book every night. | La niña lee un libro cada noche.",
            "match: The old bridge crosses the river. | El puente viejo cruza el río.",
            "match: We drink coffee with milk. | Bebemos café con leche.");
    assertThat(report.get("verdict").asText()).isEqualTo("pass");
  }

  @Test
  void changed_word_is_a_shift_and_the_verdict_fails() throws Exception {
    String text = TinyMultilingualModel.SPANISH.replace("perro", "gato");
    Path spanish = Files.writeString(tmp.resolve("es-gato.txt"), text, StandardCharsets.UTF_8);

    JsonNode report = compare(spanish);
    String cold = out;

    assertExit(1);
    JsonNode first = report.get("pairs").get(0);
    assertThat(texts(first.get("translation"))).isEqualTo("El gato duerme en el jardín.");
    assertThat(first.get("shifts")).hasSize(1);
    JsonNode shift = first.get("shifts").get(0);
    assertThat(shift.get("kinds").get(0).asText()).isEqualTo("substitution");
    assertThat(shift.get("original").get("text").asText()).isEqualTo("dog");
    assertThat(shift.get("translation").get("text").asText()).isEqualTo("gato");
    assertThat(shift.get("translation").get("start").asInt()).isEqualTo(text.indexOf("gato"));
    assertThat(report.get("pairs").get(1).get("shifts")).isEmpty();

    compare(spanish);
    assertThat(out).as("the same report from the cache").isEqualTo(cold);
  }
}
