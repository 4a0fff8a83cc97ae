package dev.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The language guard runs beside the model's loading: both at once, the guard's result returned,
 * and failures in the pipeline's order (the guard's refusal before the model's failure).
 */
class SideBySideTest {
  @Test
  void both_steps_run_at_once_and_the_first_ones_result_is_returned() {
    CountDownLatch modelLoaded = new CountDownLatch(1);
    AtomicReference<String> meanwhileThread = new AtomicReference<>();
    // The first step waits for the second: run one after the other, this would never end.
    String result =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20),
            () ->
                SideBySide.run(
                    () -> {
                      try {
                        return modelLoaded.await(10, TimeUnit.SECONDS) ? "en" : "timed out";
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return "interrupted";
                      }
                    },
                    () -> {
                      meanwhileThread.set(Thread.currentThread().getName());
                      modelLoaded.countDown();
                    }));

    assertThat(result).isEqualTo("en");
    assertThat(meanwhileThread.get()).isNotEqualTo("drift-side-by-side");
  }

  @Test
  void the_guards_refusal_is_thrown_before_the_models_failure() {
    assertThatThrownBy(
            () ->
                SideBySide.run(
                    () -> {
                      throw new DriftInputException("translation.md: reads as Spanish");
                    },
                    () -> {
                      throw new IllegalStateException("the model cannot be loaded");
                    }))
        .isInstanceOf(DriftInputException.class)
        .hasMessage("translation.md: reads as Spanish");
  }

  @Test
  void the_models_failure_is_thrown_when_the_guard_passes() {
    assertThatThrownBy(
            () ->
                SideBySide.run(
                    () -> "en",
                    () -> {
                      throw new IllegalStateException("the model cannot be loaded");
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the model cannot be loaded");
  }

  @Test
  void an_error_of_the_background_thread_is_thrown_on_the_callers() {
    assertThatThrownBy(
            () ->
                SideBySide.run(
                    () -> {
                      throw new OutOfMemoryError("Java heap space");
                    },
                    () -> {}))
        .isInstanceOf(OutOfMemoryError.class)
        .hasMessage("Java heap space");
  }
}
