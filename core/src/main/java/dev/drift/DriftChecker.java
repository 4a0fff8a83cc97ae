package dev.drift;

import dev.drift.align.Aligner;
import dev.drift.align.Alignment;
import dev.drift.align.Bead;
import dev.drift.align.JoinedEmbedder;
import dev.drift.align.LexicalOverlap;
import dev.drift.align.SentenceVectors;
import dev.drift.baseline.Baseline;
import dev.drift.baseline.BaselineEntry;
import dev.drift.baseline.BaselineMatcher;
import dev.drift.embed.CachingEmbedder;
import dev.drift.embed.Embedder;
import dev.drift.embed.Embedding;
import dev.drift.embed.EmbeddingCache;
import dev.drift.embed.ModelInfo;
import dev.drift.embed.ModelSource;
import dev.drift.embed.OnnxEmbedder;
import dev.drift.embed.TokenVectors;
import dev.drift.embed.VectorMath;
import dev.drift.load.DocumentLoader;
import dev.drift.load.SourceDocument;
import dev.drift.load.Verbatim;
import dev.drift.report.Counts;
import dev.drift.report.DocumentSummary;
import dev.drift.report.DriftReport;
import dev.drift.report.ModelSummary;
import dev.drift.report.Pair;
import dev.drift.report.PairKind;
import dev.drift.report.SentenceRef;
import dev.drift.report.Verdict;
import dev.drift.report.json.JsonRenderer;
import dev.drift.score.DriftScorer;
import dev.drift.segment.Sentence;
import dev.drift.segment.SentenceSegmenter;
import dev.drift.shift.AlignedPair;
import dev.drift.shift.PairSide;
import dev.drift.shift.Shift;
import dev.drift.shift.ShiftFinder;
import dev.drift.shift.TextSpan;
import dev.drift.shift.Words;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;
import java.util.function.Supplier;

/**
 * The drift facade: compares a document with its translation and reports the alignment, the drift
 * score and the verdict.
 *
 * <pre>{@code
 * try (DriftChecker checker = DriftChecker.create(DriftOptions.defaults())) {
 *   DriftReport report = checker.compare(Path.of("en/guide.md"), Path.of("fr/guide.md"));
 *   System.out.println(report.drift() + " " + report.verdict());
 * }
 * }</pre>
 *
 * <p>The model is loaded on the first comparison and reused for every later one; close the checker
 * to release it. Instances are thread-safe.
 */
public final class DriftChecker implements AutoCloseable {
  private final DriftOptions options;
  private final SentenceSegmenter originalSegmenter;
  private final SentenceSegmenter translationSegmenter;
  private final Aligner aligner;
  private final Supplier<Embedder> embedderFactory;
  private final boolean ownsEmbedder;
  private final EmbeddingCache cache;
  private final boolean ownsCache;
  private Embedder embedder;
  private ModelSource source;
  private String modelKey;

  private DriftChecker(DriftOptions options, Supplier<Embedder> factory, boolean ownsEmbedder) {
    this(
        options,
        factory,
        ownsEmbedder,
        factory == null && options.cache()
            ? EmbeddingCache.open(options.effectiveCacheDirectory())
            : null,
        true);
  }

  private DriftChecker(
      DriftOptions options,
      Supplier<Embedder> factory,
      boolean ownsEmbedder,
      EmbeddingCache cache,
      boolean ownsCache) {
    this.options = options;
    this.originalSegmenter = SentenceSegmenter.create(checkLanguage(options.originalLanguage()));
    this.translationSegmenter =
        SentenceSegmenter.create(checkLanguage(options.effectiveTranslationLanguage()));
    this.aligner = Aligner.create(options.alignment());
    this.ownsEmbedder = ownsEmbedder;
    this.cache = cache;
    this.ownsCache = ownsCache;
    this.embedderFactory = factory != null ? factory : this::cachedModel;
  }

  /**
   * A checker for other languages that shares this one's model and cache (for a batch over several
   * translation languages). Close this checker, not the returned one, when done.
   *
   * @param original the original's language
   * @param translation the translation's language
   * @return the checker
   */
  public DriftChecker withLanguages(String original, String translation) {
    return new DriftChecker(
        options.withOriginalLanguage(original).withTranslationLanguage(translation),
        this::embedder,
        false,
        cache,
        false);
  }

