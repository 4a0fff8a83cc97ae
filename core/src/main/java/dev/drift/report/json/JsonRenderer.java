package dev.drift.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.drift.report.DriftReport;
import dev.drift.report.ReportRenderer;
import dev.drift.report.RunRenderer;
import dev.drift.report.RunReport;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;

/**
 * Renders the report as JSON (schema {@value DriftReport#SCHEMA}) and reads it back; renders a run
 * as {@value RunReport#SCHEMA}. Thread-safe.
 */
public final class JsonRenderer implements ReportRenderer, RunRenderer {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .build();
  private static final ObjectWriter WRITER =
      MAPPER.writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));

  private JsonRenderer() {}

  /**
   * Creates the renderer.
   *
   * @return the renderer
   */
  public static JsonRenderer create() {
    return new JsonRenderer();
  }

  @Override
  public void render(DriftReport report, Writer out) throws IOException {
    WRITER.writeValue(out, report);
    out.write('\n');
  }

  /** Writes a run as JSON, schema {@value RunReport#SCHEMA}: totals and every full report. */
  @Override
  public void render(RunReport run, Writer out) throws IOException {
    WRITER.writeValue(out, run);
    out.write('\n');
  }

  /**
   * Renders the report to a string.
   *
   * @param report the report
   * @return the JSON text
   */
  public String toJson(DriftReport report) {
    try {
      return WRITER.writeValueAsString(report) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a report always serialises", e);
    }
  }

  /**
   * Reads a report written by this renderer.
   *
   * @param in the JSON text
   * @return the report
   * @throws IOException if the text is not a valid report
   */
  public static DriftReport read(Reader in) throws IOException {
    return MAPPER.readValue(in, DriftReport.class);
  }

  /**
   * Reads a run written by this renderer.
   *
   * @param in the JSON text
   * @return the run
   * @throws IOException if the text is not a valid run
   */
  public static RunReport readRun(Reader in) throws IOException {
    return MAPPER.readValue(in, RunReport.class);
  }
}
