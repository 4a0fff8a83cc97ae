package dev.drift.cli;

import dev.drift.report.ReportFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code drift generate-man-page}: a troff man page, {@code drift.1}, drawn from the same command
 * model as {@code --help}, so the two never disagree. picocli-codegen's generator writes AsciiDoc,
 * which needs Asciidoctor to become a man page; troff needs nothing.
 */
@Command(
    name = "generate-man-page",
    header = "Write drift's man page (troff) to standard output or a file.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  drift generate-man-page | man -l -",
      "  drift generate-man-page -o /usr/local/share/man/man1/drift.1"
    })
final class ManPageCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the page to FILE instead of standard output.")
  Path output;

  @Override
  public Integer call() {
    String page = page(spec.root());
    if (output != null) {
      ReportFiles.write(output, out -> out.write(page));
    } else {
      spec.commandLine().getOut().print(page);
      spec.commandLine().getOut().flush();
    }
    return ExitCodes.PASS;
  }

  /** The page for a command and all its subcommands. */
  static String page(CommandSpec root) {
    StringWriter sw = new StringWriter();
    PrintWriter out = new PrintWriter(sw);
    String version = root.version().length > 0 ? root.version()[0] : root.name();
    out.println(
        ".TH "
            + root.name().toUpperCase(java.util.Locale.ROOT)
            + " 1 \"\" \""
            + esc(version)
            + "\" \"User Commands\"");
    out.println(".SH NAME");
    out.println(root.name() + " \\- " + esc(String.join(" ", root.usageMessage().header())));
    out.println(".SH SYNOPSIS");
    out.println(".nf");
    out.println(text(synopsis(root)));
    out.println(".fi");
    out.println(".SH DESCRIPTION");
    paragraph(out, root.usageMessage().description());
    options(out, root);
    out.println(".SH COMMANDS");
    for (CommandSpec sub : commands(root)) {
      out.println(".SS \"" + esc(sub.qualifiedName()) + "\"");
      paragraph(out, sub.usageMessage().header());
      out.println(".nf");
      out.println(text(synopsis(sub)));
      out.println(".fi");
      paragraph(out, sub.usageMessage().description());
      options(out, sub);
      if (sub.usageMessage().footer().length > 0) {
        out.println(".PP");
        out.println(esc(String.format(sub.usageMessage().footerHeading()).strip()));
        out.println(".nf");
        for (String line : sub.usageMessage().footer()) {
          out.println(text(line));
        }
        out.println(".fi");
      }
    }
    out.println(".SH EXIT STATUS");
    for (var e : root.usageMessage().exitCodeList().entrySet()) {
      out.println(".TP");
      out.println(esc(e.getKey()));
      out.println(esc(e.getValue()));
    }
    out.println(".SH ENVIRONMENT");
    out.println(".TP");
    out.println("NO_COLOR");
    out.println("When set, drift writes no colour.");
    out.println(".TP");
    out.println("DRIFT_CACHE_DIR");
    out.println("Where the bundled model is extracted.");
    out.println(".SH FILES");
    out.println(".TP");
    out.println("drift.yaml, .drift.yaml");
    out.println("Settings read from the working directory (see \\-\\-config).");
    out.flush();
    return sw.toString();
  }

  private static List<CommandSpec> commands(CommandSpec spec) {
    List<CommandSpec> all = new ArrayList<>();
    for (CommandLine sub : spec.subcommands().values()) {
      CommandSpec s = sub.getCommandSpec();
      if (!all.contains(s) && !s.usageMessage().hidden() && !s.name().equals("help")) {
        all.add(s);
        all.addAll(commands(s));
      }
    }
    return all.stream().distinct().toList();
  }

  private static String synopsis(CommandSpec spec) {
    return new Help(spec, Help.defaultColorScheme(Help.Ansi.OFF)).synopsis(0).stripTrailing();
  }

  private static void options(PrintWriter out, CommandSpec spec) {
    for (PositionalParamSpec p : spec.positionalParameters()) {
      out.println(".TP");
      out.println("\\fI" + esc(p.paramLabel()) + "\\fR");
      out.println(esc(describe(p.description(), p.defaultValueString(), p.completionCandidates())));
    }
    for (OptionSpec o : spec.options()) {
      if (o.hidden()) {
        continue;
      }
      out.println(".TP");
      String names = String.join(", ", o.names());
      String label = o.typeInfo().isBoolean() ? "" : "=\\fI" + esc(o.paramLabel()) + "\\fR";
      out.println("\\fB" + esc(names) + "\\fR" + label);
      out.println(esc(describe(o.description(), o.defaultValueString(), o.completionCandidates())));
    }
  }

  private static String describe(
      String[] description, String defaultValue, Iterable<String> candidates) {
    List<String> names = new ArrayList<>();
    if (candidates != null) {
      candidates.forEach(c -> names.add(c.toLowerCase(java.util.Locale.ROOT)));
    }
    return String.join(" ", description)
        .replace("${DEFAULT-VALUE}", String.valueOf(defaultValue))
        .replace("${COMPLETION-CANDIDATES}", String.join(", ", names));
  }

  private static void paragraph(PrintWriter out, String[] lines) {
    if (lines.length > 0) {
      out.println(".PP");
      out.println(esc(String.join(" ", lines)));
    }
  }

  /** A line of running text: a leading period or quote would read as a request. */
  private static String text(String line) {
    String e = esc(line);
    return e.startsWith(".") || e.startsWith("'") ? "\\&" + e : e;
  }

  /** Escapes troff: backslashes and hyphens. */
  static String esc(String s) {
    String e = s.replace("\\", "\\e").replace("-", "\\-");
    return e.startsWith(".") || e.startsWith("'") ? "\\&" + e : e;
  }
}