  /** The model behind the cache: loaded only when a text is missing from it. */
  private Embedder cachedModel() {
    if (cache == null || !cache.enabled()) {
      return OnnxEmbedder.load(modelSource(), embedderOptions(options));
    }
    return CachingEmbedder.create(
        cache, modelKey(), () -> OnnxEmbedder.load(modelSource(), embedderOptions(options)));
  }

  private synchronized ModelSource modelSource() {
    if (source == null) {
      source = sourceOf(options);
    }
    return source;
  }

  /**
   * Everything that changes the vectors: the model's files (graph, tokenizer, configuration), the
   * pooling, the normalisation.
   */
  private synchronized String modelKey() {
    if (modelKey == null) {
      modelKey =
          modelSource().identity()
              + "|"
              + (options.pooling() == null ? "model-pooling" : options.pooling().name())
              + "|"
              + (options.normalize() ? "unit" : "raw");
    }
    return modelKey;
  }

  /**
   * Creates a checker that loads its model (the bundled one, or {@link
   * DriftOptions#modelDirectory()}) on first use.
   *
   * @param options the options
   * @return the checker; close it when done
   * @throws DriftInputException if an option is invalid
   */
  public static DriftChecker create(DriftOptions options) {
    return new DriftChecker(options, null, true);
  }

  /**
   * Creates a checker over an embedder the caller owns (and closes), for sharing one model between
   * checkers or for tests.
   *
   * @param options the options (model settings are ignored)
   * @param embedder the embedder
   * @return the checker
   */
  public static DriftChecker create(DriftOptions options, Embedder embedder) {
    return new DriftChecker(options, () -> embedder, false);
  }

  /**
   * Loads the model the options name.
   *
   * @param options the options
   * @return a new embedder; the caller closes it
   * @throws DriftException if the model cannot be loaded
   */
  public static Embedder loadEmbedder(DriftOptions options) {
    return OnnxEmbedder.load(sourceOf(options), embedderOptions(options));
  }

  /**
   * The model the options name: a directory, a bundled model's name ({@code minilm-int8}), or the
   * default bundled model.
   */
  private static ModelSource sourceOf(DriftOptions options) {
    Path dir = options.modelDirectory();
    if (dir == null) {
      return ModelSource.bundled(options.effectiveCacheDirectory());
    }
    Optional<ModelSource.Bundled> bundled =
        dir.getNameCount() == 1 && !Files.exists(dir)
            ? ModelSource.Bundled.named(dir.toString())
            : Optional.empty();
    return bundled.isPresent()
        ? ModelSource.bundled(bundled.get(), options.effectiveCacheDirectory())
        : ModelDirectoryCheck.check(ModelSource.directory(dir));
  }

  private static OnnxEmbedder.Options embedderOptions(DriftOptions options) {
    return OnnxEmbedder.Options.defaults()
        .withPooling(options.pooling())
        .withNormalize(options.normalize());
  }

  /**
   * Returns the options.
   *
   * @return the options this checker was created with
   */
  public DriftOptions options() {
    return options;
  }

  /**
   * Describes the model, loading it if needed.
   *
   * @return the model's name, hash and dimensions
   */
  public ModelInfo model() {
    return embedder().info();
  }

  /**
   * Compares two files.
   *
   * @param original the original
   * @param translation its translation
   * @return the report
   * @throws DriftInputException if a file cannot be read or parsed
   * @throws DriftException if the model fails
   */
  public DriftReport compare(Path original, Path translation) {
    return compare(original, translation, null);
  }

