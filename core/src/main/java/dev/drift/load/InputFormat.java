package dev.drift.load;

import java.util.Locale;

/** The document formats drift reads. */
public enum InputFormat {
  /** Plain text: paragraphs separated by blank lines. */
  TEXT,
  /** CommonMark Markdown (with GFM tables). */
  MARKDOWN,
  /** HTML. */
  HTML;

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
      default ->
          throw new IllegalArgumentException(
              "unknown input format '" + name + "' (expected text, markdown or html)");
    };
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
