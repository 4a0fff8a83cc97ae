package dev.drift.shift;

import dev.drift.align.Alignment;
import dev.drift.align.Bead;
import dev.drift.embed.EmbeddedPair;
import dev.drift.embed.Embedder;
import dev.drift.embed.Embedding;
import dev.drift.segment.LanguageTags;
import dev.drift.segment.SegmentedDocument;
import dev.drift.segment.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the wording shifts inside aligned pairs and grades them.
 *
 * <ol>
 *   <li>Changed spans: a word diff for same-language pairs ({@link WordDiffShiftDetector}), token
 *       matching for pairs in two languages ({@link TokenMatchShiftDetector}).
 *   <li>Impact of each change ({@link ImpactScorer}); the changed words and phrases of all pairs
 *       are embedded on their own in one batch.
 *   <li>Deterministic evidence: numbers and dates, names and acronyms, negation, links, code and
 *       placeholders, quotations, glossary terms ({@link NumberShiftDetector}, {@link
 *       EntityShiftDetector}, {@link NegationShiftDetector}, {@link VerbatimShiftDetector}, {@link
 *       QuoteShiftDetector}, {@link GlossaryShiftDetector}).
 *   <li>Severity: the impact score against {@link ShiftOptions}, raised to error by a number,
 *       entity, negation, link/code/placeholder, quotation or glossary finding; neutral changes
 *       (the same date written another way, a transliteration variant) are info. In a document
 *       worded freely ({@link Wording}) the impact score alone is information, and only the
 *       evidence that survives paraphrase raises a change.
 * </ol>
 *
 * Thread-safe.
 */
public final class ShiftFinder {
  private static final Set<ShiftKind> WORDING =
      EnumSet.of(ShiftKind.SUBSTITUTION, ShiftKind.OMISSION, ShiftKind.ADDITION);
  private static final double DETERMINISTIC_SCORE = 0.9;
  private static final Comparator<Shift> BY_POSITION =
      Comparator.comparingInt(
              (Shift s) -> s.original() == null ? Integer.MAX_VALUE : s.original().start())
          .thenComparingInt(
              s -> s.translation() == null ? Integer.MAX_VALUE : s.translation().start());

  private final ShiftOptions options;
  private final Embedder embedder;
  private final List<ShiftDetector> evidence;

  /**
   * The evidence that survives paraphrase, for a document worded freely ({@link Wording#FREE}):
   * numbers, names, negation, links and code, pronouns, quotations both sides quote, glossary
   * terms.
   */
  private final List<ShiftDetector> surviving;

  private ShiftFinder(ShiftOptions options, Embedder embedder) {
    this.options = options;
    this.embedder = embedder;
    List<ShiftDetector> stated =
        List.of(
            NumberShiftDetector.create(),
            EntityShiftDetector.create(),
            NegationShiftDetector.create(),
            VerbatimShiftDetector.create(),
            PronounShiftDetector.create());
    ShiftDetector glossary = GlossaryShiftDetector.create(options.glossary());
    List<ShiftDetector> all = new ArrayList<>(stated);
    all.addAll(
        List.of(
            RoleSwapShiftDetector.create(),
            MinorFormShiftDetector.create(WordNetLexicon.english()),
            TenseShiftDetector.create(WordNetLexicon.english()),
            QuestionShiftDetector.create(),
            ContentShiftDetector.create(WordNetLexicon.english()),
            QuoteShiftDetector.create(options.warningScore()),
            glossary));
    this.evidence = List.copyOf(all);
    List<ShiftDetector> kept = new ArrayList<>(stated);
    kept.add(QuoteShiftDetector.quotedOnBothSides(options.warningScore()));
    kept.add(glossary);
    this.surviving = List.copyOf(kept);
  }

  /**
   * Creates a finder.
   *
   * @param options how shifts are graded
   * @param embedder the model, used to embed changed words and phrases on their own
   * @return the finder
   */
  public static ShiftFinder create(ShiftOptions options, Embedder embedder) {
    return new ShiftFinder(options, embedder);
  }

