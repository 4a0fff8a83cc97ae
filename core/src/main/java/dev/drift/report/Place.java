package dev.drift.report;

/**
 * A place in a file with what is wrong there, as {@code file:line:column: message}.
 *
 * @param file the file, as given
 * @param line 1-based line
 * @param column 1-based column, in UTF-16 code units
 * @param message one line
 */
public record Place(String file, int line, int column, String message) {
  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + message;
  }
}
