package dev.drift;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StageTimingsTest {

  @Test
  void timed_should_only_run_the_work_when_no_collector_is_active() {
    assertThat(StageTimings.timed("align", () -> 42)).isEqualTo(42);
  }

  @Test
  void finish_should_sum_each_stage_in_first_run_order_and_name_the_peak_heap() {
    StageTimings timings = StageTimings.start();
    StageTimings.timed("load", () -> sleep(20));
    StageTimings.timed("embed", () -> sleep(30));
    StageTimings.timed("load", () -> sleep(20));

    assertThat(timings.seconds()).containsOnlyKeys("load", "embed");
    assertThat(timings.seconds().keySet()).containsExactly("load", "embed");
    assertThat(timings.seconds().get("load")).isGreaterThanOrEqualTo(0.04);
    assertThat(timings.seconds().get("embed")).isBetween(0.03, 10.0);
    String line = timings.finish();
    assertThat(line)
        // the seconds as measured: a loaded machine sleeps longer than asked
        .containsPattern("^timings: load [0-9]+\\.[0-9]{3} s, embed [0-9]+\\.[0-9]{3} s, ")
        .contains(", total ")
        .containsPattern("; peak heap [1-9][0-9]* MB$");
    // Finished: later work is no longer counted.
    StageTimings.timed("shift", () -> sleep(1));
    assertThat(timings.seconds()).doesNotContainKey("shift");
  }

  @Test
  void a_stage_inside_another_counts_for_itself_only() {
    StageTimings timings = StageTimings.start();
    StageTimings.timed(
        "embed",
        () -> {
          sleep(20);
          return StageTimings.timed("model load", () -> sleep(200));
        });
    double embed = timings.seconds().get("embed");
    double load = timings.seconds().get("model load");
    timings.finish();

    assertThat(timings.seconds().keySet()).containsExactly("model load", "embed");
    assertThat(load).isGreaterThanOrEqualTo(0.2);
    assertThat(embed).as("the embed stage without the load inside it").isLessThan(0.2);
  }

  private static Void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return null;
  }
}
