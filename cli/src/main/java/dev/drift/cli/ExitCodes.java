package dev.drift.cli;

/** The exit codes drift returns; scripts and CI rely on them. */
public final class ExitCodes {
  /** Every document passes its thresholds. */
  public static final int PASS = 0;

  /** At least one document drifts over a threshold. */
  public static final int DRIFT = 1;

  /** Bad usage or bad input: an unknown option, a missing, binary or malformed file. */
  public static final int BAD_INPUT = 2;

  /** drift itself or its model failed. */
  public static final int INTERNAL = 3;

  private ExitCodes() {}
}
