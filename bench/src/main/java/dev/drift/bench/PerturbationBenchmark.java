package dev.drift.bench;

import dev.drift.DriftChecker;
import dev.drift.DriftOptions;
import dev.drift.bench.Perturbations.Family;
import dev.drift.bench.Perturbations.Grade;
import dev.drift.load.DocumentLoader;
import dev.drift.load.InputFormat;
import dev.drift.report.DriftReport;
import dev.drift.segment.Sentence;
import dev.drift.segment.SentenceSegmenter;
import dev.drift.shift.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The graded perturbation benchmark for shift marking, on prose the shift benchmark never used: the
 * World English Bible chapters of {@code eval/bible} (public domain, exported from Debian's SWORD
 * module; {@code dev/} is the half to tune on, {@code test/} the held-out half). Every second
 * sentence of a chapter gets one perturbation of a {@link Perturbations.Family} (the family applied
 * least often so far that fits the sentence, so the families stay balanced); the chapter is
 * compared with its perturbed copy and each perturbation counts as flagged when a shift at warning
 * or worse touches it.
 *
 * <p>Usage: {@code PerturbationBenchmark OUT_DIR [dev|test|all]}; prints a table per family and
 * grade and writes {@code perturbations.tsv} to OUT_DIR.
 */
public final class PerturbationBenchmark {
  private PerturbationBenchmark() {}

  /** One perturbation and the most severe shift touching it (null: none). */
  record Outcome(String document, Family family, String before, String after, Severity flagged) {
    boolean warned() {
      return flagged != null && flagged != Severity.INFO;
    }
  }

  /**
   * Runs the benchmark.
   *
   * @param args output directory and the half (dev, test or all; default dev)
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "error");
    Path out = Path.of(args.length > 0 ? args[0] : "target/perturbations");
    String half = args.length > 1 ? args[1] : "dev";
    Map<String, String> docs = corpus(half);
    System.err.printf(Locale.ROOT, "%s: %d WEB chapters%n", half, docs.size());
    List<Outcome> outcomes = run(docs, DriftOptions.defaults(), out);
    System.out.print(table(outcomes));
  }

  /**
   * The WEB chapters of a half, by file name, sorted.
   *
   * @param half dev, test or all
   * @throws IOException if a file cannot be read
   */
  static Map<String, String> corpus(String half) throws IOException {
    List<String> halves =
        switch (half) {
          case "dev" -> List.of("dev");
          case "test" -> List.of("test");
          case "all" -> List.of("dev", "test");
          default -> throw new IllegalArgumentException("the half is dev, test or all: " + half);
        };
    Path root =
        Files.isDirectory(Path.of("eval/bible")) ? Path.of("eval/bible") : Path.of("../eval/bible");
    Map<String, String> docs = new LinkedHashMap<>();
    for (String h : halves) {
      try (Stream<Path> list = Files.list(root.resolve(h))) {
        for (Path f : list.filter(p -> p.toString().endsWith(".web.txt")).sorted().toList()) {
          docs.put(h + "/" + f.getFileName(), Files.readString(f, StandardCharsets.UTF_8));
        }
      }
    }
    return docs;
  }

