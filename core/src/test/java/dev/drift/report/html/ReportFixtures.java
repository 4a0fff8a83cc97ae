package dev.drift.report.html;

import dev.drift.report.Counts;
import dev.drift.report.DocumentSummary;
import dev.drift.report.DriftReport;
import dev.drift.report.ModelSummary;
import dev.drift.report.Pair;
import dev.drift.report.PairKind;
import dev.drift.report.SentenceRef;
import dev.drift.report.Verdict;
import dev.drift.report.json.JsonRenderer;
import dev.drift.score.Thresholds;
import dev.drift.shift.Severity;
import dev.drift.shift.Shift;
import dev.drift.shift.ShiftKind;
import dev.drift.shift.TextSpan;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Hand-built reports for the HTML renderer's tests, with offsets that agree with their text. */
public final class ReportFixtures {
  private ReportFixtures() {}

  /** One side's raw file, built sentence by sentence: paragraphs separated by blank lines. */
  static final class Doc {
    private final StringBuilder raw = new StringBuilder();
    private int line = 1;

    /** Appends a paragraph holding one sentence. */
    SentenceRef sentence(String text) {
      return sentences(text).get(0);
    }

    /** Appends a paragraph of sentences separated by one space. */
    List<SentenceRef> sentences(String... texts) {
      if (raw.length() > 0) {
        raw.append("\n\n");
        line += 2;
      }
      List<SentenceRef> out = new ArrayList<>();
      for (int i = 0; i < texts.length; i++) {
        if (i > 0) {
          raw.append(' ');
        }
        int column = raw.length() - raw.lastIndexOf("\n");
        int start = raw.length();
        raw.append(texts[i]);
        out.add(new SentenceRef(start, raw.length(), line, column, texts[i]));
        line += (int) texts[i].chars().filter(c -> c == '\n').count();
      }
      return out;
    }

    String raw() {
      return raw.toString();
    }
  }

  /** The span of the first occurrence of {@code needle} in a sentence. */
  static TextSpan span(SentenceRef sentence, String needle) {
    int i = sentence.text().indexOf(needle);
    if (i < 0) {
      throw new IllegalArgumentException("'" + needle + "' is not in: " + sentence.text());
    }
    return new TextSpan(sentence.start() + i, sentence.start() + i + needle.length(), needle);
  }

  /** The span from {@code from} in the first sentence to the end of the last, text from raw. */
  static TextSpan spanAcross(String raw, SentenceRef first, String from, SentenceRef last) {
    int start = first.start() + first.text().indexOf(from);
    return new TextSpan(start, last.end(), raw.substring(start, last.end()));
  }

  static Shift shift(
      Severity severity, String message, TextSpan original, TextSpan translation, ShiftKind... k) {
    return new Shift(List.of(k), severity, 0.5, message, original, translation);
  }

  static Pair match(
      double similarity,
      boolean moved,
      List<SentenceRef> original,
      List<SentenceRef> translation,
      Shift... shifts) {
    return new Pair(
        PairKind.MATCH, similarity, 1 - similarity, moved, original, translation, List.of(shifts));
  }

  static Pair omission(SentenceRef original, Shift... shifts) {
    return new Pair(
        PairKind.OMISSION, null, 1, false, List.of(original), List.of(), List.of(shifts));
  }

  static Pair addition(SentenceRef translation, Shift... shifts) {
    return new Pair(
        PairKind.ADDITION, null, 1, false, List.of(), List.of(translation), List.of(shifts));
  }

  static DriftReport report(
      String originalPath,
      String translationPath,
      String model,
      List<Pair> pairs,
      List<String> reasons,
      List<String> warnings) {
    int originals = 0;
    int translations = 0;
    for (Pair p : pairs) {
      originals += p.original().size();
      translations += p.translation().size();
    }
    return new DriftReport(
        DriftReport.SCHEMA,
        new DocumentSummary(originalPath, "text", "en", originals),
        new DocumentSummary(translationPath, "text", "fr", translations),
        new ModelSummary(model, "ab".repeat(32)),
        0.42,
        reasons.isEmpty() ? Verdict.PASS : Verdict.FAIL,
        reasons,
        Thresholds.defaults(),
        Counts.of(pairs),
        pairs,
        warnings);
  }

