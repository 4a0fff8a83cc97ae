package dev.drift;

import static dev.drift.StageTimings.timed;

import dev.drift.align.Alignment;
import dev.drift.align.Bead;
import dev.drift.baseline.Baseline;
import dev.drift.baseline.BaselineEntry;
import dev.drift.baseline.BaselineMatcher;
import dev.drift.bundle.Bundle;
import dev.drift.bundle.BundleReader;
import dev.drift.bundle.Unit;
import dev.drift.bundle.UnitChecks;
import dev.drift.bundle.UnitText;
import dev.drift.embed.DocumentEmbedder;
import dev.drift.embed.EmbeddedDocument;
import dev.drift.embed.EmbeddedPair;
import dev.drift.embed.Embedder;
import dev.drift.embed.EmbeddingModel;
import dev.drift.embed.VectorMath;
import dev.drift.language.LanguageGuard;
import dev.drift.load.Block;
import dev.drift.load.BlockKind;
import dev.drift.load.InputFormat;
import dev.drift.load.LineIndex;
import dev.drift.load.SourceDocument;
import dev.drift.report.DriftReport;
import dev.drift.report.Pair;
import dev.drift.report.ReportAssembler;
import dev.drift.score.DriftScorer;
import dev.drift.segment.Rendering;
import dev.drift.segment.SegmentedDocument;
import dev.drift.segment.Sentence;
import dev.drift.segment.UnitSegmenter;
import dev.drift.shift.Shift;
import dev.drift.shift.ShiftFinder;
import dev.drift.shift.ShiftKind;
import dev.drift.shift.Shifts;
import dev.drift.translate.DocumentTranslators;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks translation files (XLIFF, PO, {@code .properties} and JSON bundles): their units are
 * already paired, so there is no alignment; each unit's source and target are one pair, run through
 * the pipeline's stages — segment (one sentence per unit), translate, embed, shift, baseline,
 * score, report — with the unit checks of {@link UnitChecks} added to each pair's shifts. Units are
 * embedded and shift-checked {@value #BATCH} at a time, so memory stays bounded on large files. The
 * stages add their time to {@link StageTimings} ({@code --timings}) as {@link DriftChecker}'s do:
 * load, segment, translate, embed and shift; there is no align.
 *
 * <pre>{@code
 * try (BundleChecker checker = BundleChecker.create(DriftOptions.defaults())) {
 *   DriftReport report = checker.compare(Path.of("messages.xlf"), null, null);
 * }
 * }</pre>
 *
 * <p>Instances are thread-safe; close the checker to release its model.
 */
public final class BundleChecker implements AutoCloseable {
  /** Units embedded together. */
  static final int BATCH = 256;

  private final DriftOptions options;
  private final EmbeddingModel model;
  private final boolean ownsModel;
  private final DocumentEmbedder embedder;
  private final Lazy<ShiftFinder> shiftFinder; // made on first use: it loads WordNet

  private BundleChecker(DriftOptions options, EmbeddingModel model, boolean ownsModel) {
    this.options = options;
    this.model = model;
    this.ownsModel = ownsModel;
    this.embedder = DocumentEmbedder.create(model);
    this.shiftFinder =
        Lazy.of(() -> timed("shift setup", () -> ShiftFinder.create(options.shifts(), model)));
  }

  /**
   * Creates a checker that loads its model on first use, with the cache the options turn on.
   *
   * @param options the options
   * @return the checker; close it when done
   */
  public static BundleChecker create(DriftOptions options) {
    EmbeddingModel model = Stages.openModel(options);
    return new BundleChecker(options, model, true);
  }

  /**
   * A checker sharing a document checker's model, cache and languages, for a batch that meets
   * translation files among documents; closing it leaves the model open. A document format the
   * options force ({@code markdown}) is not applied to translation files.
   *
   * @param checker the document checker, which owns the model
   * @return the checker
   */
  public static BundleChecker sharing(DriftChecker checker) {
    DriftOptions o = checker.options();
    if (o.inputFormat() != null && !o.inputFormat().bundle()) {
      o = o.toBuilder().optInputFormat(null).build();
    }
    return new BundleChecker(o, checker.model, false);
  }

  /**
   * Reads translation files without checking them, to find malformed input early.
   *
   * @param original the bilingual file, or the source-language bundle
   * @param translation {@code null}, or the translated bundle
   * @throws DriftInputException if a file is missing or malformed
   */
  public static void read(Path original, Path translation) {
    BundleReader.read(original, translation, null);
  }

  /**
   * The target language a bilingual file (XLIFF, PO) declares.
   *
   * @param file the file
   * @return its language tag, or {@code null} when it declares none
   * @throws DriftInputException if the file is missing or malformed
   */
  public static String targetLanguage(Path file) {
    return BundleReader.read(file, null, null).targetLanguage();
  }

  /**
   * Creates a checker over an embedder the caller owns, for tests; no cache is used.
   *
   * @param options the options (model and cache settings are ignored)
   * @param embedder the embedder
   * @return the checker
   */
  public static BundleChecker create(DriftOptions options, Embedder embedder) {
    return new BundleChecker(options, EmbeddingModel.of(embedder), false);
  }

  /**
   * Whether a comparison is one of translation files, by the forced format, the extension and the
   * content.
   *
   * @param original the original or the bilingual file
   * @param translation the translation, or {@code null}
   * @param format the format forced by the options, or {@code null}
   * @return true if this checker reads them
   */
  public static boolean handles(Path original, Path translation, InputFormat format) {
    return BundleReader.isBundle(original, translation, format);
  }

  /**
   * Checks a bilingual file ({@code translation} null) or a bundle and its translation.
   *
   * @param original the XLIFF or PO file, or the source-language bundle
   * @param translation {@code null}, or the translated bundle
   * @param baseline accepted shifts, or {@code null}
   * @return the report; its pairs carry their unit ids
   * @throws DriftInputException if a file is missing or malformed
   * @throws DriftException if the model or the translator fails
   */
  public DriftReport compare(Path original, Path translation, Baseline baseline) {
    Bundle bundle =
        timed("load", () -> BundleReader.read(original, translation, options.inputFormat()));
    Path target = translation == null ? original : translation;
    return compare(bundle, baseline == null ? List.of() : baseline.entries(original, target));
  }

  /**
   * Checks the units of a bundle.
   *
   * @param bundle the units
   * @param accepted the baseline entries for the pair
   * @return the report
   * @throws DriftException if the model or the translator fails
   */
  public DriftReport compare(Bundle bundle, List<BaselineEntry> accepted) {
    String sourceLanguage =
        bundle.sourceLanguage() != null ? bundle.sourceLanguage() : options.originalLanguage();
    String targetLanguage =
        options.translationLanguage() != null
            ? options.translationLanguage()
            : bundle.targetLanguage() != null ? bundle.targetLanguage() : sourceLanguage;
    List<Unit> units = bundle.units();
    int[] sourceBlock = new int[units.size()];
    int[] targetBlock = new int[units.size()];
    SegmentedDocument a =
        timed(
            "segment",
            () ->
                UnitSegmenter.segment(
                    document(bundle.sourceName(), bundle.sourceText(), bundle, true, sourceBlock),
                    sourceLanguage));
    SegmentedDocument written =
        timed(
            "segment",
            () ->
                UnitSegmenter.segment(
                    document(bundle.targetName(), bundle.targetText(), bundle, false, targetBlock),
                    targetLanguage));
    DocumentTranslators translators =
        DocumentTranslators.create(
            options.translator(), sourceLanguage, targetLanguage, model.store());
    LanguageGuard guard =
        LanguageGuard.of(
            options.model().bundled()
                ? LanguageGuard.Model.ENGLISH_ONLY
                : LanguageGuard.Model.MULTILINGUAL,
            bundle.sourceLanguage() == null,
            bundle.targetLanguage() == null && options.translationLanguage() == null,
            translators::translates);
    LanguageGuard.Outcome languages = SideBySide.languages(guard, a, written, model, shiftFinder);
    SegmentedDocument in = written.withLanguage(languages.translationLanguage());
    SegmentedDocument b = timed("translate", () -> translators.render(in, a));
    int[] sa = sentenceOf(a, sourceBlock);
    int[] sb = sentenceOf(b, targetBlock);
    boolean cross = !LanguageGuard.sameLanguage(sourceLanguage, targetLanguage);
    boolean bilingual = bundle.format() == InputFormat.XLIFF || bundle.format() == InputFormat.PO;
    boolean xliff = bundle.format() == InputFormat.XLIFF;

    Bead[] beadOf = new Bead[units.size()];
    List<List<Shift>> found = new ArrayList<>(java.util.Collections.nCopies(units.size(), null));
    Set<String> warnings = new LinkedHashSet<>(languages.warnings());
    for (int from = 0; from < units.size(); from += BATCH) {
      batch(from, Math.min(units.size(), from + BATCH), a, b, sa, sb, beadOf, found, warnings);
    }
    List<Bead> beads = new ArrayList<>();
    List<List<Shift>> shifts = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int u = 0; u < units.size(); u++) {
      Unit unit = units.get(u);
      if (beadOf[u] != null) {
        List<Shift> all = new ArrayList<>();
        for (Shift shift : found.get(u)) {
          if (!shift.kinds().contains(ShiftKind.PLACEHOLDER)) {
            all.add(shift); // the unit checks compare placeholders exactly, ICU's included
          }
        }
        all.addAll(timed("shift", () -> UnitChecks.check(unit, xliff, cross, sourceLanguage)));
        beads.add(beadOf[u]);
        shifts.add(all);
      } else if (sa[u] >= 0) {
        beads.add(new Bead(new int[] {sa[u]}, new int[0], Double.NaN, false));
        shifts.add(List.of(UnitChecks.untranslated(unit, bilingual)));
      } else if (sb[u] >= 0 && unit.source() == null) {
        beads.add(new Bead(new int[0], new int[] {sb[u]}, Double.NaN, false));
        shifts.add(List.of(UnitChecks.extra(unit)));
      } else {
        continue; // nothing to compare: a blank source
      }
      ids.add(unit.id());
    }
    Alignment alignment = new Alignment(beads);
    BaselineMatcher.Reviewed reviewed =
        BaselineMatcher.of(accepted).review(alignment, a, b, new Shifts(shifts));
    DriftScorer.Score score =
        DriftScorer.score(alignment, a, b, reviewed.shifts(), options.thresholds());
    EmbeddedDocument none = new EmbeddedDocument(List.of(), List.of());
    DriftReport r =
        ReportAssembler.assemble(
            a,
            b,
            new EmbeddedPair(none, none, model.info(), List.of()),
            alignment,
            reviewed.shifts(),
            reviewed.stale(),
            score,
            List.copyOf(warnings));
    List<Pair> pairs = new ArrayList<>(r.pairs().size());
    for (int p = 0; p < r.pairs().size(); p++) {
      pairs.add(r.pairs().get(p).withUnit(ids.get(p)));
    }
    return new DriftReport(
        r.schema(),
        r.original(),
        r.translation(),
        r.model(),
        r.drift(),
        r.verdict(),
        r.reasons(),
        r.thresholds(),
        r.counts(),
        pairs,
        r.warnings(),
        r.stale());
  }

  /** Embeds and shift-checks the units of {@code [from, to)} that have both sides. */
  private void batch(
      int from,
      int to,
      SegmentedDocument a,
      SegmentedDocument b,
      int[] sa,
      int[] sb,
      Bead[] beadOf,
      List<List<Shift>> found,
      Set<String> warnings) {
    int[] matched =
        java.util.stream.IntStream.range(from, to).filter(u -> sa[u] >= 0 && sb[u] >= 0).toArray();
    if (matched.length == 0) {
      return;
    }
    SegmentedDocument subA = subset(a, Arrays.stream(matched).map(u -> sa[u]).toArray());
    SegmentedDocument subB = subset(b, Arrays.stream(matched).map(u -> sb[u]).toArray());
    EmbeddedPair embedded = timed("embed", () -> embedder.embed(subA, subB));
    warnings.addAll(embedded.warnings());
    List<Bead> local = new ArrayList<>(matched.length);
    for (int k = 0; k < matched.length; k++) {
      double cosine =
          VectorMath.cosine(
              embedded.original().embedding(k).vector(),
              embedded.translation().embedding(k).vector());
      local.add(new Bead(new int[] {k}, new int[] {k}, embedded.scale().apply(cosine), false));
    }
    ShiftFinder finder = shiftFinder.get(); // set up outside the shift stage
    Shifts shifts = timed("shift", () -> finder.find(new Alignment(local), subA, subB, embedded));
    for (int k = 0; k < matched.length; k++) {
      int u = matched[k];
      beadOf[u] = new Bead(new int[] {sa[u]}, new int[] {sb[u]}, local.get(k).similarity(), false);
      found.set(u, shifts.of(k));
    }
  }

  /** The document of one side: a block per unit that has this side. */
  private static SourceDocument document(
      String name, String text, Bundle bundle, boolean source, int[] blockOf) {
    List<Block> blocks = new ArrayList<>();
    List<Unit> units = bundle.units();
    for (int u = 0; u < units.size(); u++) {
      UnitText t = source ? units.get(u).source() : units.get(u).target();
      blockOf[u] = t == null ? -1 : blocks.size();
      if (t != null) {
        blocks.add(new Block(BlockKind.PARAGRAPH, t.prose(), List.of()));
      }
    }
    return new SourceDocument(name, text, bundle.format(), blocks, new LineIndex(text));
  }

  /** For each unit, the index of its sentence in the document, or -1 when it has none. */
  private static int[] sentenceOf(SegmentedDocument doc, int[] blockOf) {
    int[] sentenceOfBlock = new int[doc.source().blocks().size()];
    Arrays.fill(sentenceOfBlock, -1);
    for (Sentence s : doc.sentences()) {
      sentenceOfBlock[s.block()] = s.index();
    }
    int[] out = new int[blockOf.length];
    for (int u = 0; u < blockOf.length; u++) {
      out[u] = blockOf[u] < 0 ? -1 : sentenceOfBlock[blockOf[u]];
    }
    return out;
  }

  /** The sentences {@code indices} of a document as a document of their own, re-indexed. */
  private static SegmentedDocument subset(SegmentedDocument doc, int[] indices) {
    List<Sentence> sentences = new ArrayList<>(indices.length);
    List<String> rendered = doc.rendered() ? new ArrayList<>(indices.length) : null;
    for (int k = 0; k < indices.length; k++) {
      Sentence s = doc.sentence(indices[k]);
      sentences.add(
          new Sentence(
              k,
              s.block(),
              s.start(),
              s.end(),
              s.line(),
              s.column(),
              s.text(),
              s.content(),
              s.contentMap()));
      if (rendered != null) {
        rendered.add(doc.rendering().sentences().get(indices[k]));
      }
    }
    Rendering r = doc.rendering();
    return new SegmentedDocument(
        doc.source(),
        doc.language(),
        sentences,
        r == null ? null : new Rendering(r.translator(), rendered, r.words(), r.scale()));
  }

  @Override
  public void close() {
    if (ownsModel) {
      model.close();
    }
  }
}