  /**
   * Returns the grading options.
   *
   * @return the options
   */
  public ShiftOptions options() {
    return options;
  }

  /**
   * The shift stage: wording shifts inside every matched bead, and a whole-sentence shift for every
   * sentence dropped or added.
   *
   * @param alignment the alignment
   * @param original the original
   * @param translation the translation
   * @param embedded both documents' vectors, whose token vectors the matching reads
   * @return the shifts of every bead
   * @throws dev.drift.DriftException if the model fails while embedding changed words
   */
  public Shifts find(
      Alignment alignment,
      SegmentedDocument original,
      SegmentedDocument translation,
      EmbeddedPair embedded) {
    boolean sameLanguage = LanguageTags.same(original.language(), translation.language());
    List<AlignedPair> matched = new ArrayList<>();
    for (Bead bead : alignment.beads()) {
      if (!bead.isMatch()) {
        continue;
      }
      PairSide a = PairSide.of(original, bead.original(), embedded.original());
      matched.add(
          translation.rendered()
              ? new AlignedPair(
                  a,
                  PairSide.written(translation, bead.translation(), null),
                  bead.similarity(),
                  false,
                  PairSide.rendering(
                      translation, bead.translation(), embedded.translation(), original.language()),
                  translation.rendering().words())
              : new AlignedPair(
                  a,
                  PairSide.of(translation, bead.translation(), embedded.translation()),
                  bead.similarity(),
                  sameLanguage));
    }
    boolean free = free(matched);
    List<List<Shift>> found = find(matched, free);
    List<List<Shift>> out = new ArrayList<>();
    int k = 0;
    for (Bead bead : alignment.beads()) {
      if (bead.isMatch()) {
        out.add(found.get(k++));
        continue;
      }
      List<Shift> sentenceShifts = new ArrayList<>();
      for (int i : bead.original()) {
        sentenceShifts.add(sentenceShift(original.sentence(i), true));
      }
      for (int j : bead.translation()) {
        sentenceShifts.add(sentenceShift(translation.sentence(j), false));
      }
      out.add(sentenceShifts);
    }
    return new Shifts(
        NeighbourSentences.review(alignment.beads(), original, translation, out),
        free ? Wording.FREE : Wording.LITERAL);
  }

  /**
   * Finds the shifts of matched pairs.
   *
   * @param given the pairs
   * @return for each pair its shifts, ordered by position in the original, then the translation
   */
  List<List<Shift>> find(List<AlignedPair> given) {
    return find(given, free(given));
  }

  /** Whether pairs in one language, none rendered, are graded as worded freely. */
  private boolean free(List<AlignedPair> pairs) {
    return pairs.stream().allMatch(x -> x.sameLanguage() && !x.rendered())
        && switch (options.wording()) {
          case FREE -> true;
          case LITERAL -> false;
          case AUTO -> Wording.of(pairs) == Wording.FREE;
        };
  }

