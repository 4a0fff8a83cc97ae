package dev.drift.report;

/**
 * A sentence as reports show it.
 *
 * @param start UTF-16 offset in the raw file
 * @param end UTF-16 end offset (exclusive)
 * @param line 1-based line of {@code start}
 * @param column 1-based column of {@code start}
 * @param text the raw text from {@code start} to {@code end}
 */
public record SentenceRef(int start, int end, int line, int column, String text) {}
