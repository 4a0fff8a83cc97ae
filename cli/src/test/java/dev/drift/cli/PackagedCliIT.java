package dev.drift.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.drift.RequiredTool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged command line ({@code target/drift.jar}) as a user runs it: a separate JVM with cold
 * caches. Checks that DJL's start-up chatter and the JVM's native-access warnings stay off the
 * terminal, and that a full run works offline: under strace, which shows it connect to no network
 * address and look up no host name, and, where a network namespace may be made, inside one with no
 * network at all.
 */
class PackagedCliIT {
  static final Path JAR = Path.of("target", "drift.jar");
  static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
  static final String[] SEED = {
    "compare", "../examples/g20/original.txt", "../examples/g20/translation.txt"
  };

  record Result(int code, String out, String err) {}

  /** Runs {@code prefix java -Duser.home=HOME launch args} with every cache under home. */
  static Result run(
      List<String> prefix, String java, List<String> launch, Path home, String... args)
      throws Exception {
    Files.createDirectories(home);
    List<String> command = new ArrayList<>(prefix);
    command.add(java);
    command.add("-Duser.home=" + home);
    command.addAll(launch);
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("DRIFT_CACHE_DIR", home.resolve("drift-cache").toString());
    pb.environment().put("DJL_CACHE_DIR", home.resolve("djl-cache").toString());
    pb.environment().remove("NO_COLOR");
    Path out = home.resolve("out.txt");
    Path err = home.resolve("err.txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("drift finished").isTrue();
    return new Result(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  static Result drift(List<String> prefix, Path home, String... args) throws Exception {
    return run(prefix, JAVA, List.of("-jar", JAR.toString()), home, args);
  }

  static String[] seed(String... more) {
    List<String> args = new ArrayList<>(List.of(SEED));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  @Test
  void cold_run_prints_the_report_and_nothing_on_stderr(@TempDir Path home) throws Exception {
    Result r = drift(List.of(), home, SEED);
    assertThat(r.err()).as("stderr").isEmpty();
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("drift 0.", "FAIL");
  }

  @Test
  void full_run_works_inside_a_network_namespace_without_network(@TempDir Path home)
      throws Exception {
    // A privilege, not a tool: root may make a network namespace, others where user namespaces
    // are allowed; a container may refuse both, even under DRIFT_REQUIRE_TOOLS. The strace test
    // below proves the same everywhere.
    List<String> unshare =
        RequiredTool.runs("unshare", "-n", "true")
            ? List.of("unshare", "-n")
            : RequiredTool.runs("unshare", "-rn", "true") ? List.of("unshare", "-rn") : null;
    assumeTrue(unshare != null, "skipped: neither unshare -n nor unshare -rn may run here");
    Result r = drift(unshare, home, seed("--format", "json"));
    assertThat(r.err()).as("stderr").isEmpty();
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("\"schema\" : \"drift-report/1\"");
  }

  /** What a host-name lookup does first: the resolver's files, its libraries, its daemons. */
  private static final Pattern LOOKUP =
      Pattern.compile(
          "\"(/etc/resolv\\.conf|/etc/hosts|/etc/gai\\.conf"
              + "|[^\"]*/libnss_(dns|resolve|mdns)[^\"]*|/run/systemd/resolve/[^\"]*)\"");

  /** A connection or a datagram to an Internet address. */
  private static final Pattern INTERNET =
      Pattern.compile("\\b(connect|sendto|sendmsg|sendmmsg)\\(.*sa_family=AF_INET6?\\b");

  @Test
  void a_cold_run_under_strace_connects_to_no_network_address_and_looks_up_no_host(
      @TempDir Path home) throws Exception {
    RequiredTool.requireCommand(
        "strace, allowed to trace (apt-get install strace)",
        "strace",
        "-f",
        "-e",
        "trace=network",
        "-o",
        "/dev/null",
        "true");
    Path trace = home.resolve("trace.txt");
    Result r =
        drift(
            List.of(
                "strace",
                "-f",
                "-qq",
                "-e",
                "trace=network,open,openat",
                "-e",
                "signal=none",
                "-o",
                trace.toString()),
            home,
            seed("--format", "json"));
    assertThat(r.err()).as("stderr").isEmpty();
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("\"schema\" : \"drift-report/1\"");
    // The cold path ran: the bundled model and DJL's tokenizer library were extracted just now.
    try (Stream<Path> models = Files.list(home.resolve("drift-cache").resolve("models"))) {
      assertThat(models).as("the bundled model, extracted").isNotEmpty();
    }
    assertThat(home.resolve("djl-cache").resolve("tokenizers")).isDirectory();

    List<String> lines = Files.readAllLines(trace, StandardCharsets.UTF_8);
    assertThat(lines)
        .as("the trace follows the JVM's threads (one of them read the original)")
        .anyMatch(line -> line.contains("examples/g20/original.txt"));
    assertThat(lines)
        .as("connections or datagrams to an AF_INET or AF_INET6 address")
        .noneMatch(line -> INTERNET.matcher(line).find());
    List<String> lookups = new ArrayList<>();
    for (String line : lines) {
      Matcher m = LOOKUP.matcher(line);
      if (m.find()) {
        lookups.add(line);
      }
    }
    assertThat(lookups).as("files and sockets of a host-name lookup").isEmpty();
  }

  @Test
  void on_java_24_and_later_native_access_is_enabled_so_no_warning_precedes_the_report(
      @TempDir Path home) throws Exception {
    Optional<Path> newer = javaWithNativeAccessWarnings();
    RequiredTool.require(
        newer.isPresent(),
        "a JDK 24 or newer (which warns about native access) running the build or under"
            + " /usr/lib/jvm, such as Temurin 25");
    String java = newer.get().toString();

    Result r = run(List.of(), java, List.of("-jar", JAR.toString()), home.resolve("jar"), SEED);
    assertThat(r.err()).as("stderr of java -jar on %s", java).isEmpty();
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("drift 0.", "FAIL");

    // The control: on the class path the jar's manifest does not enable native access, and the
    // same JVM warns, so the check above would see a warning.
    Result control =
        run(
            List.of(),
            java,
            List.of("-cp", JAR.toString(), Main.class.getName()),
            home.resolve("cp"),
            SEED);
    assertThat(control.code()).isEqualTo(1);
    assertThat(control.err())
        .as("stderr of java -cp on %s", java)
        .contains("WARNING: A restricted method", "--enable-native-access=ALL-UNNAMED");
  }

  /** The JVM running the build if it is 24 or newer, else the newest such JDK in /usr/lib/jvm. */
  static Optional<Path> javaWithNativeAccessWarnings() throws IOException {
    if (Runtime.version().feature() >= 24) {
      return Optional.of(Path.of(JAVA));
    }
    Path jvms = Path.of("/usr/lib/jvm");
    if (!Files.isDirectory(jvms)) {
      return Optional.empty();
    }
    Pattern version = Pattern.compile("^JAVA_VERSION=\"(\\d+)", Pattern.MULTILINE);
    Path best = null;
    int bestFeature = 0;
    try (Stream<Path> homes = Files.list(jvms)) {
      for (Path jdk : homes.sorted().toList()) {
        Path release = jdk.resolve("release");
        Path java = jdk.resolve("bin").resolve("java");
        if (!Files.isRegularFile(release) || !Files.isExecutable(java)) {
          continue;
        }
        Matcher m = version.matcher(Files.readString(release, StandardCharsets.UTF_8));
        if (m.find() && Integer.parseInt(m.group(1)) >= Math.max(24, bestFeature + 1)) {
          best = java;
          bestFeature = Integer.parseInt(m.group(1));
        }
      }
    }
    return Optional.ofNullable(best);
  }
}