  private List<List<Shift>> find(List<AlignedPair> given, boolean free) {
    List<AlignedPair> pairs = free ? given.stream().map(AlignedPair::freely).toList() : given;
    List<AlignedPair> wording = pairs.stream().map(AlignedPair::wording).toList();
    List<List<Finding>> all = new ArrayList<>(pairs.size());
    for (AlignedPair pair : wording) {
      List<Finding> findings = new ArrayList<>();
      WordDiffShiftDetector.create(lexicon(pair)).detect(pair, findings);
      TokenMatchShiftDetector.create().detect(pair, findings);
      all.add(findings);
    }
    Map<String, float[]> isolated = embedIsolated(wording, all);
    // Through a translator, as in free wording, only the evidence that survives paraphrase counts.
    List<ShiftDetector> evidence =
        free || pairs.stream().anyMatch(AlignedPair::rendered)
            ? survivingFor(pairs)
            : this.evidence;
    List<List<Shift>> out = new ArrayList<>(pairs.size());
    for (int p = 0; p < pairs.size(); p++) {
      AlignedPair pair = wording.get(p);
      List<Finding> findings = all.get(p);
      if (pair.sameLanguage()) {
        ImpactScorer scorer = new ImpactScorer(lexicon(pair), isolated);
        WordVectors va = new WordVectors(pair.original());
        WordVectors vb = new WordVectors(pair.translation());
        for (Finding f : findings) {
          scorer.score(pair, va, vb, f);
        }
      }
      if (pairs.get(p).rendered()) {
        out.add(rendered(pairs.get(p), wording, p, findings, evidence));
        continue;
      }
      for (ShiftDetector d : evidence) {
        d.detect(pair, findings);
      }
      if (free) {
        for (Finding f : findings) {
          f.ceiling = Severity.INFO; // paraphrase is the norm; only evidence raises a change
          DroppedClause.raise(wording, p, f, lexicon(pair));
        }
      }
      out.add(shifts(pair, findings));
    }
    return out;
  }

  /**
   * The shifts of a pair whose translation was rendered by a translator: the evidence that survives
   * translation comes from the real text in its own language (numbers, names, negation, quotes,
   * links, code, glossary), at its own severity; the word diff of the rendering ({@code words} at
   * {@code p}), which machine translation fills with paraphrase, is information only, except an
   * antonym the dictionary knows (not of the verbs of motion, come / go, bring / take, which
   * languages choose by where the speaker stands) and a clause dropped ({@link DroppedClause}).
   */
  private List<Shift> rendered(
      AlignedPair pair,
      List<AlignedPair> words,
      int p,
      List<Finding> wording,
      List<ShiftDetector> evidence) {
    List<Finding> findings = new ArrayList<>();
    for (ShiftDetector d : evidence) {
      d.detect(pair, findings);
    }
    List<Shift> out = new ArrayList<>(shifts(pair, findings));
    antonymsAcross(pair.wording(), wording);
    for (Finding f : wording) {
      if (f.ownRules != null) {
        f.floor = Severity.INFO; // languages choose "come" or "go", "therefore" or "but", their way
        f.reason = f.ownRules + ": " + f.reason.substring(f.reason.indexOf(' ') + 1);
      }
      if (f.floor != Severity.ERROR) {
        f.ceiling = Severity.INFO;
        DroppedClause.raise(words, p, f, lexicon(pair.wording()));
      }
      f.via = "via the rendering";
    }
    out.addAll(shifts(pair.wording(), wording));
    out.sort(BY_POSITION);
    return out;
  }

  /**
   * Marks an antonym whose two words the word diff put in two changes: a rendering orders words its
   * own way, so "the men feared" against "they dreaded those women" is "dropped: men" and "added:
   * women", and "on high … behold" against "Raise in low" two changes as well. The change holding
   * the translation's word gets the antonym (the words within one change are compared when it is
   * scored). Words that stand on both sides as often are moved, not opposed ("a time to weep, and a
   * time to laugh" against "time of crying, and time of laughing"; but "the seventh day … the
   * seventh day" against "the day seventh … the night seventh" lost a day), and the two words must
   * stand near the same place in their sentences (within {@value #NEAR} of its length): a long
   * verse holds an opposite pair somewhere by chance. A word under a negation and its antonym not
   * under one say the same ("Invalid packet" against "Package no valid").
   */
  private static final double NEAR = 0.15;

