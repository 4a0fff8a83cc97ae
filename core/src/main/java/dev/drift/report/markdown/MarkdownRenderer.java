package dev.drift.report.markdown;

import dev.drift.report.DriftReport;
import dev.drift.report.Pair;
import dev.drift.report.Place;
import dev.drift.report.Region;
import dev.drift.report.ReportRenderer;
import dev.drift.report.RunDocument;
import dev.drift.report.RunRenderer;
import dev.drift.report.RunReport;
import dev.drift.report.RunTotals;
import dev.drift.report.StaleShift;
import dev.drift.report.Verdict;
import dev.drift.shift.Severity;
import dev.drift.shift.Shift;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders a short Markdown summary, fit for a pull-request comment or a CI step summary: a heading
 * with the outcome, the totals, the failing documents and the top shifts. Every string from a
 * document is escaped, so a sentence can neither break the table nor inject markup. Thread-safe.
 */
public final class MarkdownRenderer implements ReportRenderer, RunRenderer {
  /** How many shifts a summary lists at most. */
  public static final int TOP = 10;

  private static final int SNIPPET = 100;

  private MarkdownRenderer() {}

  /**
   * Creates the renderer.
   *
   * @return the renderer
   */
  public static MarkdownRenderer create() {
    return new MarkdownRenderer();
  }

  @Override
  public void render(RunReport run, Writer out) throws IOException {
    RunTotals t = run.totals();
    out.write(
        "## drift: "
            + (t.passes() ? "✅ passed" : "❌ failed")
            + String.format(
                Locale.ROOT,
                " (%d of %d %s failed)\n\n",
                t.failed(),
                t.checked(),
                t.checked() == 1 ? "document" : "documents"));
    List<String> totals = new ArrayList<>();
    totals.add("**" + t.checked() + "** checked");
    totals.add("**" + t.passed() + "** passed");
    totals.add("**" + t.failed() + "** failed");
    if (t.missing() > 0) {
      totals.add(
          t.missing() + " without counterpart" + (t.missingFails() ? " (fails the run)" : ""));
    }
    if (t.accepted() > 0) {
      totals.add(t.accepted() + " shifts accepted by the baseline");
    }
    if (t.stale() > 0) {
      totals.add(t.stale() + " stale baseline entries");
    }
    out.write(String.join(" · ", totals) + "\n\n");
    out.write(
        String.format(
            Locale.ROOT,
            "Thresholds: maxDrift %.2f · minSimilarity %.2f · fail on %s\n",
            run.thresholds().maxDrift(),
            run.thresholds().minSimilarity(),
            run.thresholds().failOn().id()));
    List<RunDocument> failing =
        run.documents().stream().filter(d -> d.verdict() == Verdict.FAIL).toList();
    if (!failing.isEmpty()) {
      out.write("\n### Failing documents\n\n");
      out.write("| Document | Language | Drift | Why |\n|---|---|---:|---|\n");
      for (RunDocument d : failing) {
        out.write(
            "| "
                + code(d.path())
                + " | "
                + escape(d.language())
                + String.format(Locale.ROOT, " | %.2f | ", d.drift())
                + escape(String.join("; ", d.reasons()))
                + " |\n");
      }
    }
    if (!run.top().isEmpty()) {
      out.write("\n### Top shifts\n\n");
      for (Place p : run.top().subList(0, Math.min(TOP, run.top().size()))) {
        out.write(
            "- "
                + code(p.file() + ":" + p.line() + ":" + p.column())
                + " "
                + escape(clip(p.message()))
                + "\n");
      }
    }
    if (!run.missing().isEmpty()) {
      out.write("\n### Without counterpart\n\n");
      for (String m : run.missing()) {
        out.write("- " + escape(m) + "\n");
      }
    }
  }

  @Override
  public void render(DriftReport report, Writer out) throws IOException {
    boolean pass = report.verdict() == Verdict.PASS;
    out.write(
        "## drift: "
            + (pass ? "✅ passed" : "❌ failed")
            + " — "
            + code(report.translation().path())
            + "\n\n");
    var c = report.counts();
    out.write(
        String.format(
            Locale.ROOT,
            "drift **%.2f** (max %.2f) · %d matched · %d omitted · %d added · %d errors · %d"
                + " warnings",
            report.drift(),
            report.thresholds().maxDrift(),
            c.matches(),
            c.omissions(),
            c.additions(),
            c.error(),
            c.warning()));
    if (c.accepted() > 0) {
      out.write(" · " + c.accepted() + " accepted by the baseline");
    }
    out.write("\n");
    if (!report.reasons().isEmpty()) {
      out.write("\n");
      for (String reason : report.reasons()) {
        out.write("- " + escape(reason) + "\n");
      }
    }
    List<String> lines = new ArrayList<>();
    for (Severity severity : List.of(Severity.ERROR, Severity.WARNING)) {
      for (Pair p : report.pairs()) {
        for (Shift s : p.shifts()) {
          if (s.severity() == severity && !s.accepted() && lines.size() < TOP) {
            boolean inTranslation = s.translation() != null;
            Region r = Region.of(p, s, inTranslation);
            if (r == null) {
              continue;
            }
            String file = inTranslation ? report.translation().path() : report.original().path();
            lines.add(
                "- "
                    + code(file + ":" + r.startLine() + ":" + r.startColumn())
                    + " "
                    + severity.id()
                    + ": "
                    + escape(clip(s.message())));
          }
        }
      }
    }
    if (!lines.isEmpty()) {
      out.write("\n### Top shifts\n\n");
      for (String line : lines) {
        out.write(line + "\n");
      }
    }
    if (!report.stale().isEmpty()) {
      out.write("\n### Stale baseline entries\n\n");
      for (StaleShift s : report.stale()) {
        out.write(
            "- "
                + escape(clip(s.message() != null ? s.message() : String.valueOf(s.original())))
                + "\n");
      }
    }
  }

  private static String clip(String text) {
    String one = text.replaceAll("\\s+", " ").strip();
    return one.length() <= SNIPPET ? one : one.substring(0, SNIPPET - 1) + "…";
  }

  /** Inline code that no backtick in the text can close early. */
  static String code(String text) {
    String one = text.replaceAll("\\s+", " ");
    String fence = one.contains("`") ? "`` " : "`";
    String close = one.contains("`") ? " ``" : "`";
    return fence + one.replace("|", "\\|") + close;
  }

  /**
   * Escapes text for Markdown, including inside a table cell: HTML is neutralised, Markdown
   * punctuation is backslash-escaped, line breaks become spaces.
   *
   * @param text the text
   * @return the escaped text
   */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (char c : text.replaceAll("\\s+", " ").toCharArray()) {
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '\\', '`', '*', '_', '[', ']', '|', '#', '~', '!' -> sb.append('\\').append(c);
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
