package dev.drift.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shift benchmark's split, without the model. */
class ShiftBenchmarkTest {

  @Test
  void split_should_keep_every_text_tuned_on_out_of_the_test_half() throws Exception {
    Map<String, String> test = ShiftBenchmark.corpus("test");
    assertThat(test)
        .isNotEmpty()
        .doesNotContainKeys("g20-original.txt", "quarterly-report.txt", "release-notes.txt");
  }

  @Test
  void split_should_put_every_document_in_exactly_one_half() throws Exception {
    Map<String, String> all = ShiftBenchmark.corpus("all");
    Map<String, String> dev = ShiftBenchmark.corpus("dev");
    Map<String, String> test = ShiftBenchmark.corpus("test");
    assertThat(dev.size() + test.size()).isEqualTo(all.size());
    Set<String> both = new HashSet<>(dev.keySet());
    both.retainAll(test.keySet());
    assertThat(both).isEmpty();
  }

  @Test
  void split_should_not_have_the_same_text_in_both_halves() throws Exception {
    Set<String> dev = new HashSet<>(ShiftBenchmark.corpus("dev").values());
    assertThat(ShiftBenchmark.corpus("test").values()).noneMatch(dev::contains);
  }

  @Test
  void split_should_refuse_a_story_in_both_halves(@TempDir Path dir) throws Exception {
    Path manifest = dir.resolve("split.tsv");
    Files.writeString(
        manifest,
        "# comment\n"
            + "document\thalf\tpath\tstory\treason\n"
            + "a.txt\tdev\teval/a.txt\tfoxCrow\ttuned on\n"
            + "b.txt\ttest\teval/b.txt\tfoxCrow\theld out\n",
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ShiftBenchmark.split(manifest))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("story foxCrow is in both halves");
  }

  @Test
  void split_should_refuse_a_line_without_a_reason(@TempDir Path dir) throws Exception {
    Path manifest = dir.resolve("split.tsv");
    Files.writeString(
        manifest,
        "document\thalf\tpath\tstory\treason\na.txt\ttest\teval/a.txt\tfoxCrow\t\n",
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> ShiftBenchmark.split(manifest))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("reason");
  }
}
