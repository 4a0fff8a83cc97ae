package dev.drift.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drift.DriftException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link EmbeddingModel#preload()} loads the model exactly when a fresh comparison will surely need
 * it, never after the handle is closed, and leaves a failure to the first embedding to report.
 */
class EmbeddingModelPreloadTest {
  private static final ModelSettings SMALL = new ModelSettings(Path.of("minilm-int8"), null, true);

  @TempDir Path cache;

  @Test
  void preload_should_load_the_model_when_the_cache_is_off() {
    try (EmbeddingModel model = EmbeddingModel.open(SMALL, new CacheSettings(cache, false))) {
      assertThat(model.loaded()).isFalse();
      model.preload();
      assertThat(model.loaded()).isTrue();
    }
  }

  @Test
  void preload_should_load_the_model_when_the_cache_holds_nothing_of_it() {
    try (EmbeddingModel model = EmbeddingModel.open(SMALL, new CacheSettings(cache, true))) {
      model.preload();
      assertThat(model.loaded()).isTrue();
      assertThat(model.embed(List.of("One sentence.")).get(0).vector()).hasSize(384);
    }
  }

  @Test
  void preload_should_leave_the_model_alone_when_the_cache_knows_it() {
    try (EmbeddingModel model = EmbeddingModel.open(SMALL, new CacheSettings(cache, true))) {
      model.embed(List.of("One sentence."));
      model.info(); // kept in the cache with the vectors
    }
    try (EmbeddingModel model = EmbeddingModel.open(SMALL, new CacheSettings(cache, true))) {
      model.preload();
      assertThat(model.loaded()).as("its texts may all be cached").isFalse();
      model.embed(List.of("One sentence."));
      assertThat(model.loaded()).isFalse();
    }
  }

  @Test
  void preload_should_do_nothing_once_the_handle_is_closed() {
    EmbeddingModel model = EmbeddingModel.open(SMALL, new CacheSettings(cache, false));
    model.close();
    model.preload();
    assertThat(model.loaded()).isFalse();
  }

  @Test
  void preload_should_leave_a_failure_to_the_first_embedding() {
    ModelSettings missing = new ModelSettings(cache.resolve("no-such-model"), null, true);
    String expected;
    try (EmbeddingModel model = EmbeddingModel.open(missing, new CacheSettings(cache, false))) {
      Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> model.embed(List.of("x")));
      assertThat(t).isInstanceOf(DriftException.class);
      expected = t.getMessage();
    }
    try (EmbeddingModel model = EmbeddingModel.open(missing, new CacheSettings(cache, false))) {
      model.preload(); // does not throw
      assertThat(model.loaded()).isFalse();
      assertThatThrownBy(() -> model.embed(List.of("x")))
          .isInstanceOf(DriftException.class)
          .hasMessage(expected);
    }
  }
}