  /**
   * A small report with every pair kind (a 1:2 match, a moved match, an omission, an addition),
   * shifts of every severity and kind, overlapping shifts, a shift across two sentences, a
   * zero-length span, a span reaching past its sentence and one lying outside every sentence.
   */
  static DriftReport sample() {
    Doc o = new Doc();
    SentenceRef o1 = o.sentence("The council approved a budget of 12 million euros on Monday.");
    SentenceRef o2 = o.sentence("Mayor Anne Dupont said the plan was \"not negotiable\".");
    SentenceRef o3 = o.sentence("Critics called it reckless.");
    SentenceRef o4 = o.sentence("The vote passed 31 to 9 after a long debate.");
    SentenceRef o5 = o.sentence("Work starts in May.");
    SentenceRef o6 =
        o.sentence(
            "Details are in [the plan](#budget) and `budget.csv`; see {appendix} for the"
                + " timetable.");
    Doc t = new Doc();
    SentenceRef t1 = t.sentence("On Monday the council approved a budget of 15 million euros.");
    SentenceRef t2 = t.sentence("Mayor Anna Dupont called the plan \"open to talks\".");
    SentenceRef t3 = t.sentence("The vote passed 31 to 9.");
    List<SentenceRef> t45 = t.sentences("Critics called it bold.", "It was, they said, reckless.");
    SentenceRef t6 = t.sentence("Residents can comment until June.");
    SentenceRef t7 =
        t.sentence(
            "Particulars are in [the plan](#budjet) and `budget.cvs`; see {anexo} for the"
                + " timetable.");

    List<Pair> pairs = new ArrayList<>();
    pairs.add(
        match(
            0.91,
            false,
            List.of(o1),
            List.of(t1),
            shift(
                Severity.ERROR,
                "number changed: 12 million → 15 million",
                span(o1, "12 million"),
                span(t1, "15 million"),
                ShiftKind.NUMBER),
            shift(
                Severity.INFO,
                "word order changed: on Monday",
                span(o1, "on Monday"),
                span(t1, "On Monday"),
                ShiftKind.SUBSTITUTION)));
    pairs.add(
        match(
            0.62,
            false,
            List.of(o2),
            List.of(t2),
            shift(
                Severity.ERROR,
                "name changed: Anne → Anna",
                span(o2, "Anne"),
                span(t2, "Anna"),
                ShiftKind.ENTITY),
            shift(
                Severity.ERROR,
                "negation lost in a quote: not negotiable → open to talks",
                span(o2, "\"not negotiable\""),
                span(t2, "\"open to talks\""),
                ShiftKind.QUOTE,
                ShiftKind.NEGATION),
            shift(
                Severity.WARNING,
                "reporting verb changed: said the plan was → called the plan",
                span(o2, "said the plan was \"not"),
                span(t2, "called the plan \"open"),
                ShiftKind.SUBSTITUTION)));
    List<SentenceRef> t45Both = t45;
    pairs.add(
        match(
            0.71,
            false,
            List.of(o3),
            t45Both,
            shift(
                Severity.WARNING,
                "word changed: reckless → bold",
                span(o3, "reckless"),
                span(t45.get(0), "bold"),
                ShiftKind.SUBSTITUTION),
            shift(
                Severity.INFO,
                "restated in a second sentence",
                null,
                spanAcross(t.raw(), t45.get(0), "bold", t45.get(1)),
                ShiftKind.ADDITION)));
    pairs.add(
        match(
            0.88,
            true,
            List.of(o4),
            List.of(t3),
            shift(
                Severity.WARNING,
                "dropped: after a long debate",
                span(o4, "after a long debate"),
                new TextSpan(t3.end() - 1, t3.end() - 1, ""),
                ShiftKind.OMISSION)));
    pairs.add(
        omission(
            o5,
            shift(
                Severity.ERROR,
                "sentence dropped in the translation",
                span(o5, o5.text()),
                null,
                ShiftKind.OMISSION)));
    pairs.add(
        addition(
            t6,
            shift(
                Severity.INFO,
                "sentence added in the translation",
                null,
                span(t6, t6.text()),
                ShiftKind.ADDITION)));
    TextSpan reachingBack = span(o6, "Details are");
    pairs.add(
        match(
            0.77,
            false,
            List.of(o6),
            List.of(t7),
            shift(
                Severity.WARNING,
                "link target changed: #budget → #budjet",
                span(o6, "(#budget)"),
                span(t7, "(#budjet)"),
                ShiftKind.LINK),
            shift(
                Severity.WARNING,
                "inline code changed: budget.csv → budget.cvs",
                span(o6, "`budget.csv`"),
                span(t7, "`budget.cvs`"),
                ShiftKind.CODE),
            shift(
                Severity.ERROR,
                "placeholder changed: {appendix} → {anexo}",
                span(o6, "{appendix}"),
                span(t7, "{anexo}"),
                ShiftKind.PLACEHOLDER),
            shift(
                Severity.INFO,
                "glossary: Details must be rendered as Details",
                new TextSpan(
                    reachingBack.start() - 2,
                    reachingBack.end(),
                    "\n\n" + reachingBack.text()), // reaches back into the blank line
                span(t7, "Particulars"),
                ShiftKind.GLOSSARY),
            shift(
                Severity.INFO,
                "a span between sentences",
                new TextSpan(o6.start() - 2, o6.start() - 1, "\n"),
                null,
                ShiftKind.SUBSTITUTION)));
    return report(
        "docs/en/budget.md",
        "docs/fr/budget.md",
        "test-model",
        pairs,
        List.of("drift 0.42 is above maxDrift 0.30"),
        List.of("the translation is much shorter than the original"));
  }

