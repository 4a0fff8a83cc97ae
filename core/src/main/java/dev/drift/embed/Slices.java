package dev.drift.embed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Embeds many texts a slice at a time, shortest first, so that what a model call holds on the way
 * (tokenizer encodings, windows, token vectors at full precision) is bounded by a slice, not by the
 * document: only what the caller keeps of each slice (token vectors coded as the cache stores them)
 * grows with the document. Slices follow the texts' length, so each call's batches pad as little as
 * one call over everything would. Stateless.
 */
final class Slices {
  /** Texts per model call: a few hundred batches' worth of ordinary sentences. */
  static final int TEXTS = 512;

  private Slices() {}

  /**
   * Embeds texts slice by slice.
   *
   * @param texts the texts
   * @param slice embeds one slice and returns what to keep of it, one embedding per text
   * @return one embedding per text, in the order of {@code texts}
   */
  static List<Embedding> embed(List<String> texts, Function<List<String>, List<Embedding>> slice) {
    if (texts.size() <= TEXTS) {
      return slice.apply(texts);
    }
    int[] order =
        IntStream.range(0, texts.size())
            .boxed()
            .sorted(Comparator.comparingInt(k -> texts.get(k).length()))
            .mapToInt(Integer::intValue)
            .toArray();
    Embedding[] out = new Embedding[texts.size()];
    for (int from = 0; from < order.length; from += TEXTS) {
      int to = Math.min(order.length, from + TEXTS);
      List<String> part = new ArrayList<>(to - from);
      for (int k = from; k < to; k++) {
        part.add(texts.get(order[k]));
      }
      List<Embedding> kept = slice.apply(part);
      for (int k = from; k < to; k++) {
        out[order[k]] = kept.get(k - from);
      }
    }
    return Arrays.asList(out);
  }
}
