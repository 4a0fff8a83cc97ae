package dev.drift.bench;

import dev.drift.load.DocumentLoader;
import dev.drift.load.InputFormat;
import dev.drift.segment.Sentence;
import dev.drift.segment.SentenceSegmenter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The long document pair of the speed benchmarks, made from prose the project ships: every sentence
 * of the Aesop benchmark's fables (Project Gutenberg texts), one per paragraph, as the original;
 * the same with light edits as the translation — a synonym from the shift benchmark's list in one
 * sentence of five, one sentence of fifty dropped, one of fifty inserted from elsewhere. One
 * sentence per paragraph makes drift and the peer see the same sentences.
 */
final class LongDocuments {
  private LongDocuments() {}

  /** The two files. */
  record Pair(Path original, Path translation, int sentences) {}

  static Pair write(Path dir) throws IOException {
    Path aesop = Path.of("eval/aesop/aesop-all");
    if (!Files.isDirectory(aesop)) {
      aesop = Path.of("../eval/aesop/aesop-all");
    }
    SentenceSegmenter segmenter = SentenceSegmenter.create("en");
    List<String> sentences = new ArrayList<>();
    try (Stream<Path> files = Files.list(aesop)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        var doc = DocumentLoader.load(f, InputFormat.TEXT);
        for (Sentence s : segmenter.segment(doc).sentences()) {
          sentences.add(s.content());
        }
      }
    }
    Random random = new Random(2026);
    StringBuilder original = new StringBuilder();
    StringBuilder translation = new StringBuilder();
    for (String s : sentences) {
      original.append(s).append("\n\n");
      double r = random.nextDouble();
      if (r < 0.02) {
        continue;
      }
      String t = s;
      if (r < 0.22) {
        String edited = ShiftBenchmark.apply(ShiftBenchmark.Kind.SYNONYM, s, random, sentences);
        t = edited == null ? s : edited;
      }
      translation.append(t).append("\n\n");
      if (random.nextDouble() < 0.02) {
        translation.append(sentences.get(random.nextInt(sentences.size()))).append("\n\n");
      }
    }
    Files.createDirectories(dir);
    Path a = dir.resolve("long-original.txt");
    Path b = dir.resolve("long-translation.txt");
    Files.writeString(a, original, StandardCharsets.UTF_8);
    Files.writeString(b, translation, StandardCharsets.UTF_8);
    return new Pair(a, b, sentences.size());
  }
}