  /** Text that would run script, load something or reorder text if it were markup. */
  static List<String> hostileTexts(String baseUrl) {
    return List.of(
        "<script>document.title='PWNED';window.__pwned=1;fetch('" + baseUrl + "/script')</script>",
        "<img src=\"" + baseUrl + "/img\" onerror=\"window.__pwned=2\" id=\"pwned\">",
        "<a href=\"javascript:window.__pwned=3\" id=\"pwned-link\">click me</a>",
        "</textarea><svg onload=\"window.__pwned=4\"><circle r=\"9\"/></svg>",
        "]]><iframe src=\"" + baseUrl + "/iframe\"></iframe><!-- -->",
        "<style>@import url(" + baseUrl + "/css); body{display:none}</style>",
        "<link rel=stylesheet href=" + baseUrl + "/link><base href=\"" + baseUrl + "/\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=" + baseUrl + "/meta\">",
        "\"><img src=x onerror=window.__pwned=5 data-pwned>'",
        "The file is called \u202Egnp.exe and \u2067this\u2069 is isolated \u200F.",
        "<object data=\"" + baseUrl + "/object\"></object><video src=" + baseUrl + "/video>");
  }

  /** A report whose every string carries hostile text. */
  static DriftReport hostile(String baseUrl) {
    List<String> texts = hostileTexts(baseUrl);
    Doc o = new Doc();
    Doc t = new Doc();
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      SentenceRef os = o.sentence("Original " + i + ": " + texts.get(i));
      SentenceRef ts = t.sentence("Translation " + i + ": " + texts.get(i));
      String payload = texts.get(i);
      Shift shift =
          shift(
              Severity.values()[i % 3],
              "message " + payload,
              span(os, payload),
              span(ts, payload.substring(0, Math.min(6, payload.length()))),
              ShiftKind.values()[i % ShiftKind.values().length]);
      Pair pair =
          i % 4 == 1
              ? omission(os, shift)
              : match(0.5 + i / 40.0, i % 3 == 0, List.of(os), List.of(ts), shift);
      pairs.add(pair);
      if (i % 4 == 1) {
        pairs.add(addition(ts));
      }
    }
    String bad = texts.get(1) + texts.get(8);
    DriftReport r =
        report(
            "\"><script>window.__pwned=6</script>" + texts.get(0) + ".md",
            "x/" + texts.get(8) + "\u202Etxt.md",
            "model " + bad,
            pairs,
            List.of("reason " + texts.get(0), "reason " + texts.get(3)),
            List.of("warning " + texts.get(4)));
    return withHeader(
        r,
        new DocumentSummary(r.original().path(), "text\"><b>", "en\" onmouseover=\"x", 11),
        new DocumentSummary(r.translation().path(), "<i>html", "fr", 11),
        new ModelSummary(r.model().name(), texts.get(2)));
  }

  /** A report with other summaries of its two documents and model; the rest as it was. */
  static DriftReport withHeader(
      DriftReport r, DocumentSummary original, DocumentSummary translation, ModelSummary model) {
    return new DriftReport(
        r.schema(),
        original,
        translation,
        model,
        r.drift(),
        r.verdict(),
        r.reasons(),
        r.thresholds(),
        r.counts(),
        r.pairs(),
        r.warnings());
  }

  /**
   * A report whose translation was graded as worded freely ({@code "wording": "free"}).
   *
   * @param r the report
   * @return the same report, its translation's summary marked free
   */
  public static DriftReport freelyWorded(DriftReport r) {
    DocumentSummary t = r.translation();
    return withHeader(
        r,
        r.original(),
        new DocumentSummary(t.path(), t.format(), t.language(), t.sentences(), null, "free"),
        r.model());
  }

  /** The seed pair as the CLI reports it, with hand-added shifts (see the resource). */
  static DriftReport seed() {
    try (InputStream in = ReportFixtures.class.getResourceAsStream("seed-report.json")) {
      if (in == null) {
        throw new IllegalStateException("missing seed-report.json");
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return JsonRenderer.read(reader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
