package dev.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The language guard runs beside the model's loading: both at once, the guard's result returned,
 * and failures in the pipeline's order (the guard's refusal before the model's failure).
 */
class SideBySideTest {
  @Test
  void both_steps_run_at_once_and_the_first_ones_result_is_returned() {
    CyclicBarrier bothRunning = new CyclicBarrier(2);
    AtomicReference<String> meanwhile = new AtomicReference<>();
    // Each step waits until the other is running too: run one after the other, in either order,
    // the first of them would give up after ten seconds.
    String result =
        assertTimeoutPreemptively(
            Duration.ofSeconds(30),
            () ->
                SideBySide.run(
                    () -> meet(bothRunning) ? "en" : "ran alone",
                    () ->
                        meanwhile.set(
                            meet(bothRunning) ? Thread.currentThread().getName() : "ran alone")));

    assertThat(result).isEqualTo("en");
    assertThat(meanwhile.get()).isNotIn("ran alone", "drift-side-by-side");
  }

  /** Whether the other step reached the barrier within ten seconds. */
  private static boolean meet(CyclicBarrier barrier) {
    try {
      barrier.await(10, TimeUnit.SECONDS);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (BrokenBarrierException | TimeoutException e) {
      return false;
    }
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
