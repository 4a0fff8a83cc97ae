package dev.drift.shift;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Measures the number and negation detectors across languages on verse-aligned chapters (the bible
 * development set of the shared evaluation data: {@code NAME.kjv.txt}, {@code NAME.es.txt} and
 * {@code NAME.gold.tsv} with each verse's offsets). Nothing was changed between the English and the
 * Spanish verse, so every finding is a false alarm; the report counts number mentions, the verse
 * pairs whose numbers disagree, those whose negation cues disagree, and how fast the parsers read
 * the chapters' sentences.
 *
 * <p>Not a test: run it by hand, {@code java -cp core/target/classes:core/target/test-classes:CP
 * dev.drift.shift.CrossLanguageCheckEval DIR tune|held|all [DETAILS_FILE]}. The chapters are split
 * by their place in name order: even places ({@code tune}) may be looked at while changing the
 * vocabularies, odd places ({@code held}) are only reported.
 */
final class CrossLanguageCheckEval {
  private CrossLanguageCheckEval() {}

  /**
   * Runs the measurement.
   *
   * @param args the chapter directory, the split, and optionally a file for the disagreeing pairs
   * @throws IOException when a chapter cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    String split = args[1];
    List<String> names;
    try (Stream<Path> files = Files.list(dir)) {
      names =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".gold.tsv"))
              .map(n -> n.substring(0, n.length() - ".gold.tsv".length()))
              .sorted()
              .toList();
    }
    List<String> chosen = new ArrayList<>();
    for (int k = 0; k < names.size(); k++) {
      boolean tune = k % 2 == 0;
      if (split.equals("all") || (split.equals("tune") == tune)) {
        chosen.add(names.get(k));
      }
    }
    PrintWriter details =
        args.length > 2
            ? new PrintWriter(Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8))
            : null;
    int pairs = 0;
    int withNumbers = 0;
    int numberAlarms = 0;
    int mentionsEn = 0;
    int mentionsEs = 0;
    int negationAlarms = 0;
    int cuesEn = 0;
    int cuesEs = 0;
    List<String> sentences = new ArrayList<>();
    List<String> sentenceLanguages = new ArrayList<>();
    for (String name : chosen) {
      String en = Files.readString(dir.resolve(name + ".kjv.txt"), StandardCharsets.UTF_8);
      String es = Files.readString(dir.resolve(name + ".es.txt"), StandardCharsets.UTF_8);
      addSentences(en, "en", sentences, sentenceLanguages);
      addSentences(es, "es", sentences, sentenceLanguages);
      for (String line :
          Files.readAllLines(dir.resolve(name + ".gold.tsv"), StandardCharsets.UTF_8)) {
        String[] f = line.split("\t", -1);
        if (f.length < 7 || f[1].isEmpty() || f[5].isEmpty()) {
          continue;
        }
        String a = en.substring(Integer.parseInt(f[1]), Integer.parseInt(f[2]));
        String b = es.substring(Integer.parseInt(f[5]), Integer.parseInt(f[6]));
        AlignedPair pair = Sides.pair(a, b, "en", "es");
        pairs++;
        List<NumberMention> ma = NumberParser.parse(pair.original().words(), "en");
        List<NumberMention> mb = NumberParser.parse(pair.translation().words(), "es");
        mentionsEn += ma.size();
        mentionsEs += mb.size();
        if (!ma.isEmpty() || !mb.isEmpty()) {
          withNumbers++;
        }
        List<Finding> numbers = new ArrayList<>();
        NumberShiftDetector.create().detect(pair, numbers);
        List<Finding> negations = new ArrayList<>();
        NegationShiftDetector.create().detect(pair, negations);
        cuesEn += count(pair.original(), "en");
        cuesEs += count(pair.translation(), "es");
        if (!numbers.isEmpty()) {
          numberAlarms++;
        }
        if (!negations.isEmpty()) {
          negationAlarms++;
        }
        if (details != null && (!numbers.isEmpty() || !negations.isEmpty())) {
          details.printf("%s:%s%n  EN %s%n  ES %s%n", name, f[0], a, b);
          details.printf("  en %s%n  es %s%n", show(ma), show(mb));
          for (Finding x : numbers) {
            details.printf("  NUMBER %s%n", x.reason);
          }
          for (Finding x : negations) {
            details.printf("  NEGATION %s%n", x.reason);
          }
        }
      }
    }
    if (details != null) {
      details.close();
    }
    System.out.printf(
        Locale.ROOT,
        "%s: %d chapters, %d verse pairs%n"
            + "numbers: %d mentions en, %d es; %d pairs with a number; %d pairs flagged (%.1f %% of"
            + " pairs, %.1f %% of pairs with a number)%n"
            + "negation: %d cues en, %d es; %d pairs flagged (%.1f %%)%n",
        split,
        chosen.size(),
        pairs,
        mentionsEn,
        mentionsEs,
        withNumbers,
        numberAlarms,
        100.0 * numberAlarms / pairs,
        100.0 * numberAlarms / Math.max(1, withNumbers),
        cuesEn,
        cuesEs,
        negationAlarms,
        100.0 * negationAlarms / pairs);
    speed(sentences, sentenceLanguages);
  }

  private static int count(PairSide side, String language) {
    int n = 0;
    for (Word w : side.words()) {
      if (NegationShiftDetector.isCue(w, language)) {
        n++;
      }
    }
    return n;
  }

  private static String show(List<NumberMention> mentions) {
    StringBuilder sb = new StringBuilder();
    for (NumberMention m : mentions) {
      sb.append('[').append(m.text()).append(" = ").append(m.values()).append("] ");
    }
    return sb.toString();
  }

  private static void addSentences(
      String text, String language, List<String> out, List<String> languages) {
    BreakIterator it = BreakIterator.getSentenceInstance(ULocale.forLanguageTag(language));
    it.setText(text);
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      String s = text.substring(start, end).strip();
      if (!s.isEmpty()) {
        out.add(s);
        languages.add(language);
      }
    }
  }

  /**
   * Sentences per second of the number parser and of both detectors (each given a sentence of a
   * side as original and translation, words already split): the median and the best of 200 rounds,
   * by the thread's CPU time, which other processes on a shared machine disturb less than the wall
   * clock.
   */
  private static void speed(List<String> sentences, List<String> languages) {
    List<List<Word>> words = new ArrayList<>();
    List<AlignedPair> pairs = new ArrayList<>();
    for (int k = 0; k < sentences.size(); k++) {
      words.add(Words.of(sentences.get(k), languages.get(k)));
      pairs.add(Sides.pair(sentences.get(k), sentences.get(k), languages.get(k), "en"));
    }
    long sink = 0;
    int rounds = 200;
    java.lang.management.ThreadMXBean cpu =
        java.lang.management.ManagementFactory.getThreadMXBean();
    double[][] rates = new double[3][rounds];
    for (int round = 0; round < rounds; round++) {
      long t0 = cpu.getCurrentThreadCpuTime();
      for (int k = 0; k < words.size(); k++) {
        sink += NumberParser.parse(words.get(k), languages.get(k)).size();
      }
      long t1 = cpu.getCurrentThreadCpuTime();
      for (AlignedPair pair : pairs) {
        List<Finding> findings = new ArrayList<>();
        NumberShiftDetector.create().detect(pair, findings);
        sink += findings.size();
      }
      long t2 = cpu.getCurrentThreadCpuTime();
      for (AlignedPair pair : pairs) {
        List<Finding> findings = new ArrayList<>();
        NegationShiftDetector.create().detect(pair, findings);
        sink += findings.size();
      }
      long t3 = cpu.getCurrentThreadCpuTime();
      rates[0][round] = words.size() / ((t1 - t0) / 1e9);
      rates[1][round] = words.size() / ((t2 - t1) / 1e9);
      rates[2][round] = words.size() / ((t3 - t2) / 1e9);
    }
    String[] names = {"number parser", "number detector", "negation detector"};
    for (int k = 0; k < 3; k++) {
      java.util.Arrays.sort(rates[k]);
      System.out.printf(
          Locale.ROOT,
          "speed %s (%d sentences): median %.0f, best %.0f sentences/s%n",
          names[k],
          words.size(),
          rates[k][rounds / 2],
          rates[k][rounds - 1]);
    }
    System.out.println("(" + sink + ")");
  }
}
