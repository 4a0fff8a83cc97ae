package dev.drift.bench;

import dev.drift.DriftChecker;
import dev.drift.DriftOptions;
import dev.drift.load.DocumentLoader;
import dev.drift.load.InputFormat;
import dev.drift.report.DriftReport;
import dev.drift.report.Pair;
import dev.drift.segment.Sentence;
import dev.drift.segment.SentenceSegmenter;
import dev.drift.shift.Severity;
import dev.drift.shift.Shift;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The project's accuracy benchmark for shift marking. It takes prose the project ships (the Aesop
 * fables in {@code eval/aesop}, Project Gutenberg texts; the seed story; and the news and release
 * notes written for it in {@code eval/shifts}, rich in numbers and names), applies one scripted
 * edit of known kind to most sentences of each document — meaning edits (a number, a name, a
 * negation, a word replaced by a non-synonym, a clause dropped, a sentence deleted or inserted) and
 * benign edits (a synonym from a hand-written list, punctuation, the order of two coordinated
 * words) — compares each document with its edited copy, and counts which edits drift flags at
 * warning or worse. The manifest {@code eval/shifts/split.tsv} puts every document in a development
 * half (everything drift was tuned on or developed against: the seed story, the texts written for
 * this benchmark, the fables the shift thresholds were tuned on) or a test half (fables no tuning
 * of shift marking looked at), and says why; the edit generator is the same for both.
 *
 * <p>Usage: {@code ShiftBenchmark OUT_DIR [dev|test|all] [MODEL]}; prints a table and writes {@code
 * shift-benchmark.tsv} (one line per edit) to OUT_DIR.
 */
public final class ShiftBenchmark {
  private ShiftBenchmark() {}

  /** Edit categories. */
  enum Kind {
    NUMBER(true),
    NAME(true),
    NEGATION(true),
    NON_SYNONYM(true),
    CLAUSE_DROPPED(true),
    SENTENCE_DELETED(true),
    SENTENCE_INSERTED(true),
    SYNONYM(false),
    PUNCTUATION(false),
    WORD_ORDER(false),
    NONE(false);

    final boolean meaning;

    Kind(boolean meaning) {
      this.meaning = meaning;
    }
  }

