package dev.drift;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * A value made on first use and kept: the pipeline stages a run may never reach (a report served
 * from the cache needs no sentence segmenter, no aligner and no WordNet). Thread-safe; the value is
 * made once, by the first caller.
 *
 * @param <T> the value's type
 */
final class Lazy<T> implements Supplier<T> {
  private final Supplier<? extends T> make;
  private volatile T value;
  private final AtomicBoolean prefetching = new AtomicBoolean();

  private Lazy(Supplier<? extends T> make) {
    this.make = make;
  }

  /**
   * A value made by {@code make} on first use.
   *
   * @param make makes the value; it must not return {@code null}
   * @param <T> the value's type
   * @return the lazy value
   */
  static <T> Lazy<T> of(Supplier<? extends T> make) {
    return new Lazy<>(make);
  }

  @Override
  public T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          v = make.get();
          value = v;
        }
      }
    }
    return v;
  }

  /**
   * Starts making the value on a background (daemon) thread, unless it is made or being made, so a
   * later {@link #get()} finds it ready: the shift detectors' WordNet loads while the languages are
   * told and the model is loaded. A failure there is dropped: {@link #get()} then makes the value
   * again on its caller's thread and throws there, where the pipeline reports it.
   */
  void prefetch() {
    if (value != null || !prefetching.compareAndSet(false, true)) {
      return;
    }
    Thread thread =
        new Thread(
            () -> {
              try {
                get();
              } catch (Throwable dropped) { // made again, and thrown, by the caller's get()
                // nothing: see above
              }
            },
            "drift-prefetch");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Whether the value has been made.
   *
   * @return true once {@link #get()} has returned
   */
  boolean made() {
    return value != null;
  }
}
