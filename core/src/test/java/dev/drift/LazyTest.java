package dev.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A lazy value is made once, on first use, even when several threads ask at once. */
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
}
