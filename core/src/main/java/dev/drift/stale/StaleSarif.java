package dev.drift.stale;

import dev.drift.report.Region;
import dev.drift.report.SentenceRef;
import dev.drift.report.sarif.SarifLog;
import dev.drift.report.sarif.SarifRenderer;
import dev.drift.shift.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code drift stale} report as a SARIF 2.1.0 log, written through drift's one SARIF writer:
 * for every change of meaning that the translation renders, a result on the translation sentence(s)
 * that render the old source sentence, with the current source sentence as related location; for an
 * outdated document whose changes (or some of them) are not located in the translation, one result
 * on the translation file itself; and one on the file for each other status that needs a look
 * (cosmetic, unknown, orphaned, untranslated). Levels follow the change's severity. Stateless.
 */
final class StaleSarif {
  static final String FULL_NAME = "drift stale: finds the translations behind their source";
  static final String FINGERPRINT = "driftStale/v1";

  private StaleSarif() {}

  /** The rules: one per kind of change of meaning, then one per status a file can have. */
  static final List<SarifLog.Rule> RULES =
      List.of(
          new SarifLog.Rule(
              rule(StaleChange.Kind.CHANGED),
              "A source sentence changed in meaning since the translation was last updated; the"
                  + " sentence shown renders its old version.",
              "error"),
          new SarifLog.Rule(
              rule(StaleChange.Kind.DROPPED),
              "A source sentence was removed since the translation was last updated; the sentence"
                  + " shown still renders it.",
              "error"),
          new SarifLog.Rule(
              rule(StaleChange.Kind.ADDED),
              "The source has a sentence the translation does not render yet; the sentence shown"
                  + " renders the one it follows.",
              "error"),
          new SarifLog.Rule(
              rule(StaleStatus.OUTDATED),
              "The source changed in meaning since the translation was last updated.",
              "error"),
          new SarifLog.Rule(
              rule(StaleStatus.COSMETIC),
              "The source changed in form only (spelling, punctuation, markup, reflow) since the"
                  + " translation was last updated.",
              "note"),
          new SarifLog.Rule(
              rule(StaleStatus.UNKNOWN),
              "The translation's base is not in the history (never committed, or a shallow"
                  + " clone), so whether it is behind is unknown.",
              "warning"),
          new SarifLog.Rule(
              rule(StaleStatus.ORPHANED), "A translation whose source file is gone.", "warning"),
          new SarifLog.Rule(
              rule(StaleStatus.UNTRANSLATED),
              "A source file without a translation in this language.",
              "note"));

  static String rule(StaleChange.Kind kind) {
    return "drift-stale/" + kind.id();
  }

  static String rule(StaleStatus status) {
    return "drift-stale/" + status.id();
  }

  static void write(StaleReport report, Writer out) throws IOException {
    try (SarifLog log =
        SarifLog.open(out, SarifRenderer.create().toolVersion(), FULL_NAME, RULES)) {
      for (StaleDocument d : report.documents()) {
        write(log, d);
      }
    }
  }

  private static void write(SarifLog log, StaleDocument d) throws IOException {
    switch (d.status()) {
      case CURRENT -> {}
      case OUTDATED -> outdated(log, d);
      case UNTRANSLATED ->
          log.add(
              file(
                  d,
                  d.source(),
                  "note",
                  d.source() + " has no " + d.language() + " translation.",
                  List.of()));
      case ORPHANED ->
          log.add(
              file(
                  d,
                  d.translation(),
                  "warning",
                  "No source file for this translation any more (removed or renamed?).",
                  List.of()));
      case COSMETIC ->
          log.add(
              file(
                  d,
                  d.translation(),
                  "note",
                  "The source changed in form only since " + base(d) + ".",
                  List.of()));
      case UNKNOWN ->
          log.add(
              file(
                  d,
                  d.translation(),
                  "warning",
                  "Whether the source changed is unknown: " + String.join("; ", d.notes()) + ".",
                  List.of()));
    }
  }

