package dev.drift.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.RequiredTool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** bench/peaks.sh: FP32 and int8 peaks derived from CPU flags and microarchitecture. */
class PeaksScriptTest {

  /** Runs the script on a fixture at 1,000 MHz; returns its two lines. */
  private static String[] peaks(String fixture, int cores)
      throws IOException, InterruptedException {
    RequiredTool.requireCommand("bash (apt-get install bash)", "bash", "--version");
    Path cpuinfo = Path.of("src/test/resources/cpuinfo", fixture).toAbsolutePath();
    Process p =
        new ProcessBuilder("bash", "peaks.sh", "1000", cpuinfo.toString(), Integer.toString(cores))
            .directory(Path.of("").toAbsolutePath().toFile())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out.strip().split("\n");
  }

  @Test
  void peaks_should_count_two_512_bit_fma_pipes_and_vnni_on_zen_5() throws Exception {
    String[] lines = peaks("zen5-epyc.txt", 2);
    // 2 cores x 2 pipes x 16 lanes x 2 FLOP x 1 GHz; int8: 64 MACs a pipe x 2.
    assertThat(lines[0]).isEqualTo("128.0 512.0");
    assertThat(lines[1]).contains("Zen 5", "AVX512-VNNI", "4.00x fp32");
  }

  @Test
  void peaks_should_not_double_zen_4_for_its_avx_512_on_256_bit_pipes() throws Exception {
    String[] lines = peaks("zen4-epyc.txt", 1);
    assertThat(lines[0]).isEqualTo("32.0 128.0");
    assertThat(lines[1]).contains("Zen 3/Zen 4", "VNNI at 256 bits");
  }

  @Test
  void peaks_should_give_avx2_without_vnni_a_third_of_vnni_int8_rate() throws Exception {
    String[] lines = peaks("haswell.txt", 1);
    // 1 x 2 x 8 x 2 = 32 GFLOP/s; int8 2 pipes x 8 lanes x 4 / 3 MACs x 2 = 42.7 GOP/s.
    assertThat(lines[0]).isEqualTo("32.0 42.7");
    assertThat(lines[1]).contains("no VNNI", "1.33x fp32");
  }

  @Test
  void peaks_should_assume_the_widest_lanes_on_an_unknown_cpu() throws Exception {
    String[] lines = peaks("unknown-avx512.txt", 1);
    assertThat(lines[0]).startsWith("64.0 ");
    assertThat(lines[1]).contains("conservative default");
  }
}