  private static void antonymsAcross(AlignedPair pair, List<Finding> findings) {
    Lexicon lexicon = lexicon(pair);
    List<Word> a = pair.original().words();
    List<Word> b = pair.translation().words();
    Map<String, Integer> inA = new HashMap<>();
    a.forEach(w -> inA.merge(w.norm(), 1, Integer::sum));
    Map<String, Integer> inB = new HashMap<>();
    b.forEach(w -> inB.merge(w.norm(), 1, Integer::sum));
    for (Finding f : findings) {
      for (Finding g : findings) {
        if (f == g || g.floor == Severity.ERROR) {
          continue;
        }
        for (int i = f.originalFrom; i < f.originalTo; i++) {
          for (int j = g.translationFrom; j < g.translationTo; j++) {
            Word x = a.get(i);
            Word y = b.get(j);
            if (x.content()
                && y.content()
                && g.floor != Severity.ERROR
                && inB.getOrDefault(x.norm(), 0) < inA.get(x.norm())
                && inA.getOrDefault(y.norm(), 0) < inB.get(y.norm())
                && Math.abs((double) i / a.size() - (double) j / b.size()) <= NEAR
                && lexicon.relation(x.norm(), y.norm()) == Lexicon.Relation.ANTONYM
                && !rendersAnother(y, a, inA, inB, lexicon)
                && NegationShiftDetector.negatedBefore(pair.original(), i)
                    == NegationShiftDetector.negatedBefore(pair.translation(), j)) {
              g.reason = "antonym: " + x.text() + " → " + y.text();
              g.raise(Severity.ERROR);
              g.ownRules =
                  ImpactScorer.deictic(lexicon, x.norm()) && ImpactScorer.deictic(lexicon, y.norm())
                      ? "verb of motion"
                      : null;
            }
          }
        }
      }
    }
  }

  /**
   * Whether a word the rendering has more often than the original renders another original word it
   * has fewer of: "good and evil" rendered "the well and the bad" opposes nothing, "bad" is "evil";
   * "a time to weep, and a time to laugh" rendered "time of crying" has "cry" for "weep".
   */
  private static boolean rendersAnother(
      Word y, List<Word> a, Map<String, Integer> inA, Map<String, Integer> inB, Lexicon lexicon) {
    for (Word z : a) {
      if (z.content()
          && inB.getOrDefault(z.norm(), 0) < inA.get(z.norm())
          && switch (lexicon.relation(z.norm(), y.norm())) {
            case SAME, SYNONYM, RELATED -> true;
            default -> false;
          }) {
        return true;
      }
    }
    return false;
  }

  /**
   * The detectors of the evidence that survives paraphrase, for a document worded freely or
   * rendered by a translator; the name detector learns from the whole document which capitalised
   * words are ordinary words and which names each version spells its own way ({@link
   * EntityShiftDetector#forDocument}).
   */
  private List<ShiftDetector> survivingFor(List<AlignedPair> pairs) {
    EntityShiftDetector names = EntityShiftDetector.forDocument(pairs);
    return surviving.stream().map(d -> d instanceof EntityShiftDetector ? names : d).toList();
  }

  /**
   * The shift of a whole sentence dropped from or added to the translation.
   *
   * @param sentence the sentence
   * @param omitted true for a sentence of the original missing in the translation
   * @return the shift, of the configured sentence severity
   */
  Shift sentenceShift(Sentence sentence, boolean omitted) {
    TextSpan span = new TextSpan(sentence.start(), sentence.end(), sentence.text());
    return new Shift(
        List.of(omitted ? ShiftKind.OMISSION : ShiftKind.ADDITION),
        options.sentenceSeverity(),
        1.0,
        omitted ? "sentence dropped in the translation" : "sentence added in the translation",
        omitted ? span : null,
        omitted ? null : span);
  }

  private Map<String, float[]> embedIsolated(List<AlignedPair> pairs, List<List<Finding>> all) {
    Set<String> texts = new LinkedHashSet<>();
    for (int p = 0; p < pairs.size(); p++) {
      if (pairs.get(p).sameLanguage()) {
        for (Finding f : all.get(p)) {
          texts.addAll(ImpactScorer.isolatedTexts(pairs.get(p), f));
        }
      }
    }
    Map<String, float[]> vectors = new HashMap<>();
    if (texts.isEmpty()) {
      return vectors;
    }
    List<String> list = new ArrayList<>(texts);
    List<Embedding> embedded = embedder.embed(list);
    for (int k = 0; k < list.size(); k++) {
      vectors.put(list.get(k), embedded.get(k).vector());
    }
    return vectors;
  }

