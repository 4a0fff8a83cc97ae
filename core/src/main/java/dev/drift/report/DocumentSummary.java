package dev.drift.report;

/**
 * One side of the comparison.
 *
 * @param path the file as given
 * @param format the format it was read as ({@code text}, {@code markdown}, {@code html})
 * @param language the language it was segmented as
 * @param sentences how many sentences it has
 */
public record DocumentSummary(String path, String format, String language, int sentences) {}
