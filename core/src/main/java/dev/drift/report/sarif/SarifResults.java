package dev.drift.report.sarif;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.drift.report.DriftReport;
import dev.drift.report.Pair;
import dev.drift.report.PairKind;
import dev.drift.report.Region;
import dev.drift.report.Verdict;
import dev.drift.shift.Severity;
import dev.drift.shift.Shift;
import dev.drift.shift.ShiftKind;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The results of drift's SARIF logs, one report at a time: a result per shift of severity warning
 * or error at the translation's span (a dropped sentence at the original's), with the original's
 * span as related location, a content fingerprint and, for a shift a baseline accepts, an external
 * suppression; then a result for a failing document at the translation's first line. Stateless.
 */
final class SarifResults {
  private SarifResults() {}

  /**
   * Writes the results of one report: one per shift of severity warning or error, then one for the
   * document when it fails.
   */
  static void write(JsonGenerator g, DriftReport report) throws IOException {
    String original = uri(report.original().path());
    String translation = uri(report.translation().path());
    for (Pair p : report.pairs()) {
      for (Shift s : p.shifts()) {
        if (s.severity().compareTo(Severity.WARNING) < 0) {
          continue;
        }
        boolean dropped = p.kind() == PairKind.OMISSION || s.translation() == null;
        Region primary = Region.of(p, s, !dropped);
        if (primary == null) {
          continue;
        }
        Region related = dropped ? null : Region.of(p, s, false);
        ShiftKind rule = SarifTool.rule(s);
        g.writeStartObject();
        g.writeStringField("ruleId", SarifTool.ruleId(rule));
        g.writeNumberField("ruleIndex", SarifTool.RULES.indexOf(rule));
        g.writeStringField("level", s.severity() == Severity.ERROR ? "error" : "warning");
        g.writeObjectFieldStart("message");
        g.writeStringField("text", message(s, dropped));
        g.writeEndObject();
        g.writeArrayFieldStart("locations");
        writeLocation(g, dropped ? original : translation, primary, null, -1);
        g.writeEndArray();
        if (related != null) {
          g.writeArrayFieldStart("relatedLocations");
          writeLocation(g, original, related, "the original", 1);
          g.writeEndArray();
        }
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField("driftShift/v1", fingerprint(report, s));
        g.writeEndObject();
        if (s.accepted()) {
          g.writeArrayFieldStart("suppressions");
          g.writeStartObject();
          g.writeStringField("kind", "external");
          g.writeStringField("justification", "accepted in the drift baseline");
          g.writeEndObject();
          g.writeEndArray();
        }
        g.writeEndObject();
      }
    }
    if (report.verdict() == Verdict.FAIL) {
      g.writeStartObject();
      g.writeStringField("ruleId", SarifTool.DOCUMENT_RULE);
      g.writeNumberField("ruleIndex", SarifTool.RULES.size());
      g.writeStringField("level", "error");
      g.writeObjectFieldStart("message");
      g.writeStringField(
          "text",
          String.format(Locale.ROOT, "drift %.2f: ", report.drift())
              + String.join("; ", report.reasons()));
      g.writeEndObject();
      g.writeArrayFieldStart("locations");
      g.writeStartObject();
      g.writeObjectFieldStart("physicalLocation");
      g.writeObjectFieldStart("artifactLocation");
      g.writeStringField("uri", translation);
      g.writeEndObject();
      // The verdict is about the whole file: point at its start, which every file has.
      g.writeObjectFieldStart("region");
      g.writeNumberField("startLine", 1);
      g.writeEndObject();
      g.writeEndObject();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  private static void writeLocation(JsonGenerator g, String uri, Region r, String message, int id)
      throws IOException {
    g.writeStartObject();
    if (id >= 0) {
      g.writeNumberField("id", id);
    }
    g.writeObjectFieldStart("physicalLocation");
    g.writeObjectFieldStart("artifactLocation");
    g.writeStringField("uri", uri);
    g.writeEndObject();
    g.writeObjectFieldStart("region");
    g.writeNumberField("startLine", r.startLine());
    g.writeNumberField("startColumn", r.startColumn());
    g.writeNumberField("endLine", r.endLine());
    g.writeNumberField("endColumn", r.endColumn());
    g.writeNumberField("charOffset", r.offset());
    g.writeNumberField("charLength", r.length());
    g.writeObjectFieldStart("snippet");
    g.writeStringField("text", r.text());
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndObject();
    if (message != null) {
      g.writeObjectFieldStart("message");
      g.writeStringField("text", message);
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static String message(Shift s, boolean dropped) {
    String text = s.severity().id() + ": " + s.message();
    return dropped || s.original() == null ? text : text + " (see [the original](1))";
  }

  /** A stable hash of what the shift is: its file pair, kinds and both texts. */
  private static String fingerprint(DriftReport report, Shift s) {
    String key =
        report.original().path()
            + "\u0000"
            + report.translation().path()
            + "\u0000"
            + s.kinds()
            + "\u0000"
            + (s.original() == null ? "" : s.original().text().strip())
            + "\u0000"
            + (s.translation() == null ? "" : s.translation().text().strip());
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** A relative path as a URI reference with {@code /} separators; an absolute one as file URI. */
  static String uri(String path) {
    String p = path.replace('\\', '/');
    try {
      if (p.startsWith("/")) {
        return new URI("file", "", p, null).toASCIIString();
      }
      return new URI(null, null, p, null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("unusable path " + path, e);
    }
  }
}