  private static Lexicon lexicon(AlignedPair pair) {
    return LanguageTags.primary(pair.original().language()).equals("en")
        ? WordNetLexicon.english()
        : Lexicon.none();
  }

  private List<Shift> shifts(AlignedPair pair, List<Finding> findings) {
    List<Shift> out = new ArrayList<>();
    for (Finding f : findings) {
      TextSpan a =
          f.originalRaw != null
              ? f.originalRaw
              : span(pair.original(), f.originalFrom, f.originalTo);
      TextSpan b =
          f.translationRaw != null
              ? f.translationRaw
              : span(pair.translation(), f.translationFrom, f.translationTo);
      if (a == null && b == null) {
        continue;
      }
      if (f.score == 0 && f.reason == null && f.floor == Severity.INFO && !f.neutral) {
        continue; // every word of it moved elsewhere: word order, not wording
      }
      Set<ShiftKind> kinds =
          EnumSet.copyOf(f.kinds.isEmpty() ? EnumSet.of(ShiftKind.SUBSTITUTION) : f.kinds);
      if (kinds.stream().noneMatch(WORDING::contains)) {
        kinds.add(
            a != null && b != null
                ? ShiftKind.SUBSTITUTION
                : a != null ? ShiftKind.OMISSION : ShiftKind.ADDITION);
      }
      double score = f.score;
      Severity severity;
      if (f.neutral) {
        severity = Severity.INFO;
        score = Math.min(score, 0.1);
      } else {
        if (f.floor == Severity.ERROR && !kinds.contains(ShiftKind.QUOTE)) {
          score = Math.max(score, DETERMINISTIC_SCORE);
        }
        severity = options.severityOf(score);
        if (f.ceiling.compareTo(severity) < 0) {
          severity = f.ceiling;
        }
        if (f.floor.compareTo(severity) > 0) {
          severity = f.floor;
        }
      }
      out.add(
          new Shift(
              List.copyOf(kinds),
              severity,
              Math.round(score * 1000) / 1000.0,
              message(pair, f, kinds, a, b),
              a,
              b));
    }
    out.sort(BY_POSITION);
    return out;
  }

  private static TextSpan span(PairSide side, int from, int to) {
    if (to <= from) {
      return null;
    }
    return side.span(side.words().get(from).start(), side.words().get(to - 1).end());
  }

  private static String message(
      AlignedPair pair, Finding f, Set<ShiftKind> kinds, TextSpan a, TextSpan b) {
    String wording;
    String x = f.hasOriginal() ? clip(pair.original().textOf(f.originalFrom, f.originalTo)) : null;
    String y =
        f.hasTranslation()
            ? clip(pair.translation().textOf(f.translationFrom, f.translationTo))
            : null;
    if (x != null && y != null) {
      wording = x + " → " + y;
    } else if (x != null) {
      wording = "dropped: " + x;
    } else if (y != null) {
      wording = "added: " + y;
    } else {
      wording = a != null ? "dropped: " + clip(a.text()) : "added: " + clip(b.text());
    }
    boolean quote = kinds.contains(ShiftKind.QUOTE);
    String message;
    if (f.reason != null) {
      message = quote ? f.reason + " (inside a quotation)" : f.reason;
    } else {
      message = quote ? "quoted wording changed: " + wording : wording;
    }
    return f.via == null ? message : message + " (" + f.via + ")";
  }

  private static String clip(String s) {
    String one = s.replaceAll("\\s+", " ").strip();
    return one.length() <= 60 ? one : one.substring(0, 57) + "…";
  }
}
