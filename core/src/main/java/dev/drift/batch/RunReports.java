package dev.drift.batch;

import dev.drift.report.DriftReport;
import dev.drift.report.Place;
import dev.drift.report.ReportFormat;
import dev.drift.report.RunDocument;
import dev.drift.report.RunReport;
import dev.drift.report.RunTotals;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the {@link RunReport} of a run, so that renderers need not rank anything. Stateless. */
final class RunReports {
  /** How many places the run lists at most. */
  static final int TOP = 10;

  private RunReports() {}

  static RunReport of(
      BatchRequest request,
      List<DocumentOutcome> outcomes,
      List<DriftReport> reports,
      List<MissingCounterpart> missing,
      Duration elapsed) {
    List<RunDocument> documents = new ArrayList<>();
    int accepted = 0;
    int stale = 0;
    for (int k = 0; k < outcomes.size(); k++) {
      DocumentOutcome o = outcomes.get(k);
      DriftReport r = reports.get(k);
      accepted += r.counts().accepted();
      stale += r.stale().size();
      Map<String, String> files = new LinkedHashMap<>();
      for (Map.Entry<ReportFormat, String> e : o.reports().entrySet()) {
        files.put(e.getKey().extension(), e.getValue());
      }
      documents.add(
          new RunDocument(
              o.pair().relativePath(),
              o.pair().translationLanguage(),
              o.drift(),
              o.verdict(),
              o.reasons(),
              o.worst().isEmpty() ? null : o.worst().get(0),
              files,
              r));
    }
    int passed = (int) outcomes.stream().filter(DocumentOutcome::passed).count();
    boolean missingFails = request.missingPolicy() == MissingPolicy.FAIL && !missing.isEmpty();
    RunTotals totals =
        new RunTotals(
            outcomes.size(),
            passed,
            outcomes.size() - passed,
            missing.size(),
            missingFails,
            accepted,
            stale,
            passed == outcomes.size() && !missingFails,
            Math.round(elapsed.toMillis() / 100.0) / 10.0);
    Map<String, String> runFiles = new LinkedHashMap<>();
    if (request.outputDirectory() != null) {
      for (ReportFormat f : request.formats()) {
        if (!f.perDocument()) {
          runFiles.put(f.extension(), f.runFileName());
        }
      }
    }
    return new RunReport(
        RunReport.SCHEMA,
        request.sourceDirectory() != null
            ? request.sourceDirectory().toString()
            : String.join(", ", request.bundleDirectories().stream().map(Path::toString).toList()),
        request.originalLanguage(),
        request.options().thresholds(),
        totals,
        documents,
        missing.stream().map(MissingCounterpart::message).toList(),
        top(outcomes),
        runFiles);
  }

  /** The failing documents' worst places, taking each document's worst first, then its next. */
  private static List<Place> top(List<DocumentOutcome> outcomes) {
    List<Place> top = new ArrayList<>();
    for (int rank = 0; rank < DocumentOutcome.WORST && top.size() < TOP; rank++) {
      for (DocumentOutcome o : outcomes) {
        if (!o.passed() && rank < o.worst().size() && top.size() < TOP) {
          top.add(o.worst().get(rank));
        }
      }
    }
    return top;
  }
}
