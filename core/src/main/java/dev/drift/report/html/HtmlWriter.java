package dev.drift.report.html;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.owasp.encoder.Encode;

/**
 * The one place where the HTML report turns strings into markup. Every text and attribute value
 * goes through the OWASP Java Encoder; tag and attribute names are constants of the renderer and
 * are checked, so that an event-handler attribute can never be written. Bidirectional control
 * characters in report text are shown as visible labels instead of being passed on, so a document
 * cannot reorder what the editor reads. Not thread-safe; one per rendering.
 */
final class HtmlWriter {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

  private final Writer out;

  HtmlWriter(Writer out) {
    this.out = out;
  }

  /**
   * Opens an element.
   *
   * @param tag the tag name, a constant
   * @param attributes name/value pairs; a {@code null} value leaves the attribute out, an empty one
   *     writes it bare
   */
  HtmlWriter open(String tag, String... attributes) throws IOException {
    out.write('<');
    out.write(name(tag));
    attributes(attributes);
    out.write('>');
    return this;
  }

  /** Closes an element opened with {@link #open}. */
  HtmlWriter close(String tag) throws IOException {
    out.write("</");
    out.write(name(tag));
    out.write('>');
    return this;
  }

  /** Writes an element that holds only text. */
  HtmlWriter element(String tag, String text, String... attributes) throws IOException {
    return open(tag, attributes).text(text).close(tag);
  }

  /** Writes report text as element content: escaped, bidi controls made visible. */
  HtmlWriter text(String text) throws IOException {
    if (text == null || text.isEmpty()) {
      return this;
    }
    int from = 0;
    for (int i = 0; i < text.length(); i++) {
      String label = Bidi.label(text.charAt(i));
      if (label != null) {
        out.write(Encode.forHtmlContent(text.substring(from, i)));
        out.write("<span class=\"ctl\" title=\"");
        out.write(Encode.forHtmlAttribute(Bidi.describe(text.charAt(i))));
        out.write("\">");
        out.write(Encode.forHtmlContent(label));
        out.write("</span>");
        from = i + 1;
      }
    }
    out.write(Encode.forHtmlContent(text.substring(from)));
    return this;
  }

  /** Writes markup the renderer owns (the doctype, the style and script blocks). */
  HtmlWriter raw(String markup) throws IOException {
    out.write(markup);
    return this;
  }

  /** Writes a line break, to keep the source readable. */
  HtmlWriter newline() throws IOException {
    out.write('\n');
    return this;
  }

  private void attributes(String[] attributes) throws IOException {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name/value pairs");
    }
    for (int i = 0; i < attributes.length; i += 2) {
      String value = attributes[i + 1];
      if (value == null) {
        continue;
      }
      String attribute = name(attributes[i]);
      if (attribute.startsWith("on") || attribute.equals("style")) {
        throw new IllegalArgumentException("the report never writes " + attribute);
      }
      out.write(' ');
      out.write(attribute);
      if (!value.isEmpty()) {
        out.write("=\"");
        out.write(Encode.forHtmlAttribute(Bidi.visible(value)));
        out.write('"');
      }
    }
  }

  private static String name(String name) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("not a tag or attribute name: " + name);
    }
    return name;
  }

  /** Bidirectional formatting characters, which reorder the text around them. */
  static final class Bidi {
    private Bidi() {}

    /**
     * A short visible label for a bidi control character.
     *
     * @return the label, or {@code null} if {@code c} is not one
     */
    static String label(char c) {
      return switch (c) {
        case '\u061C' -> "ALM";
        case '\u200E' -> "LRM";
        case '\u200F' -> "RLM";
        case '\u202A' -> "LRE";
        case '\u202B' -> "RLE";
        case '\u202C' -> "PDF";
        case '\u202D' -> "LRO";
        case '\u202E' -> "RLO";
        case '\u2066' -> "LRI";
        case '\u2067' -> "RLI";
        case '\u2068' -> "FSI";
        case '\u2069' -> "PDI";
        default -> null;
      };
    }

    static String describe(char c) {
      return String.format(
          Locale.ROOT, "U+%04X %s: a bidi control, shown and not applied", (int) c, label(c));
    }

    /** The text with every bidi control replaced by its bracketed label, for attribute values. */
    static String visible(String text) {
      StringBuilder sb = null;
      for (int i = 0; i < text.length(); i++) {
        String label = label(text.charAt(i));
        if (label != null) {
          if (sb == null) {
            sb = new StringBuilder(text.length() + 8).append(text, 0, i);
          }
          sb.append('[').append(label).append(']');
        } else if (sb != null) {
          sb.append(text.charAt(i));
        }
      }
      return sb == null ? text : sb.toString();
    }
  }
}
