package dev.drift.report;

/**
 * The totals of a run over many documents.
 *
 * @param checked documents compared
 * @param passed documents that pass
 * @param failed documents that fail
 * @param missing files without counterpart that were reported
 * @param missingFails whether the files without counterpart fail the run
 * @param accepted shifts a baseline accepted, over all documents
 * @param stale baseline entries that matched nothing, over all documents
 * @param passes whether the run passes: no document fails and no missing counterpart fails it
 * @param seconds how long the run took
 */
public record RunTotals(
    int checked,
    int passed,
    int failed,
    int missing,
    boolean missingFails,
    int accepted,
    int stale,
    boolean passes,
    double seconds) {}
