package dev.drift.report.sarif;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.drift.report.DriftReport;
import dev.drift.report.Pair;
import dev.drift.report.PairKind;
import dev.drift.report.Region;
import dev.drift.report.ReportRenderer;
import dev.drift.report.RunDocument;
import dev.drift.report.RunRenderer;
import dev.drift.report.RunReport;
import dev.drift.report.Verdict;
import dev.drift.shift.Severity;
import dev.drift.shift.Shift;
import dev.drift.shift.ShiftKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Renders reports as a SARIF 2.1.0 log, the format code-scanning services read: one run of the tool
 * {@code drift}, one result per shift of severity warning or error, located at the translation's
 * span with the original's span as a related location (a dropped sentence is located in the
 * original), and one result per failing document that says why it fails, located at the
 * translation's first line. The tool entry names drift's version and where to read about it. A
 * shift a baseline accepts keeps its result with an external suppression, so it shows as accepted
 * rather than vanishing. Each result carries a fingerprint of its content (kinds and both texts),
 * which, like the baseline, does not change when lines move. Thread-safe.
 */
public final class SarifRenderer implements ReportRenderer, RunRenderer {
  /** The schema URI written to the log. */
  public static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";

  /**
   * Where a reader of the log learns about drift ({@code tool.driver.informationUri}). The project
   * publishes no documentation site or repository address yet; this is the web address its Maven
   * group id {@code dev.drift} stands for, to be replaced by the README's published address.
   */
  public static final String INFORMATION_URI = "https://drift.dev/";

  /**
   * drift's version, as the build wrote it into {@code tool.properties}; {@code null} if unknown.
   */
  private static final String BUILD_VERSION = buildVersion();

  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  /** The rules, one per kind of evidence, most specific first; a shift takes the first it has. */
  private static final List<ShiftKind> RULES =
      List.of(
          ShiftKind.GLOSSARY,
          ShiftKind.NUMBER,
          ShiftKind.ENTITY,
          ShiftKind.NEGATION,
          ShiftKind.QUOTE,
          ShiftKind.LINK,
          ShiftKind.CODE,
          ShiftKind.PLACEHOLDER,
          ShiftKind.OMISSION,
          ShiftKind.ADDITION,
          ShiftKind.SUBSTITUTION);

  private static final String DOCUMENT_RULE = "drift/document";

  private final String toolVersion;

  private SarifRenderer(String toolVersion) {
    this.toolVersion = toolVersion;
  }

  /**
   * Creates the renderer; its logs name the version of drift that was built.
   *
   * @return the renderer
   */
  public static SarifRenderer create() {
    return new SarifRenderer(BUILD_VERSION);
  }

  /**
   * Creates a renderer whose logs name a given tool version, for logs that must not change from one
   * build to the next (golden files).
   *
   * @param toolVersion the version written as {@code tool.driver.version}, or {@code null} to write
   *     none
   * @return the renderer
   */
  public static SarifRenderer create(String toolVersion) {
    return new SarifRenderer(toolVersion);
  }

  /**
   * The version of drift this renderer names in its logs.
   *
   * @return the version, or {@code null} when unknown (classes not built by Maven)
   */
  public String toolVersion() {
    return toolVersion;
  }

  @Override
  public void render(DriftReport report, Writer out) throws IOException {
    render(RunReport.of(report), out);
  }

  @Override
  public void render(RunReport run, Writer out) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out);
    g.setPrettyPrinter(
        new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
    g.writeStartObject();
    g.writeStringField("$schema", SCHEMA_URI);
    g.writeStringField("version", "2.1.0");
    g.writeArrayFieldStart("runs");
    g.writeStartObject();
    writeTool(g);
    g.writeArrayFieldStart("results");
    for (RunDocument d : run.documents()) {
      writeResults(g, d.report());
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndArray();
    g.writeEndObject();
    g.flush();
    out.write('\n');
  }

  private void writeTool(JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("tool");
    g.writeObjectFieldStart("driver");
    g.writeStringField("name", "drift");
    g.writeStringField("fullName", "drift: finds where a translation drifts from its original");
    if (toolVersion != null) {
      g.writeStringField("version", toolVersion);
    }
    g.writeStringField("informationUri", INFORMATION_URI);
    g.writeArrayFieldStart("rules");
    for (ShiftKind kind : RULES) {
      writeRule(
          g, ruleId(kind), description(kind), kind == ShiftKind.SUBSTITUTION ? "warning" : "error");
    }
    writeRule(
        g,
        DOCUMENT_RULE,
        "A translation drifts from its original beyond the configured thresholds.",
        "error");
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void writeRule(JsonGenerator g, String id, String text, String level)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("id", id);
    g.writeObjectFieldStart("shortDescription");
    g.writeStringField("text", text);
    g.writeEndObject();
    g.writeObjectFieldStart("defaultConfiguration");
    g.writeStringField("level", level);
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void writeResults(JsonGenerator g, DriftReport report) throws IOException {
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
        ShiftKind rule = rule(s);
        g.writeStartObject();
        g.writeStringField("ruleId", ruleId(rule));
        g.writeNumberField("ruleIndex", RULES.indexOf(rule));
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
      g.writeStringField("ruleId", DOCUMENT_RULE);
      g.writeNumberField("ruleIndex", RULES.size());
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

  private static ShiftKind rule(Shift s) {
    for (ShiftKind k : RULES) {
      if (s.kinds().contains(k)) {
        return k;
      }
    }
    return ShiftKind.SUBSTITUTION;
  }

  private static String ruleId(ShiftKind kind) {
    return "drift/" + kind.id();
  }

  private static String description(ShiftKind kind) {
    return switch (kind) {
      case GLOSSARY -> "A glossary term is not rendered as the glossary requires.";
      case NUMBER -> "A number, amount, date or time has another value in the translation.";
      case ENTITY -> "A name or acronym changed in the translation.";
      case NEGATION -> "A negation was added or removed in the translation.";
      case QUOTE -> "Wording inside a quotation changed in the translation.";
      case LINK -> "A link target changed in the translation.";
      case CODE -> "Inline code changed in the translation.";
      case PLACEHOLDER -> "A placeholder changed in the translation.";
      case OMISSION -> "Text of the original is missing in the translation.";
      case ADDITION -> "The translation adds text the original does not have.";
      case SUBSTITUTION -> "Wording of the translation shifts the original's meaning.";
    };
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

  /** The version in {@code tool.properties}, or {@code null} when the build did not fill it in. */
  private static String buildVersion() {
    try (InputStream in = SarifRenderer.class.getResourceAsStream("tool.properties")) {
      if (in == null) {
        return null;
      }
      Properties p = new Properties();
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        p.load(r);
      }
      String version = p.getProperty("version", "").strip();
      return version.isEmpty() || version.contains("${") ? null : version;
    } catch (IOException e) {
      return null;
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