  /** Perturbs every chapter, compares, records the outcomes and writes them as TSV. */
  static List<Outcome> run(Map<String, String> docs, DriftOptions options, Path out)
      throws IOException {
    Files.createDirectories(out);
    SentenceSegmenter segmenter = SentenceSegmenter.create("en");
    List<Outcome> outcomes = new ArrayList<>();
    Map<Family, Integer> used = new EnumMap<>(Family.class);
    for (Family f : Family.values()) {
      used.put(f, 0);
    }
    try (DriftChecker checker = DriftChecker.create(options)) {
      for (var doc : docs.entrySet()) {
        Random random = new Random(doc.getKey().hashCode());
        String text = doc.getValue();
        var original = DocumentLoader.parse(doc.getKey(), text, InputFormat.TEXT);
        List<Sentence> sentences = segmenter.segment(original).sentences();
        StringBuilder edited = new StringBuilder();
        List<ShiftBenchmark.Edit> edits = new ArrayList<>();
        List<Family> families = new ArrayList<>();
        int last = 0;
        for (int i = 0; i < sentences.size(); i++) {
          Sentence s = sentences.get(i);
          edited.append(text, last, s.start());
          String before = s.text();
          String after = null;
          Family chosen = null;
          if (i % 2 == 0) {
            List<Family> order = new ArrayList<>(List.of(Family.values()));
            Collections.shuffle(order, random);
            order.sort(Comparator.comparingInt(used::get));
            for (Family f : order) {
              after = Perturbations.apply(f, before, random);
              if (after != null) {
                chosen = f;
                break;
              }
            }
          }
          int at = edited.length();
          if (chosen == null) {
            edited.append(before);
          } else {
            used.merge(chosen, 1, Integer::sum);
            edited.append(after);
            edits.add(
                new ShiftBenchmark.Edit(
                    ShiftBenchmark.Kind.NON_SYNONYM, before, after, s.start(), at));
            families.add(chosen);
          }
          last = s.end();
        }
        edited.append(text.substring(last));
        var copy =
            DocumentLoader.parse("edited-" + doc.getKey(), edited.toString(), InputFormat.TEXT);
        DriftReport report = checker.compare(original, copy);
        for (int k = 0; k < edits.size(); k++) {
          ShiftBenchmark.Edit e = edits.get(k);
          outcomes.add(
              new Outcome(
                  doc.getKey(),
                  families.get(k),
                  e.before(),
                  e.after(),
                  ShiftBenchmark.flagged(report, e)));
        }
      }
    }
    StringBuilder tsv = new StringBuilder("document\tfamily\tgrade\tflagged\tbefore\tafter\n");
    for (Outcome o : outcomes) {
      tsv.append(
          String.join(
                  "\t",
                  o.document(),
                  o.family().name().toLowerCase(Locale.ROOT),
                  o.family().grade.name().toLowerCase(Locale.ROOT),
                  o.flagged() == null ? "-" : o.flagged().id(),
                  o.before().replaceAll("\\s+", " "),
                  o.after().replaceAll("\\s+", " "))
              + "\n");
    }
    Files.writeString(out.resolve("perturbations.tsv"), tsv.toString(), StandardCharsets.UTF_8);
    return outcomes;
  }

  /**
   * Share of a grade's perturbations flagged at warning or worse.
   *
   * @param outcomes the outcomes
   * @param grade the grade
   * @return the share, 0 when the grade has none
   */
  static double flaggedShare(List<Outcome> outcomes, Grade grade) {
    long n = outcomes.stream().filter(o -> o.family().grade == grade).count();
    long w = outcomes.stream().filter(o -> o.family().grade == grade && o.warned()).count();
    return n == 0 ? 0 : (double) w / n;
  }

  /** The table: per family n, share flagged warning+, share error; then per grade. */
  static String table(List<Outcome> outcomes) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT, "%-26s %-9s %5s %10s %8s%n", "family", "grade", "n", "≥warning", "error"));
    for (Family f : Family.values()) {
      List<Outcome> of = outcomes.stream().filter(o -> o.family() == f).toList();
      if (of.isEmpty()) {
        continue;
      }
      long w = of.stream().filter(Outcome::warned).count();
      long e = of.stream().filter(o -> o.flagged() == Severity.ERROR).count();
      sb.append(
          String.format(
              Locale.ROOT,
              "%-26s %-9s %5d %9.1f%% %7.1f%%%n",
              f.name().toLowerCase(Locale.ROOT),
              f.grade.name().toLowerCase(Locale.ROOT),
              of.size(),
              100.0 * w / of.size(),
              100.0 * e / of.size()));
    }
    for (Grade g : Grade.values()) {
      long n = outcomes.stream().filter(o -> o.family().grade == g).count();
      sb.append(
          String.format(
              Locale.ROOT,
              "%s: %d, flagged ≥ warning %.1f%%%n",
              g.name().toLowerCase(Locale.ROOT),
              n,
              100.0 * flaggedShare(outcomes, g)));
    }
    return sb.toString();
  }
}
