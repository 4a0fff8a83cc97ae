package dev.drift.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drift.DriftInputException;
import org.junit.jupiter.api.Test;

class GlobTest {

  @Test
  void double_star_slash_should_match_files_at_the_top_and_below() {
    Glob g = Glob.compile("**/*.md");
    assertThat(g.matches("index.md")).isTrue();
    assertThat(g.matches("guide/intro.md")).isTrue();
    assertThat(g.matches("a/b/c.md")).isTrue();
    assertThat(g.matches("index.mdx")).isFalse();
    assertThat(g.matches("index.md.bak")).isFalse();
  }

  @Test
  void single_star_should_stay_inside_one_segment() {
    Glob g = Glob.compile("*.md");
    assertThat(g.matches("index.md")).isTrue();
    assertThat(g.matches("guide/intro.md")).isFalse();
  }

  @Test
  void trailing_slash_and_double_star_should_match_whole_subtrees() {
    assertThat(Glob.compile("drafts/").matches("drafts/a/b.md")).isTrue();
    assertThat(Glob.compile("drafts/**").matches("drafts/x.md")).isTrue();
    assertThat(Glob.compile("drafts/**").matches("published/x.md")).isFalse();
    assertThat(Glob.compile("**/drafts/**").matches("a/drafts/x.md")).isTrue();
  }

  @Test
  void braces_question_marks_and_backslashes_should_work_as_maven_users_expect() {
    Glob g = Glob.compile("**/*.{md,txt}");
    assertThat(g.matches("a.md")).isTrue();
    assertThat(g.matches("b/a.txt")).isTrue();
    assertThat(g.matches("a.html")).isFalse();
    assertThat(Glob.compile("ch?.md").matches("ch1.md")).isTrue();
    assertThat(Glob.compile("ch?.md").matches("ch10.md")).isFalse();
    assertThat(Glob.compile("guide\\*.md").matches("guide/x.md")).isTrue();
    assertThat(Glob.compile("/top.md").matches("top.md")).isTrue();
  }

  @Test
  void regex_characters_should_be_literal() {
    assertThat(Glob.compile("a+b(1).md").matches("a+b(1).md")).isTrue();
    assertThat(Glob.compile("a.md").matches("aXmd")).isFalse();
  }

  @Test
  void malformed_globs_should_be_rejected_with_the_pattern_named() {
    assertThatThrownBy(() -> Glob.compile("**/*.{md,txt"))
        .isInstanceOf(DriftInputException.class)
        .hasMessageContaining("'**/*.{md,txt'")
        .hasMessageContaining("unclosed");
    assertThatThrownBy(() -> Glob.compile("  ")).isInstanceOf(DriftInputException.class);
  }
}
