package dev.drift.report.text;

import dev.drift.shift.Severity;

/**
 * ANSI styling that collapses to plain text when colour is off.
 *
 * @param on whether to write escape sequences
 */
record Ansi(boolean on) {
  String style(String code, String text) {
    return on ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
  }

  String bold(String t) {
    return style("1", t);
  }

  String dim(String t) {
    return style("2", t);
  }

  String red(String t) {
    return style("31", t);
  }

  String green(String t) {
    return style("32", t);
  }

  String yellow(String t) {
    return style("33", t);
  }

  String magenta(String t) {
    return style("35", t);
  }

  String cyan(String t) {
    return style("36", t);
  }

  String boldRed(String t) {
    return style("1;31", t);
  }

  String boldGreen(String t) {
    return style("1;32", t);
  }

  /** Text in its severity's style: errors bold red, warnings yellow, info dim. */
  String severity(Severity severity, String text) {
    return switch (severity) {
      case ERROR -> boldRed(text);
      case WARNING -> yellow(text);
      case INFO -> dim(text);
    };
  }
}
