package dev.drift.maven;

import dev.drift.report.SentenceRef;
import dev.drift.stale.FailOn;
import dev.drift.stale.StaleChange;
import dev.drift.stale.StaleDocument;
import dev.drift.stale.StaleReport;
import dev.drift.stale.StaleStatus;
import java.io.File;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.maven.plugin.logging.Log;

/**
 * Shows a {@code drift stale} run in the Maven log: one line per document that needs a look (an
 * error when it fails the build, else a warning; current ones with {@code -X} only), then for each
 * change of meaning the translation sentence that renders the old source sentence as a {@code
 * file:line:column} line, which IDEs and CI turn into links; then the counts. Stateless.
 */
final class StaleLog {
  private StaleLog() {}

  /**
   * Logs a report.
   *
   * @param log the Mojo's log
   * @param report the report
   * @param failOn what fails the build
   * @return how many documents fail the build
   */
  static int log(Log log, StaleReport report, FailOn failOn) {
    int failing = 0;
    for (StaleDocument d : report.documents()) {
      boolean fails = failOn.fails(d.status());
      failing += fails ? 1 : 0;
      String line = "drift: " + headline(d);
      switch (d.status()) {
        case CURRENT -> log.debug(line);
        case UNTRANSLATED, COSMETIC -> {
          if (fails) {
            log.error(line);
          } else {
            log.info(line);
          }
        }
        default -> {
          if (fails) {
            log.error(line);
          } else {
            log.warn(line);
          }
        }
      }
      if (d.status() != StaleStatus.OUTDATED) {
        continue;
      }
      for (StaleChange c : d.changes()) {
        if (!c.meaning()) {
          continue;
        }
        String what = change(c);
        if (c.translation().isEmpty()) {
          problem(log, fails, d.translation() + ": " + what);
        }
        for (SentenceRef t : c.translation()) {
          problem(log, fails, d.translation() + ":" + t.line() + ":" + t.column() + ": " + what);
        }
      }
    }
    Map<String, Integer> counts = report.counts();
    log.info(
        "drift: "
            + report.documents().size()
            + " documents: "
            + counts.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", ")));
    return failing;
  }

  private static void problem(Log log, boolean fails, String line) {
    if (fails) {
      log.error(line);
    } else {
      log.warn(line);
    }
  }

  private static String headline(StaleDocument d) {
    String base =
        d.base() == null ? "" : " since " + d.base().substring(0, Math.min(7, d.base().length()));
    String notes = d.notes().isEmpty() ? "" : " (" + String.join("; ", d.notes()) + ")";
    return switch (d.status()) {
      case UNTRANSLATED -> d.source() + ": untranslated (no " + d.language() + " translation)";
      case ORPHANED -> d.translation() + ": orphaned (no source)";
      case UNKNOWN -> d.translation() + ": unknown" + notes;
      case CURRENT -> d.translation() + ": current" + base;
      default ->
          d.translation()
              + ": "
              + d.status().id()
              + ", "
              + d.source()
              + " changed"
              + (d.status() == StaleStatus.OUTDATED ? " in meaning" : " in form only")
              + base
              + notes;
    };
  }

  private static String change(StaleChange c) {
    String why = c.messages().isEmpty() ? "" : " (" + String.join("; ", c.messages()) + ")";
    String text =
        switch (c.kind()) {
          case CHANGED ->
              "source sentence changed: \""
                  + c.old().text()
                  + "\" → \""
                  + c.current().text()
                  + "\"";
          case DROPPED -> "source sentence dropped: \"" + c.old().text() + "\"";
          case ADDED ->
              "source sentence added"
                  + (c.translation().isEmpty() ? "" : " (its translation goes after this one)")
                  + ": \""
                  + c.current().text()
                  + "\"";
        };
    return (text + why).replaceAll("\\s+", " ");
  }

  /**
   * The message of a failing build: what failed and what to do about it, in the plugin's terms.
   *
   * @param report the report
   * @param failOn what fails the build
   * @param failing how many documents fail it
   * @param reports where the reports are
   * @return one paragraph
   */
  static String failure(StaleReport report, FailOn failOn, int failing, File reports) {
    return "drift: "
        + failing
        + " of "
        + report.documents().size()
        + " translations are behind their source ("
        + (failOn == FailOn.COSMETIC ? "changed since their base" : "changed in meaning")
        + "; see the log above and "
        + reports
        + "). Update the translations and commit them (or name the source revision they render"
        + " in their front matter: source-revision: <sha>), or set <failOn>never</failOn> to"
        + " report only.";
  }
}