  /** Hand-written synonym pairs: the benign substitutions (not taken from WordNet). */
  static final String[][] SYNONYMS = {
    {"big", "large"},
    {"large", "big"},
    {"small", "little"},
    {"little", "small"},
    {"quickly", "rapidly"},
    {"began", "started"},
    {"begin", "start"},
    {"start", "begin"},
    {"answered", "replied"},
    {"replied", "answered"},
    {"shouted", "yelled"},
    {"cried", "shouted"},
    {"afraid", "frightened"},
    {"frightened", "scared"},
    {"angry", "furious"},
    {"happy", "glad"},
    {"glad", "happy"},
    {"sad", "unhappy"},
    {"tired", "weary"},
    {"clever", "smart"},
    {"wise", "sensible"},
    {"foolish", "silly"},
    {"silly", "foolish"},
    {"stupid", "foolish"},
    {"quick", "fast"},
    {"fast", "quick"},
    {"slow", "sluggish"},
    {"beautiful", "lovely"},
    {"lovely", "beautiful"},
    {"handsome", "good-looking"},
    {"rich", "wealthy"},
    {"poor", "needy"},
    {"hungry", "starving"},
    {"thirsty", "parched"},
    {"strong", "powerful"},
    {"weak", "feeble"},
    {"huge", "enormous"},
    {"tiny", "minute"},
    {"old", "aged"},
    {"young", "youthful"},
    {"house", "home"},
    {"home", "house"},
    {"road", "path"},
    {"path", "road"},
    {"woods", "forest"},
    {"forest", "woods"},
    {"meal", "dinner"},
    {"food", "meal"},
    {"gift", "present"},
    {"present", "gift"},
    {"friend", "companion"},
    {"enemy", "foe"},
    {"journey", "trip"},
    {"trip", "journey"},
    {"stone", "rock"},
    {"rock", "stone"},
    {"hole", "pit"},
    {"shouted", "called out"},
    {"looked", "glanced"},
    {"ran", "hurried"},
    {"hurried", "rushed"},
    {"walked", "strolled"},
    {"jumped", "leapt"},
    {"leaped", "jumped"},
    {"grabbed", "seized"},
    {"seized", "grabbed"},
    {"caught", "captured"},
    {"killed", "slew"},
    {"ate", "devoured"},
    {"devoured", "ate"},
    {"drank", "sipped"},
    {"asked", "inquired"},
    {"told", "informed"},
    {"thought", "believed"},
    {"believed", "thought"},
    {"wanted", "wished"},
    {"wished", "wanted"},
    {"tried", "attempted"},
    {"attempted", "tried"},
    {"helped", "assisted"},
    {"help", "assistance"},
    {"saw", "noticed"},
    {"noticed", "saw"},
    {"found", "discovered"},
    {"discovered", "found"},
    {"gave", "handed"},
    {"received", "got"},
    {"got", "obtained"},
    {"kept", "retained"},
    {"retaining", "maintaining"},
    {"maintained", "kept"},
    {"reached", "arrived at"},
    {"near", "close to"},
    {"almost", "nearly"},
    {"nearly", "almost"},
    {"often", "frequently"},
    {"suddenly", "all of a sudden"},
    {"immediately", "at once"},
    {"soon", "shortly"},
    {"perhaps", "maybe"},
    {"maybe", "perhaps"},
    {"very", "really"},
    {"also", "too"},
    {"said", "stated"},
    {"stated", "said"},
    {"reported", "said"},
    {"claimed", "asserted"},
    {"meeting", "gathering"},
    {"talks", "discussions"},
    {"discussions", "talks"},
    {"conflict", "war"},
    {"war", "conflict"},
    {"country", "nation"},
    {"nation", "country"},
    {"leader", "head"},
    {"officials", "authorities"},
    {"reporters", "journalists"},
    {"journalists", "reporters"},
    {"agreement", "accord"},
    {"accord", "agreement"},
    {"statement", "declaration"},
    {"declaration", "statement"},
    {"refused", "declined"},
    {"declined", "refused"},
    {"urged", "called on"},
    {"condemned", "denounced"},
    {"support", "backing"},
    {"backing", "supporting"},
    {"ties", "relations"},
    {"isolate", "cut off"},
    {"significance", "importance"},
    {"importance", "significance"},
    {"downplay", "play down"},
    {"frustrated", "annoyed"},
    {"issues", "matters"},
    {"delegates", "representatives"},
    {"representatives", "delegates"}
  };

  private static final Pattern NUMBER = Pattern.compile("\\b\\d+(?:[.,]\\d+)?\\b");
  private static final String[] NUMBER_WORDS = {
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "twenty",
    "hundred"
  };
  private static final Pattern AUX =
      Pattern.compile(
          "\\b(is|was|were|are|has|had|have|can|could|will|would|should|did|does|do|must)\\b");
  private static final Pattern NEGATED = Pattern.compile("\\b(not|never|no)\\b|n't\\b");
  private static final Pattern COORDINATED = Pattern.compile("\\b([a-z]{3,}) and ([a-z]{3,})\\b");

  /** One edit and what drift made of it. */
  record Outcome(String document, Kind kind, String before, String after, Severity flagged) {}

  /**
   * Runs the benchmark.
   *
   * @param args output directory, which half: dev, test or all (default test), and optionally a
   *     model (a directory or a bundled model's name, as {@code --model} takes)
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "error");
    Path out = Path.of(args.length > 0 ? args[0] : "target/shift-benchmark");
    String half = args.length > 1 ? args[1] : "test";
    DriftOptions options = DriftOptions.defaults();
    if (args.length > 2) {
      options = options.toBuilder().optModel(Path.of(args[2])).build();
    }
    Map<String, String> docs = corpus(half);
    System.err.printf(Locale.ROOT, "%s: %d documents (%s)%n", half, docs.size(), SPLIT);
    List<Outcome> outcomes = run(docs, options, out);
    System.out.print(table(outcomes));
  }

  /** The split manifest, from the project root. */
  static final String SPLIT = "eval/shifts/split.tsv";

