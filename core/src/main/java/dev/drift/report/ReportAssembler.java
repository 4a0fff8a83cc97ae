package dev.drift.report;

import dev.drift.align.Alignment;
import dev.drift.align.Bead;
import dev.drift.embed.EmbeddedPair;
import dev.drift.embed.ModelInfo;
import dev.drift.score.DriftScorer.Score;
import dev.drift.segment.SegmentedDocument;
import dev.drift.segment.Sentence;
import dev.drift.shift.Shifts;
import dev.drift.shift.Wording;
import java.util.ArrayList;
import java.util.List;

/**
 * The report stage's first step: turns what the stages found into the {@link DriftReport} every
 * renderer draws from, beads into pairs with their sentences and shifts. Stateless.
 */
public final class ReportAssembler {
  private ReportAssembler() {}

  /**
   * Assembles a report.
   *
   * @param original the original
   * @param translation the translation
   * @param embedded the vectors, with the model and its warnings
   * @param alignment the alignment
   * @param shifts the shifts of each bead, accepted ones marked
   * @param stale baseline entries for the pair that matched nothing
   * @param score drift, pair drifts and verdict
   * @param notes warnings of earlier stages (a declared language the prose disagrees with)
   * @return the report
   */
  public static DriftReport assemble(
      SegmentedDocument original,
      SegmentedDocument translation,
      EmbeddedPair embedded,
      Alignment alignment,
      Shifts shifts,
      List<StaleShift> stale,
      Score score,
      List<String> notes) {
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
              refs(original, bead.original()),
              refs(translation, bead.translation()),
              shifts.of(p)));
    }
    List<String> warnings = new ArrayList<>(notes);
    for (SegmentedDocument doc : List.of(original, translation)) {
      if (doc.size() == 0) {
        warnings.add(doc.name() + " has no sentences");
      }
    }
    warnings.addAll(embedded.warnings());
    ModelInfo model = embedded.model();
    return new DriftReport(
        DriftReport.SCHEMA,
        summary(original, false),
        summary(translation, shifts.wording() == Wording.FREE && !translation.rendered()),
        new ModelSummary(model.name(), model.sha256()),
        round(score.drift()),
        score.passes() ? Verdict.PASS : Verdict.FAIL,
        score.reasons(),
        score.thresholds(),
        Counts.of(pairs),
        List.copyOf(pairs),
        List.copyOf(warnings),
        stale);
  }

  private static DocumentSummary summary(SegmentedDocument doc, boolean free) {
    return new DocumentSummary(
        doc.name(),
        doc.source().format().id(),
        doc.language(),
        doc.size(),
        doc.rendered() ? doc.rendering().translator() : null,
        free ? Wording.FREE.id() : null);
  }

  private static List<SentenceRef> refs(SegmentedDocument doc, int[] indices) {
    List<SentenceRef> refs = new ArrayList<>(indices.length);
    for (int i : indices) {
      Sentence s = doc.sentence(i);
      refs.add(
          new SentenceRef(
              s.start(),
              s.end(),
              s.line(),
              s.column(),
              s.text(),
              doc.rendered() ? doc.rendering().sentences().get(i) : null));
    }
    return refs;
  }

  private static double round(double value) {
    return Math.round(value * 10000) / 10000.0;
  }
}
