package dev.drift.bench;

import dev.drift.DriftChecker;
import dev.drift.DriftOptions;
import dev.drift.batch.BatchListener;
import dev.drift.batch.BatchRequest;
import dev.drift.batch.BatchRunner;
import dev.drift.batch.TranslationTree;
import dev.drift.embed.Embedder;
import dev.drift.embed.Embedding;
import dev.drift.embed.ModelSource;
import dev.drift.embed.OnnxEmbedder;
import dev.drift.load.DocumentLoader;
import dev.drift.load.InputFormat;
import dev.drift.segment.Sentence;
import dev.drift.segment.SentenceSegmenter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Speed figures measured in one JVM, side by side (the machines are noisy, so only ratios and
 * efficiencies are claimed):
 *
 * <ul>
 *   <li><b>FLOP efficiency</b>: the model FLOPs the sentences really need (every real token through
 *       6 layers of d = 384, FFN 1536: 2 × (4d² + 2·d·1536) per token per layer, plus 4·L²·d per
 *       sequence per layer for attention) divided by embedding wall time, against the machine's
 *       FP32 peak (given, in GFLOP/s);
 *   <li><b>int8 / fp32</b>: embedding time of the bundled int8 model against the fp32 one, in
 *       alternating rounds;
 *   <li><b>warm rerun</b>: {@code compare} of the long pair with an empty cache, then again with
 *       the same cache (a new checker each time, in-process, so JVM start is excluded); and {@code
 *       check} of a 50-document tree, cold then warm.
 * </ul>
 *
 * <p>Usage: {@code SpeedBenchmark OUT_DIR PEAK_GFLOPS}
 */
public final class SpeedBenchmark {
  private static final int LAYERS = 6;
  private static final int D = 384;
  private static final int FFN = 1536;
  private static final int ROUNDS = 5;

  private SpeedBenchmark() {}

  /**
   * Runs the benchmarks.
   *
   * @param args output directory and the machine's FP32 peak in GFLOP/s
   * @throws IOException if files cannot be written
   */
  public static void main(String[] args) throws IOException {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "error");
    Path out = Path.of(args.length > 0 ? args[0] : "target/speed");
    double peak = args.length > 1 ? Double.parseDouble(args[1]) : 143.7;
    LongDocuments.Pair pair = LongDocuments.write(out);
    List<String> sentences = distinctSentences(pair);
    System.out.printf(
        Locale.ROOT,
        "long pair: %d original sentences, %d distinct sentences in both%n",
        pair.sentences(),
        sentences.size());

    Path cache = out.resolve("model-cache");
    double[][] times =
        embedTimes(
            ModelSource.bundled(ModelSource.Bundled.MINILM, cache),
            ModelSource.bundled(ModelSource.Bundled.MINILM_INT8, cache),
            sentences);
    double[] fp32 = times[0];
    double[] int8 = times[1];
    double flops = flops(ModelSource.bundled(cache), sentences);
    double gflops = flops / fp32[0] / 1e9;
    System.out.printf(
        Locale.ROOT,
        "fp32 embedding: %.2f s median (%.0f sentences/s), %.1f GFLOP of real work -> %.1f GFLOP/s"
            + " = %.0f %% of the %.1f GFLOP/s peak%n",
        fp32[0],
        sentences.size() / fp32[0],
        flops / 1e9,
        gflops,
        100 * gflops / peak,
        peak);
    System.out.printf(
        Locale.ROOT,
        "int8 embedding: %.2f s median -> fp32/int8 = %.2f x (median of %d alternating rounds;"
            + " %.2f-%.2f x)%n",
        int8[0],
        times[2][0],
        ROUNDS,
        times[2][1],
        times[2][2]);

    // Warm rerun of compare: cold with an empty cache, then warm (new checker, same cache).
    Path runCache = out.resolve("run-cache");
    deleteTree(runCache);
    DriftOptions options = DriftOptions.builder().optCacheDirectory(runCache).build();
    double cold = time(() -> compare(options, pair));
    double[] warm = new double[3];
    for (int r = 0; r < warm.length; r++) {
      warm[r] = time(() -> compare(options, pair));
    }
    Arrays.sort(warm);
    System.out.printf(
        Locale.ROOT,
        "compare of the long pair: cold %.2f s, warm %.3f s (median of 3) -> %.0f x%n",
        cold,
        warm[1],
        cold / warm[1]);

