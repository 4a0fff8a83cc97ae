package dev.drift.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.drift.RequiredTool;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code ./drift} launcher's class-data archive ({@code cli/target/drift.jsa}): the first run
 * records it, later runs map it, and neither that nor an archive that is corrupt, cut short or made
 * by another Java changes a run's output, its standard error or its exit code. Each test runs the
 * launcher from a copy of the repository's root (the script, the packaged jar and {@code
 * cli/target/lib}, hard-linked) under {@code target/}, so it never writes beside the real jar.
 */
class LauncherCdsIT {
  static final Path SCRIPT = Path.of("..", "drift").toAbsolutePath().normalize();
  static final Path TARGET = Path.of("target").toAbsolutePath();
  static final String[] SEED = {
    "compare", "../examples/g20/original.txt", "../examples/g20/translation.txt"
  };

  record Result(int code, String out, String err) {}

  Path root;
  Path jsa;
  Path stamp;
  Path cache;

  @BeforeEach
  void copyTheLauncher() throws IOException {
    assumeTrue(
        !System.getProperty("os.name").startsWith("Windows"), "the launcher is a bash script");
    RequiredTool.requireCommand("bash", "bash", "-c", "true");
    root = Files.createTempDirectory(TARGET, "launcher-cds-");
    Path target = Files.createDirectories(root.resolve("cli").resolve("target"));
    Files.copy(SCRIPT, root.resolve("drift"));
    link(TARGET.resolve("drift.jar"), target.resolve("drift.jar"));
    Path lib = Files.createDirectories(target.resolve("lib"));
    try (Stream<Path> jars = Files.list(TARGET.resolve("lib"))) {
      for (Path jar : jars.toList()) {
        link(jar, lib.resolve(jar.getFileName()));
      }
    }
    jsa = target.resolve("drift.jsa");
    stamp = target.resolve("drift.jsa.stamp");
    cache = Files.createDirectories(root.resolve("home"));
  }

