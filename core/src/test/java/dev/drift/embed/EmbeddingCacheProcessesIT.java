package dev.drift.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several processes share one cache file, as parallel Maven modules do: no entry is lost, nobody
 * deadlocks or sees a corrupt file, and a writer killed mid-run leaves a file the next run uses.
 */
class EmbeddingCacheProcessesIT {
  @TempDir Path dir;

  private Process writer(String prefix, int count) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    if (Runtime.version().feature() >= 22) {
      // sqlite-jdbc loads its native library; Java 24+ would warn about it on stderr, which the
      // test reads for warnings of its own (Java 17 does not know the option)
      command.add("--enable-native-access=ALL-UNNAMED");
    }
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
            CacheWriter.class.getName(),
            dir.toString(),
            prefix,
            Integer.toString(count)));
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }

  @Test
  void four_processes_writing_at_once_lose_nothing() throws Exception {
    List<Process> processes = new ArrayList<>();
    for (String prefix : new String[] {"a", "b", "c", "d"}) {
      processes.add(writer(prefix, 400));
    }
    for (Process p : processes) {
      assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("writer finished").isTrue();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.exitValue()).as(out).isZero();
      assertThat(out).contains("done").doesNotContain("WARN");
    }
    try (EmbeddingCache cache = EmbeddingCache.open(dir)) {
      List<String> all = new ArrayList<>();
      for (String prefix : new String[] {"a", "b", "c", "d"}) {
        for (int k = 0; k < 400; k++) {
          all.add(prefix + ":" + k);
        }
      }
      assertThat(cache.get("m", all)).hasSize(1600);
    }
  }

  @Test
  void a_writer_killed_mid_run_leaves_a_usable_cache() throws Exception {
    Process victim = writer("v", 100_000);
    Thread.sleep(1500);
    victim.destroyForcibly();
    victim.waitFor(30, TimeUnit.SECONDS);
    Process next = writer("n", 200);
    assertThat(next.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(next.exitValue())
        .as(new String(next.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
        .isZero();
    try (EmbeddingCache cache = EmbeddingCache.open(dir)) {
      assertThat(cache.enabled()).isTrue();
      assertThat(cache.get("m", List.of("n:0", "n:199"))).hasSize(2);
      // Every batch the killed writer committed is complete: "v:0" .. "v:9" all or none.
      List<String> firstBatch = new ArrayList<>();
      for (int k = 0; k < 10; k++) {
        firstBatch.add("v:" + k);
      }
      assertThat(cache.get("m", firstBatch).size()).isIn(0, 10);
    }
  }
}
