package dev.drift.stale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.drift.report.SentenceRef;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats of the {@code drift stale} report. Thread-safe. */
public enum StaleFormat {
  /** For people: one line per document, then the changes of those behind. */
  TEXT,
  /** For programs: {@value StaleReport#SCHEMA}. */
  JSON,
  /** For a pull-request comment. */
  MARKDOWN,
  /** For code scanning: SARIF 2.1.0, results on the translations' lines. */
  SARIF;

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /**
   * Parses a name as users write it.
   *
   * @param name {@code text}, {@code json}, {@code markdown}, {@code md} or {@code sarif}
   * @return the format
   * @throws IllegalArgumentException for another name
   */
  public static StaleFormat parse(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    if (n.equals("md")) {
      return MARKDOWN;
    }
    try {
      return valueOf(n.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown format '" + name + "' (expected text, json, markdown or sarif)", e);
    }
  }

  /**
   * Writes a report.
   *
   * @param report the report
   * @param out where to write it (not closed)
   * @throws IOException if writing fails
   */
  public void render(StaleReport report, Writer out) throws IOException {
    switch (this) {
      case JSON -> {
        out.write(MAPPER.writeValueAsString(report));
        out.write('\n');
      }
      case TEXT -> text(report, out);
      case MARKDOWN -> markdown(report, out);
      case SARIF -> StaleSarif.write(report, out);
    }
    out.flush();
  }

  private static void text(StaleReport report, Writer out) throws IOException {
    out.write("drift stale · " + summary(report) + "\n");
    for (StaleDocument d : report.documents()) {
      out.write(String.format(Locale.ROOT, "%-13s %s%n", d.status().id(), describe(d)));
    }
    for (StaleDocument d : report.documents()) {
      if (d.changes().isEmpty() && d.notes().isEmpty()) {
        continue;
      }
      out.write("\n" + d.translation() + " (" + d.status().id() + ")\n");
      for (StaleChange c : d.changes()) {
        String line =
            c.old() != null ? "base line " + c.old().line() : "line " + c.current().line();
        out.write(
            String.format(
                Locale.ROOT,
                "  %-8s %-14s %s%s%n",
                c.kind().id(),
                line,
                c.meaning() ? "meaning" : "cosmetic",
                c.messages().isEmpty() ? "" : ": " + String.join("; ", c.messages())));
        if (c.old() != null) {
          out.write("    old   " + c.old().text() + "\n");
        }
        if (c.current() != null) {
          out.write("    new   " + c.current().text() + "\n");
        }
        // An added sentence's translation goes after the rendering of the sentence it follows.
        String label = c.kind() == StaleChange.Kind.ADDED ? "    after " : "    tran  ";
        for (SentenceRef t : c.translation()) {
          out.write(label + t.line() + ":" + t.column() + "  " + t.text() + "\n");
        }
      }
      for (String note : d.notes()) {
        out.write("  note: " + note + "\n");
      }
    }
  }

  private static void markdown(StaleReport report, Writer out) throws IOException {
    out.write("### drift stale\n\n" + summary(report) + "\n\n");
    out.write("| status | translation | source | base |\n|---|---|---|---|\n");
    for (StaleDocument d : report.documents()) {
      out.write(
          "| "
              + d.status().id()
              + " | "
              + cell(d.translation())
              + " | "
              + cell(d.source())
              + " | "
              + (d.base() == null
                  ? ""
                  : "`" + d.base().substring(0, Math.min(7, d.base().length())) + "`")
              + " |\n");
    }
    for (StaleDocument d : report.documents()) {
      List<StaleChange> meaning =
          d.changes().stream().filter(StaleChange::meaning).collect(Collectors.toList());
      if (meaning.isEmpty() && d.notes().isEmpty()) {
        continue;
      }
      out.write("\n#### " + cell(d.translation()) + "\n\n");
      for (StaleChange c : meaning) {
        out.write("- **" + c.kind().id() + "**");
        if (!c.messages().isEmpty()) {
          out.write(" (" + cell(String.join("; ", c.messages())) + ")");
        }
        out.write("\n");
        if (c.old() != null) {
          out.write("  - old: " + cell(c.old().text()) + "\n");
        }
        if (c.current() != null) {
          out.write("  - new: " + cell(c.current().text()) + "\n");
        }
        String label =
            c.kind() == StaleChange.Kind.ADDED
                ? "goes after translation line "
                : "translation line ";
        for (SentenceRef t : c.translation()) {
          out.write("  - " + label + t.line() + ": " + cell(t.text()) + "\n");
        }
      }
      for (String note : d.notes()) {
        out.write("- note: " + cell(note) + "\n");
      }
    }
  }

  /** Text in a Markdown table cell or list item: no pipes, no markup, no line breaks. */
  private static String cell(String text) {
    if (text == null) {
      return "—";
    }
    return text.replaceAll("\\s+", " ").replaceAll("([\\\\`*_\\[\\]<>|#])", "\\\\$1");
  }

  private static String summary(StaleReport report) {
    String counts =
        report.counts().entrySet().stream()
            .filter(e -> e.getValue() > 0)
            .map(e -> e.getValue() + " " + e.getKey())
            .collect(Collectors.joining(" · "));
    return report.documents().size() + " documents" + (counts.isEmpty() ? "" : ": " + counts);
  }

  private static String describe(StaleDocument d) {
    return switch (d.status()) {
      case UNTRANSLATED -> d.source() + " (no " + d.language() + " translation)";
      case ORPHANED -> d.translation() + " (no source)";
      default ->
          d.translation()
              + " ← "
              + d.source()
              + (d.baseSource() == null ? "" : " (was " + d.baseSource() + ")")
              + (d.base() == null
                  ? ""
                  : " · base "
                      + d.base().substring(0, Math.min(7, d.base().length()))
                      + " ("
                      + d.baseFrom()
                      + ")");
    };
  }
}