  /**
   * Compares two files under a baseline: shifts it accepts are marked {@link Shift#accepted()}, add
   * nothing to drift and do not fail the verdict; its entries for the pair that match nothing are
   * listed as {@link DriftReport#stale()}. With the cache on, a report for unchanged files, options
   * and baseline entries is served from the cache.
   *
   * @param original the original
   * @param translation its translation
   * @param baseline the baseline, or {@code null} for none
   * @return the report
   * @throws DriftInputException if a file cannot be read or parsed
   * @throws DriftException if the model fails
   */
  public DriftReport compare(Path original, Path translation, Baseline baseline) {
    List<BaselineEntry> entries =
        baseline == null ? List.of() : baseline.entries(original, translation);
    byte[] a = DocumentLoader.read(original);
    byte[] b = DocumentLoader.read(translation);
    byte[] key =
        cache != null && cache.enabled() ? reportKey(original, a, translation, b, entries) : null;
    if (key != null) {
      Optional<String> stored = cache.report(key);
      if (stored.isPresent()) {
        try {
          return JsonRenderer.read(new StringReader(stored.get()));
        } catch (IOException e) {
          // an unreadable entry is recomputed and replaced below
        }
      }
    }
    DriftReport report =
        compare(
            DocumentLoader.load(original.toString(), a, options.inputFormat()),
            DocumentLoader.load(translation.toString(), b, options.inputFormat()),
            entries);
    if (key != null) {
      cache.putReport(key, JsonRenderer.create().toJson(report));
    }
    return report;
  }

