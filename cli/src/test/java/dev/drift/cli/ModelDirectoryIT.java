package dev.drift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDList;
import ai.djl.nn.BlockFactory;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.NoopTranslator;
import dev.drift.RequiredTool;
import dev.drift.embed.ModelSource;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Model directories that are broken or hostile. A corrupt {@code model.onnx} or {@code
 * tokenizer.json} is exit 3 naming the file. A jar in the model directory would run its code inside
 * DJL's loader (the first test shows DJL doing it); drift refuses such a directory before DJL sees
 * it. Traced with strace, a run with {@code --model DIR} opens nothing in the directories around
 * DIR, never touches the bundled model, and starts no program but the JVM's own helper and {@code
 * ldconfig} (JNA looking up the CUDA runtime for DJL's GPU probe).
 */
class ModelDirectoryIT extends CommandTestBase {
  static final Path CACHE = Path.of("target", "drift-cache").toAbsolutePath();
  static final String ORIGINAL = "../examples/g20/original.txt";
  static ModelSource bundled;

  @BeforeAll
  static void extract() {
    bundled = ModelSource.bundled(CACHE);
  }

  private static Path copyOfTheModel(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.copy(bundled.modelFile(), dir.resolve("model.onnx"));
    Files.copy(bundled.directory().resolve("tokenizer.json"), dir.resolve("tokenizer.json"));
    return dir;
  }

  @Test
  void corrupt_model_onnx_is_exit_3_naming_it(@TempDir Path dir) throws Exception {
    Path model = copyOfTheModel(dir.resolve("model"));
    Files.writeString(model.resolve("model.onnx"), "this is not an ONNX graph");
    run("compare", ORIGINAL, ORIGINAL, "--model", model.toString());
    assertExit(3);
    assertThat(err.lines().findFirst().orElseThrow())
        .startsWith("drift: ")
        .contains(model.resolve("model.onnx").toString());
    assertThat(err).doesNotContain("\tat ");
  }

  @Test
  void corrupt_tokenizer_json_is_exit_3_naming_it(@TempDir Path dir) throws Exception {
    Path model = copyOfTheModel(dir.resolve("model"));
    Files.writeString(model.resolve("tokenizer.json"), "{\"model\": [not json");
    run("compare", ORIGINAL, ORIGINAL, "--model", model.toString());
    assertExit(3);
    assertThat(err.lines().findFirst().orElseThrow())
        .startsWith("drift: ")
        .contains(model.resolve("tokenizer.json").toString());
    assertThat(err).doesNotContain("\tat ");
  }

  /** A jar whose BlockFactory writes {@code marker} when its class is loaded. */
  private static void writeHostileJar(Path jar, Path marker, Path work) throws Exception {
    Path src = Files.createDirectories(work.resolve("src"));
    Files.writeString(
        src.resolve("Hostile.java"),
        "public class Hostile implements ai.djl.nn.BlockFactory {\n"
            + "  private static final long serialVersionUID = 1L;\n"
            + "  static {\n"
            + "    try {\n"
            + "      java.nio.file.Files.writeString(java.nio.file.Path.of(\""
            + marker
            + "\"), \"ran\");\n"
            + "    } catch (Exception e) {\n"
            + "    }\n"
            + "  }\n"
            + "  public ai.djl.nn.Block newBlock(ai.djl.Model m, java.nio.file.Path p,"
            + " java.util.Map<String, ?> a) {\n"
            + "    return null;\n"
            + "  }\n"
            + "}\n");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    String djl =
        Path.of(BlockFactory.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .toString();
    assertThat(
            javac.run(
                null,
                null,
                null,
                "-cp",
                djl,
                "-d",
                src.toString(),
                src.resolve("Hostile.java").toString()))
        .isZero();
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream zip = new JarOutputStream(out)) {
      zip.putNextEntry(new JarEntry("Hostile.class"));
      zip.write(Files.readAllBytes(src.resolve("Hostile.class")));
      zip.closeEntry();
    }
  }

  @Test
  void djl_alone_runs_code_from_a_jar_in_the_model_directory(@TempDir Path dir) throws Exception {
    // Why drift refuses such directories: DJL's model loader instantiates any BlockFactory it
    // finds in a jar next to the model. If this test ever fails, DJL stopped doing that.
    Path model = copyOfTheModel(dir.resolve("model"));
    Path marker = dir.resolve("marker");
    writeHostileJar(model.resolve("extra.jar"), marker, dir);
    Criteria<NDList, NDList> criteria =
        Criteria.builder()
            .setTypes(NDList.class, NDList.class)
            .optModelPath(model)
            .optModelName("model")
            .optEngine("OnnxRuntime")
            .optTranslator(new NoopTranslator())
            .build();
    try (ZooModel<NDList, NDList> loaded = criteria.loadModel()) {
      assertThat(loaded).isNotNull();
    }
    assertThat(marker).as("DJL ran the jar's code").exists();
  }

  @Test
  void drift_refuses_a_model_directory_with_a_jar_and_runs_none_of_its_code(@TempDir Path dir)
      throws Exception {
    Path model = copyOfTheModel(dir.resolve("model"));
    Path marker = dir.resolve("marker");
    writeHostileJar(model.resolve("extra.jar"), marker, dir);
    run("compare", ORIGINAL, ORIGINAL, "--model", model.toString());
    assertExit(3);
    assertThat(err).contains("holds extra.jar", "DJL would load code");
    assertThat(marker).doesNotExist();
  }

  @Test
  void a_run_with_a_model_directory_opens_nothing_around_it_and_starts_no_program(
      @TempDir Path work) throws Exception {
    RequiredTool.requireCommand(
        "strace, allowed to trace (apt-get install strace)",
        "strace",
        "-f",
        "-o",
        "/dev/null",
        "true");
    Path models = Files.createDirectories(work.resolve("models"));
    Path model = copyOfTheModel(models.resolve("chosen"));
    Files.writeString(models.resolve("secret.txt"), "not for drift");
    copyOfTheModel(models.resolve("other"));
    Path doc = work.resolve("doc.txt");
    Files.writeString(doc, "A first sentence. A second sentence.\n");
    Path trace = work.resolve("trace.txt");
    List<String> command =
        List.of(
            "strace",
            "-f",
            "-qq",
            "-e",
            "trace=open,openat,openat2,execve,execveat",
            "-o",
            trace.toString(),
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Duser.home=" + work.resolve("home"),
            "-jar",
            Path.of("target", "drift.jar").toAbsolutePath().toString(),
            "compare",
            doc.toString(),
            doc.toString(),
            "--model",
            model.toString(),
            "--cache-dir",
            work.resolve("cache").toString());
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("DJL_CACHE_DIR", work.resolve("djl").toString());
    Process p =
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(work.resolve("err.txt").toFile())
            .start();
    assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(Files.readString(work.resolve("err.txt"))).isZero();

    Pattern call =
        Pattern.compile("^\\d+\\s+(open|openat|openat2|execve|execveat)\\(.*?\"([^\"]*)\"");
    Set<String> opened = new TreeSet<>();
    List<String> programs = new ArrayList<>();
    for (String line : Files.readAllLines(trace)) {
      Matcher m = call.matcher(line);
      if (!m.find()) {
        continue;
      }
      if (m.group(1).startsWith("execve")) {
        programs.add(m.group(2));
      } else {
        opened.add(m.group(2));
      }
    }
    String modelsDir = models.toString() + "/";
    String chosen = model.toString() + "/";
    assertThat(opened)
        .as("files opened under %s", models)
        .filteredOn(f -> f.startsWith(modelsDir))
        .isNotEmpty()
        .allMatch(f -> f.startsWith(chosen) || f.equals(model.toString()));
    assertThat(opened)
        .as(
            "the bundled model is not extracted or read (the cache holds only embeddings, and the"
                + " copies of SQLite's and ONNX Runtime's native libraries)")
        .noneMatch(f -> f.startsWith(work.resolve("cache").resolve("models").toString()))
        .filteredOn(f -> f.startsWith(work.resolve("cache") + "/"))
        .allMatch(
            f ->
                f.startsWith(work.resolve("cache").resolve("embeddings.sqlite").toString())
                    || f.startsWith(work.resolve("cache").resolve("native") + "/"));
    // The JVM itself, its process helper, ldconfig, which JNA runs to look up the CUDA runtime
    // for DJL's GPU probe, and uname (looked up on PATH), which sqlite-jdbc runs to pick its
    // native library when drift cannot give it its copy; nothing from the model directory or
    // under work/.
    Path javaHome = Path.of(System.getProperty("java.home"));
    assertThat(programs)
        .as("programs started")
        .isNotEmpty()
        .allMatch(
            prog ->
                Path.of(prog).normalize().startsWith(javaHome)
                    || prog.matches("/(usr/)?s?bin/ldconfig(\\.real)?")
                    || (prog.endsWith("/uname") && !prog.startsWith(work.toString())),
            "the JVM, ldconfig or uname");
  }
}
