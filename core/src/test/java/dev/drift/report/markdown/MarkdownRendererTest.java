package dev.drift.report.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

  @Test
  void escape_should_keep_a_sentence_from_breaking_the_table_or_injecting_markup() {
    String hostile = "a | b <script>alert(1)</script> *bold* [link](x) `code`\nnext";

    String escaped = MarkdownRenderer.escape(hostile);

    assertThat(escaped)
        .isEqualTo(
            "a \\| b &lt;script&gt;alert(1)&lt;/script&gt; \\*bold\\* \\[link\\](x) \\`code\\`"
                + " next")
        .doesNotContain("\n");
  }

  @Test
  void code_should_survive_backticks_and_pipes() {
    assertThat(MarkdownRenderer.code("docs/fr/a.md:3:1")).isEqualTo("`docs/fr/a.md:3:1`");
    assertThat(MarkdownRenderer.code("a`b|c")).isEqualTo("`` a`b\\|c ``");
  }
}
