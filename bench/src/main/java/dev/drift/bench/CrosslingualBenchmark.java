package dev.drift.bench;

import dev.drift.DriftChecker;
import dev.drift.DriftException;
import dev.drift.DriftOptions;
import dev.drift.bench.BibleSet.Chapter;
import dev.drift.bench.BibleSet.Side;
import dev.drift.bench.BibleSet.Span;
import dev.drift.bench.BibleSet.Verse;
import dev.drift.bench.VerseAlignmentScore.VersePair;
import dev.drift.bench.VerseEdits.EditedChapter;
import dev.drift.bench.VerseEdits.Family;
import dev.drift.config.Setting;
import dev.drift.config.Settings;
import dev.drift.load.DocumentLoader;
import dev.drift.load.InputFormat;
import dev.drift.report.DriftReport;
import dev.drift.report.Pair;
import dev.drift.report.PairKind;
import dev.drift.report.ReportFiles;
import dev.drift.report.SentenceRef;
import dev.drift.report.Verdict;
import dev.drift.report.json.JsonRenderer;
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

/**
 * The cross-lingual benchmark: drift on the King James Version against its Spanish translation
 * (Reina-Valera 1909), with the World English Bible as the same-language reference, over the
 * verse-aligned chapters of {@code eval/bible/dev} and {@code eval/bible/dev2} (tune here; {@code
 * tune} is both) or {@code eval/bible/test} (report here, never tune). Per set and translation it
 * measures (a) alignment: the link F1 of each unedited chapter's report against the verse gold
 * ({@link VerseAlignmentScore}, the same score as {@code eval/bible/score.py}), and (b) edits:
 * copies of each chapter's translation with one verse edited ({@link VerseEdits}) — meaning edits
 * caught (a shift of warning or worse on the edited verse, or the verse reported dropped or added),
 * benign edits flagged (warning or worse on the edited verse), unedited chapters that pass and
 * unedited verses flagged, and the drift of unedited and edited chapters. Every case's JSON report
 * goes under the output directory.
 *
 * <p>Usage: {@code CrosslingualBenchmark OUT_DIR [--set dev|dev2|tune|test|all] [--side
 * es|web|both] [--copies N] [--seed N] [--no-edits] [--eval DIR] [DRIFT SETTINGS]}, where a drift
 * setting is {@code --name value} with the name of any {@link Setting} in the command line's
 * spelling ({@code --model DIR}, {@code --max-drift 0.3}, {@code --translator apertium} once that
 * setting exists); they reach the checker through {@link Settings#toOptions()} over the benchmark's
 * own layer (the translation's language).
 */
public final class CrosslingualBenchmark {
  private CrosslingualBenchmark() {}

  /** What the command line asks for. */
  record Request(
      Path out,
      Path eval,
      List<String> sets,
      List<Side> sides,
      int copies,
      long seed,
      boolean edits,
      Settings settings,
      String described) {}

