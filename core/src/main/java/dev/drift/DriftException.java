package dev.drift;

/**
 * A failure inside drift or its model: the input was fine, but drift could not finish (exit code 3
 * in the CLI). Input problems are the subclass {@link DriftInputException}.
 */
public class DriftException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a one-line message meant for the user.
   *
   * @param message what went wrong, naming the file or model concerned
   */
  public DriftException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a one-line message and its cause.
   *
   * @param message what went wrong, naming the file or model concerned
   * @param cause the underlying failure
   */
  public DriftException(String message, Throwable cause) {
    super(message, cause);
  }
}
