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

  /**
   * What to throw on this thread for a failure another thread reported (the cause of an {@code
   * ExecutionException} or {@code CompletionException}): the failure itself when it is unchecked,
   * else a {@code DriftException} wrapping it. An {@link Error} (out of memory, say) is thrown as
   * it is, never wrapped.
   *
   * @param cause the other thread's failure
   * @return the failure to throw
   */
  public static RuntimeException rethrown(Throwable cause) {
    if (cause instanceof Error error) {
      throw error;
    }
    if (cause instanceof RuntimeException r) {
      return r;
    }
    return new DriftException(String.valueOf(cause.getMessage()), cause);
  }
}
