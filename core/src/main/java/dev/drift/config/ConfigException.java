package dev.drift.config;

import dev.drift.DriftInputException;
import java.nio.file.Path;

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
    return where + ": " + (key == null ? "" : key + ": ") + problem;
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
