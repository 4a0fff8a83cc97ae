package dev.drift.bench;

import dev.drift.BundleChecker;
import dev.drift.DriftException;
import dev.drift.DriftOptions;
import dev.drift.config.Setting;
import dev.drift.config.Settings;
import dev.drift.report.DriftReport;
import dev.drift.report.Pair;
import dev.drift.report.ReportFiles;
import dev.drift.report.SentenceRef;
import dev.drift.report.json.JsonRenderer;
import dev.drift.shift.Severity;
import dev.drift.shift.Shift;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * Real localisation: the gettext catalogs of one language that Debian installs with its packages
 * ({@code /usr/share/locale/es/LC_MESSAGES/*.mo}: program messages translated by people), read back
 * to PO with gettext's {@code msgunfmt} and checked unit by unit through drift's translation-file
 * path. Every unit is a translation as its package ships it, so a unit drift flags (a warning or
 * worse) is a false alarm, or now and then a real slip of the translator: the table of reasons and
 * {@code flagged.txt} (every flagged unit with its rendering and shifts) show which.
 *
 * <p>The catalogs are split into a dev half (tune here) and a test half (report here, never tune)
 * by the parity of the CRC-32 of their names. Left out: catalogs of fewer than 80 or more than 700
 * units (too few to say anything; too slow for a run of minutes) and the iso-codes duplicates that
 * repeat another catalog under an older name. Which catalogs there are depends on the packages the
 * machine has; the run lists them.
 *
 * <p>Usage: {@code GettextBenchmark OUT_DIR [--set dev|test|all] [--locale DIR] [DRIFT SETTINGS]}
 * with drift settings as for {@link CrosslingualBenchmark} ({@code --translator apertium}).
 */
public final class GettextBenchmark {
  private GettextBenchmark() {}

  /** Units per catalog: below, too few to count; above, too slow for a run of minutes. */
  private static final int MIN_UNITS = 80;

  private static final int MAX_UNITS = 700;

  /** The iso-codes catalogs installed twice, under an old and a new name. */
  private static final List<String> DUPLICATES =
      List.of("iso_3166", "iso_3166_2", "iso_639", "iso_639_3");

  /** What one catalog gave. */
  record Outcome(String catalog, int units, int flagged, List<String> reasons, String refused) {}

  /**
   * Runs the benchmark and prints its table.
   *
   * @param args see the class description
   * @throws IOException if a file cannot be read or written
   * @throws InterruptedException if interrupted while msgunfmt runs
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "error");
    if (args.length == 0 || args[0].startsWith("--")) {
      System.err.println(
          "usage: GettextBenchmark OUT_DIR [--set dev|test|all] [--locale DIR] [--SETTING VALUE]");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    String set = "dev";
    Path locale = Path.of("/usr/share/locale/es/LC_MESSAGES");
    Settings.Builder settings = Settings.builder("the command line");
    StringBuilder described = new StringBuilder();
    for (int i = 1; i < args.length; i += 2) {
      String name = args[i].substring(2);
      String value = i + 1 < args.length ? args[i + 1] : "";
      switch (name) {
        case "set" -> set = value;
        case "locale" -> locale = Path.of(value);
        default -> {
          CrosslingualBenchmark.setting(settings, name, value);
          described.append(described.length() == 0 ? "" : " ").append(args[i]).append(' ');
          described.append(value);
        }
      }
    }
    if (!List.of("dev", "test", "all").contains(set)) {
      System.err.println("gettext: the set is dev, test or all, not " + set);
      System.exit(2);
    }
    String language = locale.getParent().getFileName().toString();
    Settings bench =
        Settings.builder("the benchmark").set(Setting.TRANSLATION_LANGUAGE, language).build();
    DriftOptions options = settings.build().over(bench).toOptions();
    Path po = Files.createDirectories(out.resolve("po"));
    Path reports = Files.createDirectories(out.resolve(set).resolve("reports"));
    List<Path> catalogs = catalogs(locale, po, set);
    System.out.printf(Locale.ROOT, "machine: %s%n", CrosslingualBenchmark.Machine.describe());
    System.out.printf(
        Locale.ROOT,
        "gettext %s half: %d catalogs of %s (msgunfmt), %s%n",
        set,
        catalogs.size(),
        locale,
        described.length() == 0 ? "defaults" : described);
    List<Outcome> outcomes = new ArrayList<>();
    StringBuilder flagged = new StringBuilder();
    JsonRenderer json = JsonRenderer.create();
    long t0 = System.nanoTime();
    try (BundleChecker checker = BundleChecker.create(options)) {
      for (Path catalog : catalogs) {
        String name = catalog.getFileName().toString().replaceFirst("\\.po$", "");
        try {
          DriftReport report = checker.compare(catalog, null, null);
          ReportFiles.write(reports.resolve(name + ".json"), w -> json.render(report, w));
          outcomes.add(outcome(name, report, flagged));
        } catch (DriftException e) {
          outcomes.add(new Outcome(name, 0, 0, List.of(), e.getMessage()));
        }
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    Files.writeString(
        out.resolve(set).resolve("flagged.txt"), flagged.toString(), StandardCharsets.UTF_8);
    String table = table(outcomes, seconds);
    Files.writeString(out.resolve(set).resolve("summary.txt"), table, StandardCharsets.UTF_8);
    System.out.print(table);
  }

  /** The catalogs of one half, each read back to PO under {@code po} once. */
  private static List<Path> catalogs(Path locale, Path po, String set)
      throws IOException, InterruptedException {
    List<Path> mos;
    try (Stream<Path> files = Files.list(locale)) {
      mos = files.filter(p -> p.toString().endsWith(".mo")).sorted().toList();
    }
    List<Path> out = new ArrayList<>();
    for (Path mo : mos) {
      String name = mo.getFileName().toString().replaceFirst("\\.mo$", "");
      if (DUPLICATES.contains(name) || !inSet(name, set)) {
        continue;
      }
      Path target = po.resolve(name + ".po");
      if (!Files.exists(target)) {
        Process p =
            new ProcessBuilder("msgunfmt", mo.toString(), "-o", target.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
          p.destroyForcibly();
          Files.deleteIfExists(target);
          continue;
        }
      }
      long units;
      // ASCII keywords: any charset the catalog declares reads them alike
      try (Stream<String> lines = Files.lines(target, StandardCharsets.ISO_8859_1)) {
        units = lines.filter(l -> l.startsWith("msgid ")).count() - 1; // less the header
      }
      if (units >= MIN_UNITS && units <= MAX_UNITS) {
        out.add(target);
      }
    }
    return out;
  }

  /** Whether a catalog belongs to a half: dev for an even CRC-32 of its name, test for odd. */
  static boolean inSet(String name, String set) {
    CRC32 crc = new CRC32();
    crc.update(name.getBytes(StandardCharsets.UTF_8));
    boolean even = crc.getValue() % 2 == 0;
    return set.equals("all") || (set.equals("dev") == even);
  }

  private static Outcome outcome(String name, DriftReport report, StringBuilder flagged) {
    int units = 0;
    int count = 0;
    List<String> reasons = new ArrayList<>();
    for (Pair pair : report.pairs()) {
      units++;
      List<Shift> serious =
          pair.shifts().stream()
              .filter(s -> s.severity().compareTo(Severity.WARNING) >= 0 && !s.accepted())
              .toList();
      if (serious.isEmpty()) {
        continue;
      }
      count++;
      flagged.append(name).append(" · ").append(pair.unit()).append('\n');
      flagged.append("  ").append(text(pair.original(), false)).append('\n');
      flagged.append("  ").append(text(pair.translation(), false)).append('\n');
      flagged.append("  ≈ ").append(text(pair.translation(), true)).append('\n');
      for (Shift s : serious) {
        flagged.append("    ").append(s.severity()).append(' ').append(s.message()).append('\n');
        reasons.add(family(s.message()));
      }
    }
    return new Outcome(name, units, count, reasons, null);
  }

  private static String text(List<SentenceRef> refs, boolean rendering) {
    return refs.stream()
        .map(r -> rendering && r.rendering() != null ? r.rendering() : r.text())
        .collect(Collectors.joining(" / "))
        .replace('\n', ' ');
  }

  /** A shift's family: its message up to the colon ("negation added", "name dropped"). */
  static String family(String message) {
    if (message.startsWith("target is ") && message.contains("% of the source's length")) {
      return "length outside CheckMate's bounds";
    }
    int colon = message.indexOf(':');
    return colon > 0 ? message.substring(0, colon) : message;
  }

  private static String table(List<Outcome> outcomes, double seconds) {
    StringBuilder t = new StringBuilder();
    int units = 0;
    int flagged = 0;
    Map<String, Integer> reasons = new TreeMap<>();
    for (Outcome o : outcomes) {
      if (o.refused() != null) {
        t.append(String.format(Locale.ROOT, "  %-28s refused: %s%n", o.catalog(), o.refused()));
        continue;
      }
      units += o.units();
      flagged += o.flagged();
      o.reasons().forEach(r -> reasons.merge(r, 1, Integer::sum));
      t.append(
          String.format(
              Locale.ROOT,
              "  %-28s %5d units  %4d flagged (%5.1f %%)%n",
              o.catalog(),
              o.units(),
              o.flagged(),
              100.0 * o.flagged() / Math.max(1, o.units())));
    }
    t.append(
        String.format(
            Locale.ROOT,
            "units flagged (warning or worse): %d of %d = %.1f %%  (%.0f s, %.0f units/s)%n",
            flagged,
            units,
            100.0 * flagged / Math.max(1, units),
            seconds,
            units / Math.max(1e-9, seconds)));
    t.append("shifts of warning or worse, by family:\n");
    reasons.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(
            e -> t.append(String.format(Locale.ROOT, "  %5d  %s%n", e.getValue(), e.getKey())));
    return t.toString();
  }
}
