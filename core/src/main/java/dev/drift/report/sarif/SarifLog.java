package dev.drift.report.sarif;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.drift.report.Region;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * drift's one SARIF 2.1.0 writer: a log of one run of the tool {@code drift} with its rules,
 * written result by result. {@link SarifRenderer} writes comparison reports through it, and {@code
 * drift stale} its report. Open it, {@link #add} the results, {@link #close()} it (which ends the
 * log; the writer is left open). Not thread-safe.
 *
 * <pre>{@code
 * try (SarifLog log = SarifLog.open(out, version, fullName, rules)) {
 *   log.add(new SarifLog.Result(...));
 * }
 * }</pre>
 */
public final class SarifLog implements Closeable {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private final JsonGenerator g;
  private final Writer out;
  private final List<String> ruleIds = new ArrayList<>();

  /**
   * A rule of the tool.
   *
   * @param id the rule id results name ({@code drift/number})
   * @param description one sentence saying what a result of the rule means
   * @param level its default level: {@code error}, {@code warning} or {@code note}
   */
  public record Rule(String id, String description, String level) {}

  /**
   * Where a result lies: a span of a file, or the whole file.
   *
   * @param path the file, relative (written as a URI reference) or absolute (as a file URI)
   * @param region the span, or {@code null} for the file as a whole (its first line)
   * @param message what the location is, for a related location; else {@code null}
   */
  public record Location(String path, Region region, String message) {
    /**
     * A whole file.
     *
     * @param path the file
     * @return the location
     */
    public static Location file(String path) {
      return new Location(path, null, null);
    }
  }

  /**
   * One result.
   *
   * @param ruleId one of the log's rule ids
   * @param level {@code error}, {@code warning} or {@code note}
   * @param message the text shown for the result; it may link a related location by its 1-based
   *     position, as {@code [the original](1)}
   * @param locations where the result lies (the first is the one services show)
   * @param related related locations, numbered from 1 in the log
   * @param fingerprintName the name of the fingerprint ({@code driftShift/v1}), or {@code null} for
   *     none
   * @param fingerprint a hash of what the result is, stable when lines move ({@link #fingerprint})
   * @param suppression the justification of an external suppression, or {@code null} when the
   *     result is not suppressed
   */
  public record Result(
      String ruleId,
      String level,
      String message,
      List<Location> locations,
      List<Location> related,
      String fingerprintName,
      String fingerprint,
      String suppression) {
    /** Creates a result. */
    public Result {
      locations = List.copyOf(locations);
      related = List.copyOf(related);
    }
  }

  private SarifLog(Writer out, JsonGenerator g) {
    this.out = out;
    this.g = g;
  }

  /**
   * Starts a log: the schema, the version, the run's tool with its rules, then the results array.
   *
   * @param out where to write (not closed)
   * @param toolVersion drift's version, or {@code null} to write none
   * @param fullName the tool's full name, saying what this kind of log is about
   * @param rules the rules, in the order results refer to them by index
   * @return the log
   * @throws IOException if writing fails
   */
  public static SarifLog open(Writer out, String toolVersion, String fullName, List<Rule> rules)
      throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out);
    g.setPrettyPrinter(
        new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
    SarifLog log = new SarifLog(out, g);
    g.writeStartObject();
    g.writeStringField("$schema", SarifRenderer.SCHEMA_URI);
    g.writeStringField("version", "2.1.0");
    g.writeArrayFieldStart("runs");
    g.writeStartObject();
    g.writeObjectFieldStart("tool");
    g.writeObjectFieldStart("driver");
    g.writeStringField("name", "drift");
    g.writeStringField("fullName", fullName);
    if (toolVersion != null) {
      g.writeStringField("version", toolVersion);
    }
    g.writeStringField("informationUri", SarifRenderer.INFORMATION_URI);
    g.writeArrayFieldStart("rules");
    for (Rule rule : rules) {
      log.ruleIds.add(rule.id());
      g.writeStartObject();
      g.writeStringField("id", rule.id());
      g.writeObjectFieldStart("shortDescription");
      g.writeStringField("text", rule.description());
      g.writeEndObject();
      g.writeObjectFieldStart("defaultConfiguration");
      g.writeStringField("level", rule.level());
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
    g.writeArrayFieldStart("results");
    return log;
  }

  /**
   * Writes a result.
   *
   * @param r the result
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if its rule is not one of the log's
   */
  public void add(Result r) throws IOException {
    int index = ruleIds.indexOf(r.ruleId());
    if (index < 0) {
      throw new IllegalArgumentException("no rule " + r.ruleId() + " in this log");
    }
    g.writeStartObject();
    g.writeStringField("ruleId", r.ruleId());
    g.writeNumberField("ruleIndex", index);
    g.writeStringField("level", r.level());
    g.writeObjectFieldStart("message");
    g.writeStringField("text", r.message());
    g.writeEndObject();
    g.writeArrayFieldStart("locations");
    for (Location l : r.locations()) {
      writeLocation(l, -1);
    }
    g.writeEndArray();
    if (!r.related().isEmpty()) {
      g.writeArrayFieldStart("relatedLocations");
      for (int i = 0; i < r.related().size(); i++) {
        writeLocation(r.related().get(i), i + 1);
      }
      g.writeEndArray();
    }
    if (r.fingerprintName() != null) {
      g.writeObjectFieldStart("partialFingerprints");
      g.writeStringField(r.fingerprintName(), r.fingerprint());
      g.writeEndObject();
    }
    if (r.suppression() != null) {
      g.writeArrayFieldStart("suppressions");
      g.writeStartObject();
      g.writeStringField("kind", "external");
      g.writeStringField("justification", r.suppression());
      g.writeEndObject();
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private void writeLocation(Location l, int id) throws IOException {
    g.writeStartObject();
    if (id >= 0) {
      g.writeNumberField("id", id);
    }
    g.writeObjectFieldStart("physicalLocation");
    g.writeObjectFieldStart("artifactLocation");
    g.writeStringField("uri", uri(l.path()));
    g.writeEndObject();
    g.writeObjectFieldStart("region");
    Region r = l.region();
    if (r == null) {
      // About the whole file: point at its start, which every file has.
      g.writeNumberField("startLine", 1);
    } else {
      g.writeNumberField("startLine", r.startLine());
      g.writeNumberField("startColumn", r.startColumn());
      g.writeNumberField("endLine", r.endLine());
      g.writeNumberField("endColumn", r.endColumn());
      g.writeNumberField("charOffset", r.offset());
      g.writeNumberField("charLength", r.length());
      g.writeObjectFieldStart("snippet");
      g.writeStringField("text", r.text());
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeEndObject();
    if (l.message() != null) {
      g.writeObjectFieldStart("message");
      g.writeStringField("text", l.message());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /**
   * Ends the results, the run and the log, and flushes the writer (which stays open).
   *
   * @throws IOException if writing fails
   */
  @Override
  public void close() throws IOException {
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndArray();
    g.writeEndObject();
    g.flush();
    out.write('\n');
    out.flush();
  }

  /**
   * A stable hash of what a result is (its files, kinds and texts), so that code scanning tracks it
   * when lines move.
   *
   * @param parts the parts, in a fixed order
   * @return 32 hex digits
   */
  public static String fingerprint(String... parts) {
    String key = String.join("\u0000", parts);
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