  /**
   * The key of a report in the cache: a hash of everything the report depends on — drift's code,
   * the options, the model, both files' names and bytes, the baseline entries for the pair.
   */
  private byte[] reportKey(
      Path original, byte[] a, Path translation, byte[] b, List<BaselineEntry> entries) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String part :
          new String[] {
            CodeVersion.fingerprint(),
            options.toString(),
            modelKey(),
            original.toString(),
            translation.toString(),
            entries.toString()
          }) {
        digest.update(part.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
      digest.update(a);
      digest.update((byte) 0);
      digest.update(b);
      return digest.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  /**
   * Compares two loaded documents.
   *
   * @param original the original
   * @param translation its translation
   * @return the report
   * @throws DriftException if the model fails
   */
  public DriftReport compare(SourceDocument original, SourceDocument translation) {
    return compare(original, translation, List.of());
  }

  /**
   * Compares two loaded documents under the baseline entries of the pair.
   *
   * @param original the original
   * @param translation its translation
   * @param accepted the pair's baseline entries (see {@link Baseline#entries})
   * @return the report
   * @throws DriftException if the model fails
   */
  public DriftReport compare(
      SourceDocument original, SourceDocument translation, List<BaselineEntry> accepted) {
    List<Sentence> as = originalSegmenter.segment(original);
    List<Sentence> bs = translationSegmenter.segment(translation);
    AlignmentLimit.check(original.name(), as.size(), translation.name(), bs.size());
    Embedder model = embedder();
    Map<String, Embedding> embedded = embedDistinct(model, as, bs);
    SentenceVectors va = vectors(as, embedded);
    SentenceVectors vb = vectors(bs, embedded);
    JoinedEmbedder joined = joinedEmbedder(model, as, bs);
    LexicalOverlap lexical =
        LexicalOverlap.of(
            as.stream().map(Sentence::content).toList(),
            bs.stream().map(Sentence::content).toList());
    Alignment alignment = aligner.align(va, vb, lexical, joined);
    List<List<Shift>> shifts = shifts(model, alignment, original, as, translation, bs, embedded);
    BaselineMatcher baseline = BaselineMatcher.of(accepted);
    shifts = accept(baseline, alignment, as, bs, shifts);
    DriftScorer.Score score = DriftScorer.score(alignment, as, bs, shifts, options.thresholds());

    List<Pair> pairs = new ArrayList<>();
    List<Bead> beads = alignment.beads();
    for (int p = 0; p < beads.size(); p++) {
      Bead bead = beads.get(p);
      PairKind kind =
          bead.isMatch()
              ? PairKind.MATCH
              : bead.isOmission() ? PairKind.OMISSION : PairKind.ADDITION;
      pairs.add(
          new Pair(
              kind,
              bead.isMatch() ? round(bead.similarity()) : null,
              round(score.pairDrift()[p]),
              bead.moved(),
              refs(as, bead.original()),
              refs(bs, bead.translation()),
              shifts.get(p)));
    }
    List<String> warnings = new ArrayList<>();
    if (as.isEmpty()) {
      warnings.add(original.name() + " has no sentences");
    }
    if (bs.isEmpty()) {
      warnings.add(translation.name() + " has no sentences");
    }
    warnings.addAll(
        ScriptCheck.warnings(model.info(), original.name(), as, translation.name(), bs));
    ModelInfo info = model.info();
    return new DriftReport(
        DriftReport.SCHEMA,
        new DocumentSummary(
            original.name(), original.format().id(), originalSegmenter.language(), as.size()),
        new DocumentSummary(
            translation.name(),
            translation.format().id(),
            translationSegmenter.language(),
            bs.size()),
        new ModelSummary(info.name(), info.sha256()),
        round(score.drift()),
        score.passes() ? Verdict.PASS : Verdict.FAIL,
        score.reasons(),
        options.thresholds(),
        Counts.of(pairs),
        List.copyOf(pairs),
        List.copyOf(warnings),
        baseline.stale());
  }

  /** Marks the shifts the baseline accepts. */
  private static List<List<Shift>> accept(
      BaselineMatcher baseline,
      Alignment alignment,
      List<Sentence> as,
      List<Sentence> bs,
      List<List<Shift>> shifts) {
    List<List<Shift>> out = new ArrayList<>(shifts.size());
    List<Bead> beads = alignment.beads();
    for (int p = 0; p < beads.size(); p++) {
      Bead bead = beads.get(p);
      List<String> a = Arrays.stream(bead.original()).mapToObj(i -> as.get(i).text()).toList();
      List<String> b = Arrays.stream(bead.translation()).mapToObj(j -> bs.get(j).text()).toList();
      List<Shift> marked = new ArrayList<>();
      for (Shift s : shifts.get(p)) {
        marked.add(baseline.apply(s, a, b, bead.isMatch()));
      }
      out.add(List.copyOf(marked));
    }
    return out;
  }

  @Override
  public synchronized void close() {
    if (embedder != null && ownsEmbedder) {
      embedder.close();
    }
    embedder = null;
    if (cache != null && ownsCache) {
      cache.close();
    }
  }

  private synchronized Embedder embedder() {
    if (embedder == null) {
      embedder = embedderFactory.get();
    }
    return embedder;
  }

  /** Embeds each distinct sentence once. */
  private static Map<String, Embedding> embedDistinct(
      Embedder model, List<Sentence> as, List<Sentence> bs) {
    LinkedHashMap<String, Embedding> distinct = new LinkedHashMap<>();
    for (List<Sentence> side : List.of(as, bs)) {
      for (Sentence s : side) {
        distinct.put(s.content(), null);
      }
    }
    List<String> texts = new ArrayList<>(distinct.keySet());
    List<Embedding> vectors = model.embed(texts);
    for (int k = 0; k < texts.size(); k++) {
      distinct.put(texts.get(k), vectors.get(k));
    }
    return distinct;
  }

  private static SentenceVectors vectors(
      List<Sentence> sentences, Map<String, Embedding> embedded) {
    float[][] v = new float[sentences.size()][];
    int[] w = new int[sentences.size()];
    for (int k = 0; k < v.length; k++) {
      Embedding e = embedded.get(sentences.get(k).content());
      v[k] = e.vector();
      w[k] = e.tokenCount();
    }
    return new SentenceVectors(v, w);
  }

  private static JoinedEmbedder joinedEmbedder(
      Embedder model, List<Sentence> as, List<Sentence> bs) {
    Map<String, float[]> memo = new HashMap<>();
    return (original, translation) -> {
      float[] x =
          memo.computeIfAbsent(
              "o" + Arrays.toString(original), k -> joinedVector(model, as, original));
      float[] y =
          memo.computeIfAbsent(
              "t" + Arrays.toString(translation), k -> joinedVector(model, bs, translation));
      return VectorMath.cosine(x, y);
    };
  }

  private static float[] joinedVector(Embedder model, List<Sentence> sentences, int[] indices) {
    StringBuilder text = new StringBuilder();
    for (int i : indices) {
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append(sentences.get(i).content());
    }
    return model.embed(List.of(text.toString())).get(0).vector();
  }

  /** The shifts of every bead: wording shifts for matches, a whole-sentence shift otherwise. */
  private List<List<Shift>> shifts(
      Embedder model,
      Alignment alignment,
      SourceDocument original,
      List<Sentence> as,
      SourceDocument translation,
      List<Sentence> bs,
      Map<String, Embedding> embedded) {
    ShiftFinder finder = ShiftFinder.create(options.shifts(), model);
    List<AlignedPair> matched = new ArrayList<>();
    for (Bead bead : alignment.beads()) {
      if (bead.isMatch()) {
        matched.add(
            new AlignedPair(
                side(original, as, bead.original(), options.originalLanguage(), embedded),
                side(
                    translation,
                    bs,
                    bead.translation(),
                    options.effectiveTranslationLanguage(),
                    embedded),
                bead.similarity(),
                options.sameLanguage()));
      }
    }
    List<List<Shift>> found = finder.find(matched);
    List<List<Shift>> out = new ArrayList<>();
    int k = 0;
    for (Bead bead : alignment.beads()) {
      if (bead.isMatch()) {
        out.add(found.get(k++));
        continue;
      }
      List<Shift> sentenceShifts = new ArrayList<>();
      for (int i : bead.original()) {
        Sentence s = as.get(i);
        sentenceShifts.add(finder.sentenceShift(new TextSpan(s.start(), s.end(), s.text()), true));
      }
      for (int j : bead.translation()) {
        Sentence s = bs.get(j);
        sentenceShifts.add(finder.sentenceShift(new TextSpan(s.start(), s.end(), s.text()), false));
      }
      out.add(List.copyOf(sentenceShifts));
    }
    return out;
  }

  /**
   * One side of a matched pair: its sentences' content joined by spaces, mapped back to the file.
   */
  private static PairSide side(
      SourceDocument doc,
      List<Sentence> sentences,
      int[] indices,
      String language,
      Map<String, Embedding> embedded) {
    StringBuilder text = new StringBuilder();
    int[] pieceStart = new int[indices.length];
    List<TokenVectors> tokens = new ArrayList<>();
    List<Verbatim> verbatim = new ArrayList<>();
    for (int k = 0; k < indices.length; k++) {
      Sentence s = sentences.get(indices[k]);
      if (k > 0) {
        text.append(' ');
      }
      pieceStart[k] = text.length();
      text.append(s.content());
      tokens.add(embedded.get(s.content()).tokens());
      for (Verbatim v : doc.blocks().get(s.block()).verbatim()) {
        if (v.start() >= s.start() && v.end() <= s.end()) {
          verbatim.add(v);
        }
      }
    }
    String joined = text.toString();
    IntFunction<int[]> locate =
        index -> {
          int k = pieceStart.length - 1;
          while (k > 0 && pieceStart[k] > index) {
            k--;
          }
          return new int[] {k, index - pieceStart[k]};
        };
    IntUnaryOperator rawStart =
        index -> {
          int[] at = locate.apply(index);
          Sentence s = sentences.get(indices[at[0]]);
          return at[1] < s.content().length() ? s.contentMap().rawStart(at[1]) : s.end();
        };
    IntUnaryOperator rawEnd =
        index -> {
          int[] at = locate.apply(index);
          Sentence s = sentences.get(indices[at[0]]);
          return at[1] < s.content().length() ? s.contentMap().rawEnd(at[1]) : s.end();
        };
    return new PairSide(
        joined,
        language,
        Words.of(joined, language),
        TokenVectors.concat(tokens, pieceStart),
        List.copyOf(verbatim),
        doc.text(),
        rawStart,
        rawEnd);
  }

  private static List<SentenceRef> refs(List<Sentence> sentences, int[] indices) {
    List<SentenceRef> refs = new ArrayList<>(indices.length);
    for (int i : indices) {
      Sentence s = sentences.get(i);
      refs.add(new SentenceRef(s.start(), s.end(), s.line(), s.column(), s.text()));
    }
    return refs;
  }

  private static double round(double value) {
    return Math.round(value * 10000) / 10000.0;
  }

  private static String checkLanguage(String tag) {
    try {
      Locale locale = new Locale.Builder().setLanguageTag(tag).build();
      if (locale.getLanguage().isEmpty()) {
        throw new DriftInputException("language '" + tag + "' names no language");
      }
      return tag;
    } catch (IllformedLocaleException e) {
      throw new DriftInputException(
          "'" + tag + "' is not a BCP 47 language tag (e.g. en, fr, pt-BR)", e);
    }
  }
}
