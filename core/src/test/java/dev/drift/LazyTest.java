package dev.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A lazy value is made once, on first use, even when several threads ask at once; a prefetch makes
 * it ahead on another thread, and a prefetch that fails leaves the failure to the caller's get().
 */
class LazyTest {
  @Test
  void made_on_first_use_and_only_once() throws InterruptedException {
    AtomicInteger makes = new AtomicInteger();
    Lazy<String> value =
        Lazy.of(
            () -> {
              makes.incrementAndGet();
              return "made";
            });
    assertThat(value.made()).isFalse();
    assertThat(makes).hasValue(0);

    List<Thread> threads = new ArrayList<>();
    for (int k = 0; k < 8; k++) {
      Thread t = new Thread(value::get);
      t.start();
      threads.add(t);
    }
    for (Thread t : threads) {
      t.join();
    }
    assertThat(value.get()).isEqualTo("made");
    assertThat(value.made()).isTrue();
    assertThat(makes).hasValue(1);
  }

  @Test
  void a_prefetch_makes_the_value_on_another_thread_once() throws InterruptedException {
    AtomicInteger makes = new AtomicInteger();
    CountDownLatch made = new CountDownLatch(1);
    Lazy<String> value =
        Lazy.of(
            () -> {
              makes.incrementAndGet();
              made.countDown();
              return Thread.currentThread().getName();
            });

    value.prefetch();

    assertThat(made.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(value.get()).isEqualTo("drift-prefetch");
    value.prefetch(); // made: nothing to do
    assertThat(makes).hasValue(1);
  }

  @Test
  void a_second_prefetch_while_the_first_runs_starts_no_thread() throws InterruptedException {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Lazy<String> value =
        Lazy.of(
            () -> {
              entered.countDown();
              try {
                release.await(10, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return "made";
            });
    value.prefetch();
    assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

    value.prefetch();
    Thread.sleep(300); // a second thread, had one started, would wait for the lazy's lock by now
    long waiting =
        Arrays.stream(ManagementFactory.getThreadMXBean().dumpAllThreads(true, false))
            .filter(
                t ->
                    t.getLockInfo() != null
                        && t.getLockInfo().getIdentityHashCode() == System.identityHashCode(value))
            .count();
    release.countDown();

    assertThat(waiting).isZero();
    assertThat(value.get()).isEqualTo("made");
  }

  @Test
  void a_failed_prefetch_is_made_again_and_thrown_by_get() throws InterruptedException {
    AtomicInteger makes = new AtomicInteger();
    CountDownLatch tried = new CountDownLatch(1);
    Lazy<String> value =
        Lazy.of(
            () -> {
              makes.incrementAndGet();
              tried.countDown();
              throw new IllegalStateException("WordNet is missing");
            });

    value.prefetch();
    assertThat(tried.await(10, TimeUnit.SECONDS)).isTrue();

    assertThatThrownBy(value::get)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("WordNet is missing");
    assertThat(makes).hasValue(2);
    assertThat(value.made()).isFalse();
  }
}