  /**
   * Runs the benchmark and prints one table per set and translation.
   *
   * @param args see the class description
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "error");
    Request request;
    try {
      request = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("crosslingual: " + e.getMessage());
      System.exit(2);
      return;
    }
    System.out.printf(Locale.ROOT, "machine: %s%n", Machine.describe());
    for (String set : request.sets()) {
      BibleSet bible = BibleSet.read(request.eval().resolve(set));
      for (Side side : request.sides()) {
        DriftOptions options = options(request.settings(), side);
        Path out = request.out().resolve(set).resolve(side.suffix);
        Run run = run(bible, side, options, request, out);
        String table = BibleTables.table(bible, side, request.described(), run);
        Files.writeString(out.resolve("summary.txt"), table, StandardCharsets.UTF_8);
        System.out.print(table);
        System.out.flush();
      }
    }
  }

  /**
   * Reads the command line.
   *
   * @param args the arguments
   * @return the request
   * @throws IllegalArgumentException naming what is wrong
   */
  static Request parse(String[] args) {
    if (args.length == 0 || args[0].startsWith("--")) {
      throw new IllegalArgumentException(
          "usage: CrosslingualBenchmark OUT_DIR [--set dev|dev2|tune|test|all] [--side es|web|both]"
              + " [--copies N] [--seed N] [--no-edits] [--eval DIR] [--SETTING VALUE ...]");
    }
    Path out = Path.of(args[0]);
    Path eval = Path.of("eval/bible");
    List<String> sets = List.of("test");
    List<Side> sides = List.of(Side.WEB, Side.ES);
    int copies = 2;
    long seed = 1909;
    boolean edits = true;
    Settings.Builder settings = Settings.builder("the command line");
    StringBuilder described = new StringBuilder();
    for (int i = 1; i < args.length; i++) {
      String option = args[i];
      if (!option.startsWith("--")) {
        throw new IllegalArgumentException("expected an option, not " + option);
      }
      String name = option.substring(2);
      String value = null;
      int eq = name.indexOf('=');
      if (eq >= 0) {
        value = name.substring(eq + 1);
        name = name.substring(0, eq);
      }
      if (name.equals("no-edits")) {
        edits = false;
        continue;
      }
      if (value == null) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("--" + name + " needs a value");
        }
        value = args[++i];
      }
      switch (name) {
        case "set" ->
            sets =
                switch (value) {
                  case "all" -> List.of("dev", "dev2", "test");
                  case "tune" -> List.of("dev", "dev2");
                  default -> List.of(check(value));
                };
        case "side" ->
            sides = value.equals("both") ? List.of(Side.WEB, Side.ES) : List.of(Side.parse(value));
        case "copies" -> copies = Integer.parseInt(value);
        case "seed" -> seed = Long.parseLong(value);
        case "eval" -> eval = Path.of(value);
        default -> {
          setting(settings, name, value);
          described
              .append(described.length() == 0 ? "" : " ")
              .append("--")
              .append(name)
              .append(' ')
              .append(value);
        }
      }
    }
    return new Request(
        out,
        eval,
        sets,
        sides,
        copies,
        seed,
        edits,
        settings.build(),
        described.length() == 0 ? "defaults" : described.toString());
  }

  private static String check(String set) {
    if (!set.equals("dev") && !set.equals("dev2") && !set.equals("test")) {
      throw new IllegalArgumentException("the set is dev, dev2, tune, test or all, not " + set);
    }
    return set;
  }

  /**
   * Sets a drift setting given as {@code --kebab-name value}: the setting is the registry's entry
   * whose key is the name in camel case ({@code --max-drift} is {@code maxDrift}).
   */
  static void setting(Settings.Builder settings, String name, String value) {
    StringBuilder key = new StringBuilder();
    for (String part : name.split("-")) {
      key.append(
          key.length() == 0
              ? part
              : part.isEmpty() ? "" : Character.toUpperCase(part.charAt(0)) + part.substring(1));
    }
    Setting<?> setting = Setting.all().get(key.toString());
    if (setting == null) {
      throw new IllegalArgumentException(
          "--"
              + name
              + ": drift has no setting "
              + key
              + " (it has "
              + Setting.all().keySet()
              + ")");
    }
    try {
      set(settings, setting, value, "--" + name);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--" + name + " " + e.getMessage(), e);
    }
  }

  private static <T> void set(Settings.Builder b, Setting<T> setting, String text, String from) {
    b.set(setting, setting.parse(text), from);
  }

  /**
   * The options of one translation: the command line's settings over the benchmark's layer, which
   * gives the translation's language.
   *
   * @param commandLine the settings passed through
   * @param side the translation
   * @return the options
   */
  static DriftOptions options(Settings commandLine, Side side) {
    Settings bench =
        Settings.builder("the benchmark").set(Setting.TRANSLATION_LANGUAGE, side.language).build();
    return commandLine.over(bench).toOptions();
  }

  /** What drift made of one unedited chapter. */
  record ChapterOutcome(
      String chapter,
      VerseAlignmentScore score,
      VerseAlignmentScore splitScore,
      double drift,
      Verdict verdict,
      int verses,
      int versesFlagged,
      String refused,
      double[] verseDrifts) {}

  /** What drift made of one edited copy. */
  record EditOutcome(
      EditedChapter edit,
      Severity flagged,
      boolean reported,
      double drift,
      Verdict verdict,
      String refused,
      double verseDrift) {
    /** Whether the edited verse got a warning or worse, or was reported dropped or added. */
    boolean caught() {
      return reported || (flagged != null && flagged != Severity.INFO);
    }
  }

  /** A run over one set and translation. */
  record Run(
      List<ChapterOutcome> chapters,
      List<EditOutcome> edits,
      double alignSeconds,
      double editSeconds) {}

  /**
   * Compares every chapter with its translation, then every edited copy.
   *
   * @param bible the set
   * @param side the translation
   * @param options drift's options
   * @param request copies, seed, whether to edit
   * @param out where the reports go ({@code align/NAME.json}, {@code edits/NAME.FAMILY.VERSE.json})
   * @return the outcomes
   * @throws IOException if a file cannot be written
   */
  static Run run(BibleSet bible, Side side, DriftOptions options, Request request, Path out)
      throws IOException {
    Path align = Files.createDirectories(out.resolve("align"));
    Path editDir = Files.createDirectories(out.resolve("edits"));
    JsonRenderer json = JsonRenderer.create();
    List<ChapterOutcome> chapters = new ArrayList<>();
    List<EditOutcome> edits = new ArrayList<>();
    List<VerseEdits.Donor> donors = VerseEdits.donors(bible.chapters(), side);
    long t0 = System.nanoTime();
    long t1;
    try (DriftChecker checker = DriftChecker.create(options)) {
      for (Chapter c : bible.chapters()) {
        Path original = bible.directory().resolve(c.name() + ".kjv.txt");
        Path translation = bible.directory().resolve(c.name() + "." + side.suffix + ".txt");
        DriftReport report = null;
        String refused = null;
        try {
          report = checker.compare(original, translation);
          DriftReport r = report;
          ReportFiles.write(align.resolve(c.name() + ".json"), w -> json.render(r, w));
        } catch (DriftException e) {
          refused = e.getMessage();
        }
        chapters.add(unedited(c, side, report, refused));
      }
      t1 = System.nanoTime();
      if (request.edits()) {
        for (Chapter c : bible.chapters()) {
          var original =
              DocumentLoader.parse(
                  bible.directory().resolve(c.name() + ".kjv.txt").toString(),
                  c.kjv(),
                  InputFormat.TEXT);
          for (Family family : Family.values()) {
            for (EditedChapter e :
                VerseEdits.edits(c, side, family, request.copies(), request.seed(), donors)) {
              String id = c.name() + "." + family.id() + "." + e.verse();
              Path text = editDir.resolve(id + "." + side.suffix + ".txt");
              Files.writeString(text, e.text(), StandardCharsets.UTF_8);
              try {
                DriftReport report =
                    checker.compare(
                        original,
                        DocumentLoader.parse(text.toString(), e.text(), InputFormat.TEXT));
                ReportFiles.write(editDir.resolve(id + ".json"), w -> json.render(report, w));
                edits.add(
                    new EditOutcome(
                        e,
                        flagged(report, e),
                        reported(report, e),
                        report.drift(),
                        report.verdict(),
                        null,
                        verseDrift(report.pairs(), e.original(), e.edited())));
              } catch (DriftException ex) {
                edits.add(
                    new EditOutcome(e, null, false, Double.NaN, null, ex.getMessage(), Double.NaN));
              }
            }
          }
        }
      }
    }
    long t2 = System.nanoTime();
    writeTsv(out, chapters, edits);
    return new Run(chapters, edits, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
  }

  /** Scores an unedited chapter and counts its verses flagged at warning or worse. */
  static ChapterOutcome unedited(Chapter c, Side side, DriftReport report, String refused) {
    List<VersePair> verses = new ArrayList<>();
    for (Verse v : c.verses()) {
      if (v.kjv() != null && v.in(side) != null) {
        verses.add(new VersePair(v.kjv(), v.in(side)));
      }
    }
    List<Pair> pairs = report == null ? List.of() : report.pairs();
    VerseAlignmentScore score = VerseAlignmentScore.score(c.kjv(), c.text(side), verses, pairs);
    int flagged = 0;
    double[] verseDrifts = new double[report == null ? 0 : verses.size()];
    for (int k = 0; k < verses.size(); k++) {
      VersePair v = verses.get(k);
      Severity worst = worst(pairs, v.original(), v.translation());
      flagged += worst != null && worst != Severity.INFO ? 1 : 0;
      if (report != null) {
        verseDrifts[k] = verseDrift(pairs, v.original(), v.translation());
      }
    }
    return new ChapterOutcome(
        c.name(),
        score,
        VerseAlignmentScore.splitsAllowed(c.kjv(), c.text(side), verses, pairs),
        report == null ? Double.NaN : report.drift(),
        report == null ? null : report.verdict(),
        verses.size(),
        flagged,
        refused,
        verseDrifts);
  }

  /**
   * A verse's drift: the highest drift of the pairs holding a sentence of it, on the original side
   * within the verse's span or on the translation side within its text (1 for a verse dropped or
   * added, as its pair's drift is).
   */
  static double verseDrift(List<Pair> pairs, Span original, Span translation) {
    double most = 0;
    for (Pair p : pairs) {
      boolean holds = false;
      for (var r : p.original()) {
        holds |= original != null && original.overlaps(r.start(), r.end());
      }
      for (var r : p.translation()) {
        holds |= translation != null && translation.overlaps(r.start(), r.end());
      }
      if (holds) {
        most = Math.max(most, p.drift());
      }
    }
    return most;
  }

  /**
   * The most severe shift touching the edited verse: on the original side within the verse's span
   * in the original, or on the translation side within the edited text.
   */
  static Severity flagged(DriftReport report, EditedChapter e) {
    return worst(report.pairs(), e.original(), e.edited());
  }

  private static Severity worst(List<Pair> pairs, Span original, Span translation) {
    Severity worst = null;
    for (Pair p : pairs) {
      for (Shift s : p.shifts()) {
        boolean touches =
            (original != null
                    && s.original() != null
                    && original.overlaps(s.original().start(), s.original().end()))
                || (translation != null
                    && s.translation() != null
                    && translation.overlaps(s.translation().start(), s.translation().end()));
        if (touches && (worst == null || s.severity().compareTo(worst) > 0)) {
          worst = s.severity();
        }
      }
    }
    return worst;
  }

  /**
   * Whether a dropped verse is in an omission, or an inserted one in an addition, of the report.
   */
  static boolean reported(DriftReport report, EditedChapter e) {
    for (Pair p : report.pairs()) {
      if (e.family() == Family.VERSE_DROPPED
          && p.kind() == PairKind.OMISSION
          && touches(p.original(), e.original())) {
        return true;
      }
      if (e.family() == Family.VERSE_INSERTED
          && p.kind() == PairKind.ADDITION
          && touches(p.translation(), e.edited())) {
        return true;
      }
    }
    return false;
  }

  private static boolean touches(List<SentenceRef> sentences, Span span) {
    return sentences.stream().anyMatch(s -> span.overlaps(s.start(), s.end()));
  }

  private static void writeTsv(Path out, List<ChapterOutcome> chapters, List<EditOutcome> edits)
      throws IOException {
    StringBuilder a =
        new StringBuilder(
            "chapter\ttp\tpredicted\tgold\tf1\tdrift\tverdict\tverses\tflagged\trefused\n");
    for (ChapterOutcome c : chapters) {
      a.append(
          String.format(
              Locale.ROOT,
              "%s\t%d\t%d\t%d\t%.3f\t%.4f\t%s\t%d\t%d\t%s%n",
              c.chapter(),
              c.score().truePositives(),
              c.score().predicted(),
              c.score().gold(),
              c.score().f1(),
              c.drift(),
              c.verdict() == null ? "-" : c.verdict().id(),
              c.verses(),
              c.versesFlagged(),
              c.refused() == null ? "" : clean(c.refused())));
    }
    Files.writeString(out.resolve("align.tsv"), a.toString(), StandardCharsets.UTF_8);
    StringBuilder t =
        new StringBuilder(
            "chapter\tfamily\tverse\tflagged\treported\tcaught\tdrift\tverdict\tbefore\tafter\n");
    for (EditOutcome o : edits) {
      EditedChapter e = o.edit();
      t.append(
          String.format(
              Locale.ROOT,
              "%s\t%s\t%d\t%s\t%b\t%b\t%.4f\t%s\t%s\t%s%n",
              e.chapter(),
              e.family().id(),
              e.verse(),
              o.flagged() == null ? "-" : o.flagged().id(),
              o.reported(),
              o.caught(),
              o.drift(),
              o.verdict() == null ? "refused: " + clean(o.refused()) : o.verdict().id(),
              clean(e.before()),
              clean(e.after())));
    }
    Files.writeString(out.resolve("edits.tsv"), t.toString(), StandardCharsets.UTF_8);
  }

  private static String clean(String s) {
    return s.replace('\t', ' ').replace('\n', ' ');
  }

  /** The machine a run was measured on. */
  static final class Machine {
    private Machine() {}

    /** The CPU's model name (as {@code lscpu} gives it) and the number of processors. */
    static String describe() {
      String model = "unknown CPU";
      try {
        for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8)) {
          if (line.startsWith("model name")) {
            model = line.substring(line.indexOf(':') + 1).trim();
            break;
          }
        }
      } catch (IOException | RuntimeException e) {
        model = System.getProperty("os.arch");
      }
      return model
          + ", "
          + Runtime.getRuntime().availableProcessors()
          + " processors, Java "
          + System.getProperty("java.version");
    }
  }

  /** Counts per family, for the table. */
  static Map<Family, List<EditOutcome>> byFamily(List<EditOutcome> edits) {
    Map<Family, List<EditOutcome>> map = new LinkedHashMap<>();
    for (Family f : Family.values()) {
      map.put(f, edits.stream().filter(o -> o.edit().family() == f).toList());
    }
    return map;
  }
}