  /** One line of the split manifest. */
  record Entry(String document, String half, String path, String story, String reason) {}

  /**
   * The corpus documents of a half, by name, in a fixed order (the Aesop files, the seed story, the
   * texts of {@code eval/shifts}), which the edits depend on through the donor sentences.
   *
   * @param half {@code dev}, {@code test} or {@code all}
   * @throws IOException if a file cannot be read
   * @throws IllegalStateException if the manifest and the corpus files disagree
   */
  static Map<String, String> corpus(String half) throws IOException {
    if (!List.of("dev", "test", "all").contains(half)) {
      throw new IllegalArgumentException("the half is dev, test or all, not " + half);
    }
    Path root = Files.isDirectory(Path.of("eval/aesop/aesop-all")) ? Path.of("") : Path.of("..");
    Map<String, Path> files = new LinkedHashMap<>();
    try (Stream<Path> list = Files.list(root.resolve("eval/aesop/aesop-all"))) {
      for (Path f : list.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        files.put(f.getFileName().toString(), f);
      }
    }
    files.put("g20-original.txt", root.resolve("examples/g20/original.txt"));
    try (Stream<Path> list = Files.list(root.resolve("eval/shifts"))) {
      for (Path f : list.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        files.put(f.getFileName().toString(), f);
      }
    }
    Map<String, Entry> split = split(root.resolve(SPLIT));
    for (var f : files.entrySet()) {
      Entry e = split.get(f.getKey());
      if (e == null || !root.resolve(e.path()).normalize().equals(f.getValue().normalize())) {
        throw new IllegalStateException(
            SPLIT + " does not list " + f.getValue() + " as " + f.getKey() + "; give it a half");
      }
    }
    for (String document : split.keySet()) {
      if (!files.containsKey(document)) {
        throw new IllegalStateException(SPLIT + " lists " + document + ", not in the corpus");
      }
    }
    Map<String, String> docs = new LinkedHashMap<>();
    for (var f : files.entrySet()) {
      if (half.equals("all") || split.get(f.getKey()).half().equals(half)) {
        docs.put(f.getKey(), Files.readString(f.getValue(), StandardCharsets.UTF_8));
      }
    }
    return docs;
  }

