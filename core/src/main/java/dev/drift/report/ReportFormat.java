package dev.drift.report;

import dev.drift.report.html.HtmlRenderer;
import dev.drift.report.json.JsonRenderer;
import dev.drift.report.markdown.MarkdownRenderer;
import dev.drift.report.sarif.SarifRenderer;
import dev.drift.report.text.TextRenderer;
import java.util.Locale;

/** The formats a report can be rendered in. */
public enum ReportFormat {
  /** Human-readable text for a terminal. */
  TEXT("txt"),
  /** JSON, schema {@value DriftReport#SCHEMA}. */
  JSON("json"),
  /** One self-contained HTML page for reviewing the pair in a browser. */
  HTML("html"),
  /** SARIF 2.1.0, for code scanning. */
  SARIF("sarif"),
  /** A short Markdown summary for a pull request or a CI step summary. */
  MARKDOWN("md");

  private final String extension;

  ReportFormat(String extension) {
    this.extension = extension;
  }

  /**
   * The file extension for reports in this format.
   *
   * @return the extension without a dot
   */
  public String extension() {
    return extension;
  }

  /**
   * Whether a run's report in this format stands on its own, without the per-document files an
   * output directory holds. HTML does not: its run renderer writes the index page, which links to
   * one page per document.
   *
   * @return false for HTML
   */
  public boolean runLevel() {
    return this != HTML;
  }

  /**
   * The lower-case name of the format.
   *
   * @return the name users type, such as {@code sarif}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether a batch run writes one file per document in this format ({@code text}, {@code json},
   * {@code html}), or one file for the whole run ({@code sarif}, {@code markdown}; see {@link
   * #runFileName()}).
   *
   * @return true for per-document formats
   */
  public boolean perDocument() {
    return this == TEXT || this == JSON || this == HTML;
  }

  /**
   * The renderer for this format.
   *
   * @param options rendering settings; formats read what applies to them (only text uses colour,
   *     width and severity)
   * @return a renderer
   */
  public ReportRenderer renderer(RenderOptions options) {
    return switch (this) {
      case TEXT -> TextRenderer.create(options);
      case JSON -> JsonRenderer.create();
      case HTML -> HtmlRenderer.create();
      case SARIF -> SarifRenderer.create();
      case MARKDOWN -> MarkdownRenderer.create();
    };
  }

  /**
   * The renderer of a whole run in this format: the table for text, {@value RunReport#SCHEMA} for
   * JSON, one SARIF log, one Markdown summary, the index page for HTML.
   *
   * @param options rendering settings; formats read what applies to them (only text uses colour,
   *     width and severity)
   * @return a renderer
   */
  public RunRenderer runRenderer(RenderOptions options) {
    return switch (this) {
      case TEXT -> TextRenderer.create(options);
      case JSON -> JsonRenderer.create();
      case SARIF -> SarifRenderer.create();
      case HTML -> HtmlRenderer.create();
      case MARKDOWN -> MarkdownRenderer.create();
    };
  }

  /**
   * The file a run-level report in this format is written to, in the output directory.
   *
   * @return e.g. {@code drift.sarif}; {@code index.html} for HTML
   */
  public String runFileName() {
    return switch (this) {
      case MARKDOWN -> "summary.md";
      case HTML -> "index.html";
      default -> "drift." + extension;
    };
  }

  /**
   * Parses a format name, case-insensitively.
   *
   * @param name the name, such as {@code json}
   * @return the format
   * @throws IllegalArgumentException for an unknown name
   */
  public static ReportFormat parse(String name) {
    for (ReportFormat f : values()) {
      if (f.name().equalsIgnoreCase(name.trim())) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown format '" + name + "' (expected " + names() + ")");
  }

  /**
   * The format names, for help texts.
   *
   * @return the names joined by commas
   */
  public static String names() {
    StringBuilder sb = new StringBuilder();
    for (ReportFormat f : values()) {
      sb.append(sb.length() == 0 ? "" : ", ").append(f.name().toLowerCase(Locale.ROOT));
    }
    return sb.toString();
  }
}
