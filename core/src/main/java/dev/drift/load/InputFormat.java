package dev.drift.load;

import java.util.Locale;

/** The document formats drift reads. */
public enum InputFormat {
  /** Plain text: paragraphs separated by blank lines. */
  TEXT,
  /** CommonMark Markdown (with GFM tables). */
  MARKDOWN,
  /** HTML. */
  HTML,
  /** XLIFF 1.2 or 2.0: bilingual translation units (read by {@code dev.drift.bundle}). */
  XLIFF,
  /** A gettext PO file: bilingual translation units (read by {@code dev.drift.bundle}). */
  PO,
  /** A Java {@code .properties} message bundle (read by {@code dev.drift.bundle}). */
  PROPERTIES,
  /** A JSON message bundle (read by {@code dev.drift.bundle}). */
  JSON;

  /**
   * The format a file name's extension stands for, or {@code null} when the extension says nothing
   * definite ({@code .txt} or none), in which case the loader looks at the content.
   *
   * @param fileName a file name or path
   * @return the format, or {@code null} to sniff
   */
  public static InputFormat byExtension(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".mdown")) {
      return MARKDOWN;
    }
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return HTML;
    }
    if (name.endsWith(".xlf") || name.endsWith(".xliff")) {
      return XLIFF;
    }
    if (name.endsWith(".po") || name.endsWith(".pot")) {
      return PO;
    }
    if (name.endsWith(".properties")) {
      return PROPERTIES;
    }
    if (name.endsWith(".json")) {
      return JSON;
    }
    return null;
  }

  /**
   * Parses a format name as users write it ({@code text}, {@code markdown}, {@code md}, {@code
   * html}).
   *
   * @param name the name
   * @return the format
   * @throws IllegalArgumentException for an unknown name
   */
  public static InputFormat parse(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "text", "txt", "plain" -> TEXT;
      case "markdown", "md" -> MARKDOWN;
      case "html", "htm" -> HTML;
      case "xliff", "xlf" -> XLIFF;
      case "po", "gettext" -> PO;
      case "properties" -> PROPERTIES;
      case "json" -> JSON;
      default ->
          throw new IllegalArgumentException(
              "unknown input format '"
                  + name
                  + "' (expected text, markdown, html, xliff, po, properties or json)");
    };
  }

  /**
   * Whether files of this format hold translation units already paired (by id, msgid or key) rather
   * than prose to align.
   *
   * @return true for XLIFF, PO, properties and JSON bundles
   */
  public boolean bundle() {
    return ordinal() > HTML.ordinal();
  }

  /**
   * The lower-case name used in reports.
   *
   * @return {@code text}, {@code markdown} or {@code html}
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