    // Warm rerun of a 50-document check.
    Path tree = out.resolve("tree");
    writeTree(tree, 50);
    Path treeCache = out.resolve("tree-cache");
    deleteTree(treeCache);
    DriftOptions treeOptions = DriftOptions.builder().optCacheDirectory(treeCache).build();
    double coldCheck = time(() -> check(treeOptions, tree));
    double warmCheck = time(() -> check(treeOptions, tree));
    System.out.printf(
        Locale.ROOT,
        "check of a 50-document tree: cold %.2f s, warm %.3f s -> %.0f x%n",
        coldCheck,
        warmCheck,
        coldCheck / warmCheck);
  }

  private static List<String> distinctSentences(LongDocuments.Pair pair) {
    SentenceSegmenter segmenter = SentenceSegmenter.create("en");
    Set<String> distinct = new LinkedHashSet<>();
    for (Path p : List.of(pair.original(), pair.translation())) {
      for (Sentence s : segmenter.segment(DocumentLoader.load(p, InputFormat.TEXT)).sentences()) {
        distinct.add(s.content());
      }
    }
    return new ArrayList<>(distinct);
  }

  /**
   * Embedding times of the fp32 and the int8 model, taken in alternating rounds after a warm-up of
   * each, so that a change in the machine's load falls on both: the medians in seconds ({@code
   * [0][0]}, {@code [1][0]}) and the fp32/int8 ratio of each round, its median, least and greatest
   * ({@code [2]}).
   */
  private static double[][] embedTimes(
      ModelSource fp32Source, ModelSource int8Source, List<String> sentences) {
    try (Embedder fp32 = OnnxEmbedder.load(fp32Source, OnnxEmbedder.Options.defaults());
        Embedder int8 = OnnxEmbedder.load(int8Source, OnnxEmbedder.Options.defaults())) {
      List<String> warmUp = sentences.subList(0, Math.min(200, sentences.size()));
      fp32.embed(warmUp);
      int8.embed(warmUp);
      double[] a = new double[ROUNDS];
      double[] b = new double[ROUNDS];
      double[] ratio = new double[ROUNDS];
      StringBuilder rounds = new StringBuilder("rounds (fp32 s / int8 s):");
      for (int r = 0; r < ROUNDS; r++) {
        a[r] = time(() -> fp32.embed(sentences));
        b[r] = time(() -> int8.embed(sentences));
        ratio[r] = a[r] / b[r];
        rounds.append(String.format(Locale.ROOT, " %.2f/%.2f", a[r], b[r]));
      }
      System.out.println(rounds);
      Arrays.sort(a);
      Arrays.sort(b);
      Arrays.sort(ratio);
      return new double[][] {
        {a[ROUNDS / 2]}, {b[ROUNDS / 2]}, {ratio[ROUNDS / 2], ratio[0], ratio[ROUNDS - 1]}
      };
    }
  }

  /** FLOPs the sentences need: real tokens only, no padding. */
  private static double flops(ModelSource source, List<String> sentences) {
    try (Embedder e =
        OnnxEmbedder.load(source, OnnxEmbedder.Options.defaults().withKeepTokens(false))) {
      double total = 0;
      for (Embedding x : e.embed(sentences)) {
        long l = x.tokenCount();
        total += LAYERS * (2.0 * l * (4.0 * D * D + 2.0 * D * FFN) + 4.0 * l * l * D);
      }
      return total;
    }
  }

  private static Object compare(DriftOptions options, LongDocuments.Pair pair) {
    try (DriftChecker checker = DriftChecker.create(options)) {
      return checker.compare(pair.original(), pair.translation());
    }
  }

  private static Object check(DriftOptions options, Path tree) {
    BatchRequest request =
        BatchRequest.of(tree.resolve("en"), List.of(new TranslationTree(tree.resolve("fr"), "fr")))
            .toBuilder()
            .optOptions(options)
            .build();
    return BatchRunner.create().run(request, BatchListener.NONE);
  }

  private static double time(Supplier<Object> work) {
    long t0 = System.nanoTime();
    work.get();
    return (System.nanoTime() - t0) / 1e9;
  }

  /** A tree of {@code count} fables in en/ and lightly edited copies in fr/ (English stand-ins). */
  private static void writeTree(Path tree, int count) throws IOException {
    deleteTree(tree);
    Path aesop = Path.of("eval/aesop/aesop-all");
    if (!Files.isDirectory(aesop)) {
      aesop = Path.of("../eval/aesop/aesop-all");
    }
    List<Path> fables;
    try (var files = Files.list(aesop)) {
      fables =
          files.filter(p -> p.toString().endsWith(".complex.txt")).sorted().limit(count).toList();
    }
    java.util.Random random = new java.util.Random(50);
    for (Path f : fables) {
      String text = Files.readString(f, StandardCharsets.UTF_8);
      String name = f.getFileName().toString().replace(".complex.txt", ".md");
      Files.createDirectories(tree.resolve("en"));
      Files.createDirectories(tree.resolve("fr"));
      Files.writeString(tree.resolve("en").resolve(name), text);
      String edited = ShiftBenchmark.apply(ShiftBenchmark.Kind.SYNONYM, text, random, List.of());
      Files.writeString(tree.resolve("fr").resolve(name), edited == null ? text : edited);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
