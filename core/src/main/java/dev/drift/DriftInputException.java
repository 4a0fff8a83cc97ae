package dev.drift;

/**
 * Bad input: a missing, unreadable, binary or malformed file, or an invalid option value (exit code
 * 2 in the CLI). The message is one line that names the file and the problem.
 */
public class DriftInputException extends DriftException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an input error.
   *
   * @param message one line naming the file and the problem
   */
  public DriftInputException(String message) {
    super(message);
  }

  /**
   * Creates an input error with its cause.
   *
   * @param message one line naming the file and the problem
   * @param cause the underlying failure
   */
  public DriftInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
