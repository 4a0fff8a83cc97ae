package dev.drift.report.sarif;

import dev.drift.report.DriftReport;
import dev.drift.report.ReportRenderer;
import dev.drift.report.RunDocument;
import dev.drift.report.RunRenderer;
import dev.drift.report.RunReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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
    try (SarifLog log = SarifLog.open(out, toolVersion, SarifTool.FULL_NAME, SarifTool.rules())) {
      for (RunDocument d : run.documents()) {
        SarifResults.write(log, d.report());
      }
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
}
