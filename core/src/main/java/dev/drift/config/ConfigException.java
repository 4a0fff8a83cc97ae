package dev.drift.config;

import dev.drift.DriftInputException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A configuration file that cannot be used: malformed YAML, an unknown key or a bad value. The
 * message reads {@code drift.yaml:7:3: maxDrift: must be between 0 and 1, not 1.5}.
 */
public final class ConfigException extends DriftInputException {
  private static final long serialVersionUID = 1L;

  /** The file. */
  private final transient Path file;

  private final int line;
  private final int column;
  private final String key;

  /**
   * Creates the exception.
   *
   * @param file the configuration file
   * @param line 1-based line, or 0 when unknown
   * @param column 1-based column, or 0 when unknown
   * @param key the key concerned (a dotted path such as {@code glossary[1].term}), or {@code null}
   * @param problem what is wrong
   * @param cause the underlying failure, or {@code null}
   */
  public ConfigException(
      Path file, int line, int column, String key, String problem, Throwable cause) {
    super(message(file, line, column, key, problem), cause);
    this.file = file;
    this.line = line;
    this.column = column;
    this.key = key;
  }

  private static String message(Path file, int line, int column, String key, String problem) {
    String where = line > 0 ? file + ":" + line + ":" + column : file.toString();
    return visible(where + ": " + (key == null ? "" : key + ": ") + problem);
  }

  /**
   * Keeps the message on one line whatever keys and values it quotes: a key may hold a line break
   * (YAML allows {@code "a\nb": 1}), so control characters and line separators are shown as
   * escapes.
   */
  private static String visible(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
            out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * The configuration file.
   *
   * @return the file
   */
  public Path file() {
    return file;
  }

  /**
   * The line.
   *
   * @return the 1-based line, or 0 when unknown
   */
  public int line() {
    return line;
  }

  /**
   * The column.
   *
   * @return the 1-based column, or 0 when unknown
   */
  public int column() {
    return column;
  }

  /**
   * The key.
   *
   * @return the key's path, or {@code null}
   */
  public String key() {
    return key;
  }
}
