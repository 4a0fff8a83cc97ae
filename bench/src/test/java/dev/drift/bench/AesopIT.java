package dev.drift.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.DriftOptions;
import dev.drift.RequiredTool;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Guards alignment quality: aligns the aesop-min8 set and scores it with the benchmark's own
 * scorer. The README reports the figures; this fails if they fall below the bar.
 */
class AesopIT {

  @Test
  void aesop_min8_f1_stays_at_or_above_0_50() throws Exception {
    Path set = Path.of("../eval/aesop/aesop-min8");
    Path out = Path.of("target/aesop/aesop-min8");
    assertThat(
            AesopBenchmark.run(
                set,
                out,
                DriftOptions.builder().optCacheDirectory(Path.of("target/drift-cache")).build()))
        .isEqualTo(22);
    RequiredTool.requireCommand("python3 (apt-get install python3)", "python3", "-V");
    Process scorer =
        new ProcessBuilder(
                "python3", "../eval/aesop/score_alignment.py", set.toString(), out.toString())
            .redirectErrorStream(true)
            .start();
    assertThat(scorer.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String output = new String(scorer.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    Matcher m =
        Pattern.compile("precision=([0-9.]+) recall=([0-9.]+) f1=([0-9.]+) docs=22")
            .matcher(output);
    assertThat(m.find()).as("scorer output: %s", output).isTrue();
    assertThat(Double.parseDouble(m.group(3))).as(output).isGreaterThanOrEqualTo(0.50);
  }
}