  @AfterEach
  void removeTheCopy() throws IOException {
    if (root != null) {
      try (Stream<Path> all = Files.walk(root)) {
        for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private static void link(Path existing, Path link) throws IOException {
    try {
      Files.createLink(link, existing);
    } catch (IOException | UnsupportedOperationException e) {
      Files.copy(existing, link, StandardCopyOption.COPY_ATTRIBUTES);
    }
  }

  /** Runs {@code bash ROOT/drift args} on the given Java with everything else from this test. */
  Result launch(String javaHome, Map<String, String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("bash", root.resolve("drift").toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    Map<String, String> e = pb.environment();
    for (String name :
        List.of(
            "DRIFT_JAVA_OPTS",
            "DRIFT_CDS",
            "JDK_JAVA_OPTIONS",
            "JAVA_TOOL_OPTIONS",
            "_JAVA_OPTIONS",
            "NO_COLOR")) {
      e.remove(name);
    }
    e.put("JAVA_HOME", javaHome);
    e.put("DRIFT_CACHE_DIR", cache.resolve("drift-cache").toString());
    e.put("DJL_CACHE_DIR", cache.resolve("djl-cache").toString());
    e.put("XDG_CACHE_HOME", cache.resolve("xdg").toString());
    e.putAll(env);
    Path out = Files.createTempFile(root, "out", ".txt");
    Path err = Files.createTempFile(root, "err", ".txt");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("drift finished").isTrue();
    Result r =
        new Result(
            p.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return r;
  }

  Result launch(Map<String, String> env, String... args) throws Exception {
    return launch(System.getProperty("java.home"), env, args);
  }

  /** The classes a run loaded from a class-data archive, from its class+load log. */
  List<String> sharedDriftClasses(String javaHome, String... env) throws Exception {
    Path log = root.resolve("class-load.txt");
    Files.deleteIfExists(log);
    Map<String, String> vars = new java.util.HashMap<>();
    for (int i = 0; i < env.length; i += 2) {
      vars.put(env[i], env[i + 1]);
    }
    vars.put("DRIFT_JAVA_OPTS", "-Xlog:class+load=info:file=" + log);
    Result r = launch(javaHome, vars, "--version");
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    // Java's own archive holds none of drift's classes: these came from the launcher's.
    return Files.readAllLines(log, StandardCharsets.UTF_8).stream()
        .filter(l -> l.contains(" dev.drift.") && l.contains("source: shared objects file"))
        .toList();
  }

  /** The same output, standard error and exit code as the run without the archive. */
  static void assertSameRun(Result actual, Result expected, String what) {
    assertThat(actual.out()).as("standard output, %s", what).isEqualTo(expected.out());
    assertThat(actual.err()).as("standard error, %s", what).isEqualTo(expected.err());
    assertThat(actual.code()).as("exit code, %s", what).isEqualTo(expected.code());
  }

  List<String> leftovers() throws IOException {
    try (Stream<Path> files = Files.list(jsa.getParent())) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
    }
  }

  /** Overwrites bytes of the archive in place, its permissions (read-only) kept. */
  void overwrite(long at, byte[] bytes) throws IOException {
    Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(jsa);
    Set<PosixFilePermission> writable = new HashSet<>(permissions);
    writable.add(PosixFilePermission.OWNER_WRITE);
    Files.setPosixFilePermissions(jsa, writable);
    try (RandomAccessFile f = new RandomAccessFile(jsa.toFile(), "rw")) {
      f.seek(at);
      f.write(bytes);
    }
    Files.setPosixFilePermissions(jsa, permissions);
  }

  @Test
  void the_first_run_records_the_archive_and_later_runs_map_it() throws Exception {
    // Without the archive (DRIFT_CDS=0), which also fills the cache: the reference run.
    Result plain = launch(Map.of("DRIFT_CDS", "0"), SEED);
    assertThat(plain.code()).isEqualTo(1);
    assertThat(plain.out()).contains("drift 0.", "FAIL");
    assertThat(plain.err()).isEmpty();
    assertThat(jsa).as("DRIFT_CDS=0 makes no archive").doesNotExist();

    // A run of --version records nothing: it loads what compare would not.
    assertThat(launch(Map.of(), "--version").code()).isZero();
    assertThat(jsa).doesNotExist();

    Result recording = launch(Map.of(), SEED);
    assertSameRun(recording, plain, "the run that records the archive");
    assertThat(jsa).isRegularFile();
    assertThat(Files.readString(stamp, StandardCharsets.UTF_8)).startsWith("archive\n");
    assertThat(leftovers()).as("temporary files left in cli/target").isEmpty();
    FileTime made = Files.getLastModifiedTime(jsa);

    assertSameRun(launch(Map.of(), SEED), plain, "a run that maps the archive");
    assertThat(sharedDriftClasses(System.getProperty("java.home")))
        .as("drift's classes loaded from the launcher's archive")
        .isNotEmpty();
    assertThat(Files.getLastModifiedTime(jsa))
        .as("the archive, not recorded again")
        .isEqualTo(made);
    assertThat(sharedDriftClasses(System.getProperty("java.home"), "DRIFT_CDS", "0"))
        .as("with DRIFT_CDS=0")
        .isEmpty();
  }

  @Test
  void a_corrupt_archive_changes_nothing_and_the_launcher_replaces_it() throws Exception {
    Result plain = launch(Map.of("DRIFT_CDS", "0"), SEED);
    assertSameRun(launch(Map.of(), SEED), plain, "the run that records the archive");
    long size = Files.size(jsa);
    String javaHome = System.getProperty("java.home");

    // Garbage over the middle of the archive: its modification time gives it away.
    overwrite(size / 2, new byte[64 * 1024]);
    FileTime corrupted = Files.getLastModifiedTime(jsa);
    assertSameRun(launch(Map.of(), SEED), plain, "with garbage in the archive");
    assertThat(Files.getLastModifiedTime(jsa)).as("a new archive").isNotEqualTo(corrupted);
    assertThat(sharedDriftClasses(javaHome)).as("mapped again").isNotEmpty();

    // Cut short: its size gives it away (Java 17 would die of SIGBUS mapping a dynamic one).
    try (RandomAccessFile f = new RandomAccessFile(jsa.toFile(), "rw")) {
      f.setLength(size / 3);
    }
    assertSameRun(launch(Map.of(), SEED), plain, "with the archive cut short");
    assertThat(Files.size(jsa)).as("a whole archive again").isGreaterThan(size / 3);
    assertThat(sharedDriftClasses(javaHome)).as("mapped again").isNotEmpty();

    // A header that is no archive's, size and modification time kept: the launcher cannot tell,
    // and Java ignores the archive without a word.
    // (touch -r keeps the nanoseconds, which Files.setLastModifiedTime may round away.)
    Path time = root.resolve("time");
    Files.createFile(time);
    assertThat(new ProcessBuilder("touch", "-r", jsa.toString(), time.toString()).start().waitFor())
        .isZero();
    FileTime before = Files.getLastModifiedTime(jsa);
    overwrite(0, "not an archive".getBytes(StandardCharsets.US_ASCII));
    assertThat(new ProcessBuilder("touch", "-r", time.toString(), jsa.toString()).start().waitFor())
        .isZero();
    assertThat(Files.getLastModifiedTime(jsa)).isEqualTo(before);
    assertSameRun(launch(Map.of(), SEED), plain, "with a bad header, size and time kept");
    assertThat(sharedDriftClasses(javaHome)).as("nothing mapped from it").isEmpty();

    // A stamp that names another Java: the archive is not used but made again.
    String other =
        Files.readString(stamp, StandardCharsets.UTF_8).replace("/release", "/release-of-another");
    Files.writeString(stamp, other, StandardCharsets.UTF_8);
    assertSameRun(launch(Map.of(), SEED), plain, "with another Java's stamp");
    assertThat(sharedDriftClasses(javaHome)).as("a new archive, mapped").isNotEmpty();
    assertThat(leftovers()).as("temporary files left in cli/target").isEmpty();
  }

  @Test
  void two_launches_at_once_leave_one_whole_archive() throws Exception {
    Result plain = launch(Map.of("DRIFT_CDS", "0"), SEED);
    List<Thread> threads = new ArrayList<>();
    List<Result> results = java.util.Collections.synchronizedList(new ArrayList<>());
    List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int i = 0; i < 2; i++) {
      Thread t =
          new Thread(
              () -> {
                try {
                  results.add(launch(Map.of(), SEED));
                } catch (Throwable e) {
                  failures.add(e);
                }
              });
      t.start();
      threads.add(t);
    }
    for (Thread t : threads) {
      t.join();
    }
    assertThat(failures).isEmpty();
    assertThat(results).hasSize(2);
    for (Result r : results) {
      assertSameRun(r, plain, "two runs recording at once");
    }
    assertThat(leftovers()).as("temporary files left in cli/target").isEmpty();
    // Each wrote a whole archive under its own name and renamed it into place; should the last
    // stamp describe the other's archive, the next run records once more.
    assertSameRun(launch(Map.of(), SEED), plain, "the run after");
    assertThat(sharedDriftClasses(System.getProperty("java.home"))).isNotEmpty();
  }

  @Test
  void another_java_gets_an_archive_of_its_own() throws Exception {
    Optional<Path> newer = PackagedCliIT.javaWithNativeAccessWarnings();
    RequiredTool.require(
        newer.isPresent(),
        "a JDK 24 or newer (its CDS logs under \"aot\" as well), such as Temurin 25");
    Path other = newer.get().toRealPath().getParent().getParent();
    String home = other.toString();
    String mine = System.getProperty("java.home");
    assumeTrue(!other.equals(Path.of(mine).toRealPath()), "the build runs on " + home + " already");

    // Each Java against its own run without the archive (their reports need not be the same).
    Result plainMine = launch(mine, Map.of("DRIFT_CDS", "0"), SEED);
    Result plainOther = launch(home, Map.of("DRIFT_CDS", "0"), SEED);
    assertThat(plainOther.code()).isEqualTo(1);
    assertSameRun(launch(mine, Map.of(), SEED), plainMine, "recording on " + mine);
    assertThat(sharedDriftClasses(mine)).isNotEmpty();
    assertSameRun(launch(home, Map.of(), SEED), plainOther, "recording on " + home);
    assertThat(Files.readString(stamp, StandardCharsets.UTF_8))
        .contains(other.resolve("release").toString());
    assertThat(sharedDriftClasses(home)).as("mapped on " + home).isNotEmpty();
    assertSameRun(launch(home, Map.of(), SEED), plainOther, "mapping on " + home);
    assertSameRun(launch(mine, Map.of(), SEED), plainMine, "back on " + mine);
    assertThat(sharedDriftClasses(mine)).as("mapped on " + mine).isNotEmpty();
  }
}
