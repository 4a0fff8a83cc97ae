package dev.drift.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drift.DriftInputException;
import dev.drift.report.ReportFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportPathsTest {
  @TempDir Path tmp;

  static DocumentPair pair(String relative) {
    return new DocumentPair(relative, Path.of("en", relative), "en", Path.of("fr", relative), "fr");
  }

  @Test
  void report_should_be_named_after_language_path_and_format_and_create_its_directories() {
    ReportPaths paths = ReportPaths.create(tmp.resolve("out/drift"));

    Path json = paths.report(pair("guide/intro.md"), ReportFormat.JSON);

    assertThat(json).isEqualTo(tmp.resolve("out/drift/fr/guide/intro.md.json"));
    assertThat(json.getParent()).isDirectory();
    assertThat(ReportPaths.relativeReport(pair("guide/intro.md"), ReportFormat.TEXT))
        .isEqualTo("fr/guide/intro.md.txt");
    assertThat(paths.index()).isEqualTo(tmp.resolve("out/drift/index.html"));
  }

  @Test
  void paths_that_climb_out_or_are_absolute_should_be_rejected() {
    ReportPaths paths = ReportPaths.create(tmp.resolve("out"));
    for (String bad : new String[] {"../escape.md", "a/../../b.md", "/etc/passwd", "a//b", "./a"}) {
      assertThatThrownBy(() -> paths.resolve(bad))
          .as(bad)
          .isInstanceOf(DriftInputException.class)
          .hasMessageContaining(bad);
    }
    assertThatThrownBy(() -> paths.report(pair("../../x.md"), ReportFormat.JSON))
        .isInstanceOf(DriftInputException.class);
    assertThat(tmp.resolve("escape.md.json")).doesNotExist();
  }

  @Test
  void a_symbolic_link_leading_outside_should_be_rejected_without_creating_anything_there()
      throws IOException {
    Path outside = Files.createDirectories(tmp.resolve("outside"));
    Path out = Files.createDirectories(tmp.resolve("out"));
    Files.createSymbolicLink(out.resolve("fr"), outside);
    ReportPaths paths = ReportPaths.create(out);

    assertThatThrownBy(() -> paths.report(pair("guide/intro.md"), ReportFormat.JSON))
        .isInstanceOf(DriftInputException.class)
        .hasMessageContaining("symbolic link leading out of the output directory");
    assertThat(outside).isEmptyDirectory();

    Files.createDirectories(out.resolve("de"));
    Files.createSymbolicLink(out.resolve("de/report.json"), outside.resolve("stolen.json"));
    assertThatThrownBy(() -> paths.resolve("de/report.json"))
        .isInstanceOf(DriftInputException.class)
        .hasMessageContaining("symbolic link");
  }

  @Test
  void a_symbolic_link_that_stays_inside_should_be_allowed() throws IOException {
    Path out = Files.createDirectories(tmp.resolve("out"));
    Files.createDirectories(out.resolve("shared"));
    Files.createSymbolicLink(out.resolve("fr"), out.resolve("shared"));
    ReportPaths paths = ReportPaths.create(out);

    Path json = paths.report(pair("a.md"), ReportFormat.JSON);

    assertThat(json).isEqualTo(out.resolve("fr/a.md.json"));
  }
}
