package dev.drift;

import java.util.Locale;

/**
 * Bad input: a missing, unreadable, binary or malformed file, or an invalid option value (exit code
 * 2 in the CLI). The message is one line that names the file and the problem; whatever text of the
 * input it quotes, control characters and line separators in it are shown as Java-style escapes (a
 * line break as a backslash and an n), so a key or value holding a line break cannot split it.
 */
public class DriftInputException extends DriftException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an input error.
   *
   * @param message one line naming the file and the problem
   */
  public DriftInputException(String message) {
    super(oneLine(message));
  }

  /**
   * Creates an input error with its cause.
   *
   * @param message one line naming the file and the problem
   * @param cause the underlying failure
   */
  public DriftInputException(String message, Throwable cause) {
    super(oneLine(message), cause);
  }

  private static String oneLine(String text) {
    if (text == null) {
      return null;
    }
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
}
