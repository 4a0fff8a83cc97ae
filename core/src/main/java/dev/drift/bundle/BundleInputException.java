package dev.drift.bundle;

import dev.drift.DriftInputException;
import dev.drift.load.LineIndex;

/** Builds the one-line errors of malformed translation files: {@code file:line: problem}. */
final class BundleInputException {
  private BundleInputException() {}

  static DriftInputException at(String name, int line, String problem) {
    return new DriftInputException(name + ":" + Math.max(1, line) + ": " + problem);
  }

  static DriftInputException at(String name, String text, int offset, String problem) {
    int clamped = Math.max(0, Math.min(offset, text.length()));
    return at(name, new LineIndex(text).line(clamped), problem);
  }
}