  /** A result per located change of meaning, then one on the file for those not located. */
  private static void outdated(SarifLog log, StaleDocument d) throws IOException {
    List<StaleChange> unlocated = new ArrayList<>();
    Severity worst = null;
    for (StaleChange c : d.changes()) {
      if (!c.meaning()) {
        continue;
      }
      if (c.translation().isEmpty()) {
        unlocated.add(c);
        worst = max(worst, c.severity());
        continue;
      }
      List<SarifLog.Location> at = new ArrayList<>();
      for (SentenceRef t : c.translation()) {
        at.add(new SarifLog.Location(d.translation(), Region.of(t), null));
      }
      List<SarifLog.Location> related =
          c.current() == null || d.source() == null
              ? List.of()
              : List.of(
                  new SarifLog.Location(d.source(), Region.of(c.current()), "the source now"));
      log.add(
          new SarifLog.Result(
              rule(c.kind()),
              level(c.severity()),
              "The source "
                  + describe(c)
                  + " since "
                  + base(d)
                  + (related.isEmpty() ? "" : " (see [the source now](1))")
                  + (c.kind() == StaleChange.Kind.ADDED
                      ? "; its translation goes after the sentence here."
                      : "."),
              at,
              related,
              FINGERPRINT,
              SarifLog.fingerprint(
                  d.translation(),
                  c.kind().id(),
                  c.old() == null ? "" : c.old().text().strip(),
                  c.current() == null ? "" : c.current().text().strip()),
              null));
    }
    if (unlocated.isEmpty()) {
      return;
    }
    List<String> said = new ArrayList<>();
    List<SarifLog.Location> related = new ArrayList<>();
    for (StaleChange c : unlocated) {
      said.add(describe(c));
      if (c.current() != null && d.source() != null) {
        related.add(
            new SarifLog.Location(
                d.source(), Region.of(c.current()), "the source now (" + c.kind().id() + ")"));
      }
    }
    StringBuilder message =
        new StringBuilder("The source changed in meaning since ")
            .append(base(d))
            .append(": ")
            .append(String.join("; ", said));
    for (String note : d.notes()) {
      message.append(" Note: ").append(note);
    }
    log.add(file(d, d.translation(), level(worst), message + ".", related));
  }

  private static SarifLog.Result file(
      StaleDocument d, String path, String level, String message, List<SarifLog.Location> related) {
    return new SarifLog.Result(
        rule(d.status()),
        level,
        message,
        List.of(SarifLog.Location.file(path)),
        related,
        FINGERPRINT,
        SarifLog.fingerprint(
            path, d.status().id(), d.source() == null ? "" : d.source(), String.valueOf(d.base())),
        null);
  }

  private static String describe(StaleChange c) {
    String what =
        switch (c.kind()) {
          case CHANGED -> "changed \"" + c.old().text() + "\" → \"" + c.current().text() + "\"";
          case DROPPED -> "dropped \"" + c.old().text() + "\"";
          case ADDED -> "added \"" + c.current().text() + "\"";
        };
    String why = c.messages().isEmpty() ? "" : " (" + String.join("; ", c.messages()) + ")";
    return (what + why).replaceAll("\\s+", " ");
  }

  private static String base(StaleDocument d) {
    if (d.base() == null) {
      return "the translation's base";
    }
    String id = d.base().substring(0, Math.min(7, d.base().length()));
    return d.baseFrom() == null ? id : id + " (" + d.baseFrom() + ")";
  }

  private static String level(Severity severity) {
    return severity == Severity.WARNING
        ? "warning"
        : severity == null || severity == Severity.INFO ? "note" : "error";
  }

  private static Severity max(Severity a, Severity b) {
    return a == null ? b : b == null || a.compareTo(b) >= 0 ? a : b;
  }
}