  /** Reads the split manifest: tab-separated, a header line, {@code #} comments. */
  static Map<String, Entry> split(Path manifest) throws IOException {
    Map<String, Entry> split = new LinkedHashMap<>();
    boolean header = true;
    for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (header) {
        header = false;
        continue;
      }
      if (f.length != 5 || !(f[1].equals("dev") || f[1].equals("test")) || f[4].isBlank()) {
        throw new IllegalStateException(
            manifest + ": expected document, half (dev or test), path, story, reason: " + line);
      }
      if (split.put(f[0], new Entry(f[0], f[1], f[2], f[3], f[4])) != null) {
        throw new IllegalStateException(manifest + " lists " + f[0] + " twice");
      }
    }
    // Retellings of one fable share names and sentences (some are the same text), so a story
    // split across the halves would leak what was tuned on into the test half.
    Map<String, String> halfOfStory = new LinkedHashMap<>();
    for (Entry e : split.values()) {
      String other = halfOfStory.putIfAbsent(e.story(), e.half());
      if (other != null && !other.equals(e.half())) {
        throw new IllegalStateException(manifest + ": story " + e.story() + " is in both halves");
      }
    }
    return split;
  }

  /** Edits every document, compares, and records each edit's outcome. */
  static List<Outcome> run(Map<String, String> docs, DriftOptions options, Path out)
      throws IOException {
    Files.createDirectories(out);
    List<Outcome> outcomes = new ArrayList<>();
    List<String> donors = new ArrayList<>();
    SentenceSegmenter segmenter = SentenceSegmenter.create("en");
    for (String text : docs.values()) {
      for (Sentence s :
          segmenter.segment(DocumentLoader.parse("x.txt", text, InputFormat.TEXT)).sentences()) {
        donors.add(s.content());
      }
    }
    try (DriftChecker checker = DriftChecker.create(options)) {
      int d = 0;
      for (var doc : docs.entrySet()) {
        Random random = new Random(doc.getKey().hashCode());
        var original = DocumentLoader.parse(doc.getKey(), doc.getValue(), InputFormat.TEXT);
        List<Sentence> sentences = segmenter.segment(original).sentences();
        StringBuilder edited = new StringBuilder();
        List<Edit> edits = new ArrayList<>();
        int last = 0;
        for (Sentence s : sentences) {
          edited.append(doc.getValue(), last, s.start());
          Edit e = edit(s.text(), random, donors);
          int at = edited.length();
          edited.append(e.after());
          edits.add(new Edit(e.kind(), e.before(), e.after(), s.start(), at));
          last = s.end();
        }
        edited.append(doc.getValue().substring(last));
        var copy =
            DocumentLoader.parse("edited-" + doc.getKey(), edited.toString(), InputFormat.TEXT);
        DriftReport report = checker.compare(original, copy);
        for (Edit e : edits) {
          outcomes.add(
              new Outcome(doc.getKey(), e.kind(), e.before(), e.after(), flagged(report, e)));
        }
        if (++d % 50 == 0) {
          System.err.printf(Locale.ROOT, "%d/%d documents%n", d, docs.size());
        }
      }
    }
    StringBuilder tsv = new StringBuilder("document\tkind\tflagged\tbefore\tafter\n");
    for (Outcome o : outcomes) {
      tsv.append(o.document())
          .append('\t')
          .append(o.kind())
          .append('\t')
          .append(o.flagged() == null ? "-" : o.flagged().id())
          .append('\t')
          .append(o.before().replace('\t', ' ').replace('\n', ' '))
          .append('\t')
          .append(o.after().replace('\t', ' ').replace('\n', ' '))
          .append('\n');
    }
    Files.writeString(out.resolve("shift-benchmark.tsv"), tsv.toString(), StandardCharsets.UTF_8);
    return outcomes;
  }

  /** An edit of one sentence: where the original sentence starts, where its edit starts. */
  record Edit(Kind kind, String before, String after, int originalStart, int editedStart) {}

  /**
   * The most severe shift touching the edited sentence: on the original side within the sentence as
   * it was, or on the translation side within the edited text. (A bead may join the sentence with a
   * neighbour that has an edit of its own; that neighbour's shifts do not count here.)
   */
  static Severity flagged(DriftReport report, Edit e) {
    int aFrom = e.originalStart();
    int aTo = aFrom + e.before().length();
    int bFrom = e.editedStart();
    int bTo = bFrom + e.after().length();
    Severity worst = null;
    for (Pair p : report.pairs()) {
      for (Shift shift : p.shifts()) {
        boolean touches =
            (e.kind() != Kind.SENTENCE_INSERTED
                    && shift.original() != null
                    && shift.original().start() < aTo
                    && aFrom < shift.original().end())
                || (e.kind() != Kind.SENTENCE_DELETED
                    && shift.translation() != null
                    && shift.translation().start() < bTo
                    && bFrom < shift.translation().end());
        if (touches && (worst == null || shift.severity().compareTo(worst) > 0)) {
          worst = shift.severity();
        }
      }
    }
    return worst;
  }

  /** Picks and applies an edit to one sentence; falls back to no edit when none applies. */
  static Edit edit(String sentence, Random random, List<String> donors) {
    double r = random.nextDouble();
    List<Kind> order = new ArrayList<>();
    if (r < 0.2) {
      return new Edit(Kind.NONE, sentence, sentence, 0, 0);
    } else if (r < 0.6) {
      order.addAll(
          List.of(
              Kind.NUMBER,
              Kind.NAME,
              Kind.NEGATION,
              Kind.NON_SYNONYM,
              Kind.CLAUSE_DROPPED,
              Kind.SENTENCE_DELETED,
              Kind.SENTENCE_INSERTED));
    } else {
      order.addAll(List.of(Kind.SYNONYM, Kind.PUNCTUATION, Kind.WORD_ORDER));
    }
    java.util.Collections.shuffle(order, random);
    for (Kind k : order) {
      String after = apply(k, sentence, random, donors);
      if (after != null && !after.equals(sentence)) {
        return new Edit(k, sentence, after, 0, 0);
      }
    }
    return new Edit(Kind.NONE, sentence, sentence, 0, 0);
  }

  static String apply(Kind kind, String s, Random random, List<String> donors) {
    switch (kind) {
      case NUMBER -> {
        Matcher m = NUMBER.matcher(s);
        if (m.find()) {
          String n = m.group();
          String changed =
              n.matches("\\d+")
                  ? String.valueOf(Long.parseLong(n) + 1 + random.nextInt(9))
                  : n.replaceFirst(
                      "\\d$", String.valueOf((n.charAt(n.length() - 1) - '0' + 3) % 10));
          return s.substring(0, m.start()) + changed + s.substring(m.end());
        }
        for (int k = 0; k < NUMBER_WORDS.length; k++) {
          Matcher w = Pattern.compile("\\b" + NUMBER_WORDS[k] + "\\b").matcher(s);
          if (w.find()) {
            return s.substring(0, w.start())
                + NUMBER_WORDS[(k + 3) % NUMBER_WORDS.length]
                + s.substring(w.end());
          }
        }
        return null;
      }
      case NAME -> {
        Matcher m = Pattern.compile("(?<=[a-z,;] )[A-Z][a-z]{2,}\\b").matcher(s);
        List<int[]> names = new ArrayList<>();
        while (m.find()) {
          names.add(new int[] {m.start(), m.end()});
        }
        if (names.isEmpty()) {
          return null;
        }
        int[] at = names.get(random.nextInt(names.size()));
        String[] others = {
          "Tiger", "Bear", "Wolf", "Eagle", "Peter", "Vienna", "Moscow", "Paris", "Clara", "Otto"
        };
        String replacement = others[random.nextInt(others.length)];
        if (replacement.equals(s.substring(at[0], at[1]))) {
          replacement = "Mercury";
        }
        return s.substring(0, at[0]) + replacement + s.substring(at[1]);
      }
      case NEGATION -> {
        Matcher neg = NEGATED.matcher(s);
        if (neg.find()) {
          String g = neg.group();
          String without = g.equals("n't") ? "" : g.equals("no") ? "a" : "";
          String result = s.substring(0, neg.start()) + without + s.substring(neg.end());
          return result.replace("  ", " ").replace("ca ", "can ").replace("wo ", "will ");
        }
        Matcher aux = AUX.matcher(s);
        if (aux.find()) {
          return s.substring(0, aux.end()) + " not" + s.substring(aux.end());
        }
        return null;
      }
      case NON_SYNONYM -> {
        Matcher m = Pattern.compile("\\b[a-z]{5,}\\b").matcher(s);
        List<int[]> words = new ArrayList<>();
        while (m.find()) {
          words.add(new int[] {m.start(), m.end()});
        }
        if (words.isEmpty()) {
          return null;
        }
        int[] at = words.get(random.nextInt(words.size()));
        String donor = donors.get(random.nextInt(donors.size()));
        Matcher d = Pattern.compile("\\b[a-z]{5,}\\b").matcher(donor);
        List<String> pool = new ArrayList<>();
        while (d.find()) {
          pool.add(d.group());
        }
        String word = s.substring(at[0], at[1]);
        pool.removeIf(x -> x.equals(word) || isSynonym(word, x));
        if (pool.isEmpty()) {
          return null;
        }
        return s.substring(0, at[0]) + pool.get(random.nextInt(pool.size())) + s.substring(at[1]);
      }
      case CLAUSE_DROPPED -> {
        int comma = s.indexOf(", ");
        int next = comma < 0 ? -1 : s.indexOf(", ", comma + 2);
        if (comma > 0 && next > comma && s.substring(comma + 2, next).split(" ").length >= 3) {
          return s.substring(0, comma) + s.substring(next);
        }
        if (comma > 0 && s.substring(comma + 2).split(" ").length >= 4) {
          return s.substring(0, comma) + ".";
        }
        return null;
      }
      case SENTENCE_DELETED -> {
        return "";
      }
      case SENTENCE_INSERTED -> {
        return s + " " + donors.get(random.nextInt(donors.size()));
      }
      case SYNONYM -> {
        List<String[]> candidates = new ArrayList<>();
        for (String[] pair : SYNONYMS) {
          if (Pattern.compile("\\b" + pair[0] + "\\b").matcher(s).find()) {
            candidates.add(pair);
          }
        }
        if (candidates.isEmpty()) {
          return null;
        }
        String[] pair = candidates.get(random.nextInt(candidates.size()));
        return s.replaceFirst("\\b" + pair[0] + "\\b", pair[1]);
      }
      case PUNCTUATION -> {
        if (s.contains(", ")) {
          return s.replaceFirst(", ", " ");
        }
        if (s.contains("\"")) {
          return s.replaceFirst("\"", "“").replaceFirst("\"", "”");
        }
        if (s.contains(" — ")) {
          return s.replaceFirst(" — ", ", ");
        }
        if (s.endsWith(".") && s.length() > 30) {
          int space = s.indexOf(' ', s.length() / 2);
          return space > 0 ? s.substring(0, space) + "," + s.substring(space) : null;
        }
        return null;
      }
      case WORD_ORDER -> {
        Matcher m = COORDINATED.matcher(s);
        if (m.find() && !m.group(1).equals(m.group(2))) {
          return s.substring(0, m.start())
              + m.group(2)
              + " and "
              + m.group(1)
              + s.substring(m.end());
        }
        return null;
      }
      default -> {
        return s;
      }
    }
  }

  private static boolean isSynonym(String a, String b) {
    for (String[] pair : SYNONYMS) {
      if ((pair[0].equals(a) && pair[1].equals(b)) || (pair[0].equals(b) && pair[1].equals(a))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The headline counts: meaning edits and how many were flagged at warning or worse, benign edits
   * (not counting sentences left unedited) and how many were flagged.
   */
  record Rates(int meaning, int meaningFlagged, int benign, int benignFlagged) {
    /** Share of meaning edits flagged at warning or worse. */
    double recall() {
      return (double) meaningFlagged / Math.max(1, meaning);
    }

    /** Share of benign edits flagged at warning or worse. */
    double falseAlarms() {
      return (double) benignFlagged / Math.max(1, benign);
    }
  }

  /** Counts the headline rates of a run. */
  static Rates rates(List<Outcome> outcomes) {
    int meaning = 0;
    int meaningFlagged = 0;
    int benign = 0;
    int benignFlagged = 0;
    for (Outcome o : outcomes) {
      boolean flagged = o.flagged() != null && o.flagged() != Severity.INFO;
      if (o.kind().meaning) {
        meaning++;
        meaningFlagged += flagged ? 1 : 0;
      } else if (o.kind() != Kind.NONE) {
        benign++;
        benignFlagged += flagged ? 1 : 0;
      }
    }
    return new Rates(meaning, meaningFlagged, benign, benignFlagged);
  }

  /** The per-kind table and the two headline rates. */
  static String table(List<Outcome> outcomes) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(Locale.ROOT, "%-18s %6s %10s %10s%n", "edit", "n", "≥warning", "error"));
    for (Kind k : Kind.values()) {
      int n = 0;
      int warn = 0;
      int err = 0;
      for (Outcome o : outcomes) {
        if (o.kind() == k) {
          n++;
          warn += o.flagged() != null && o.flagged() != Severity.INFO ? 1 : 0;
          err += o.flagged() == Severity.ERROR ? 1 : 0;
        }
      }
      if (n == 0) {
        continue;
      }
      sb.append(
          String.format(
              Locale.ROOT,
              "%-18s %6d %9.1f%% %9.1f%%%n",
              k.name().toLowerCase(Locale.ROOT),
              n,
              100.0 * warn / n,
              100.0 * err / n));
    }
    Rates r = rates(outcomes);
    sb.append(
        String.format(
            Locale.ROOT,
            "meaning edits flagged ≥ warning: %.1f%% (%d/%d); benign edits flagged ≥ warning: %.1f%% (%d/%d)%n",
            100.0 * r.recall(),
            r.meaningFlagged(),
            r.meaning(),
            100.0 * r.falseAlarms(),
            r.benignFlagged(),
            r.benign()));
    return sb.toString();
  }
}
