package dev.drift.segment;

/**
 * One sentence of a document.
 *
 * @param index position among the document's sentences, from 0
 * @param block index of the block it belongs to
 * @param start UTF-16 offset of its first character in the raw file
 * @param end UTF-16 offset after its last character (exclusive)
 * @param line 1-based line of {@code start}
 * @param column 1-based column of {@code start}, in UTF-16 code units
 * @param text the raw file's text from {@code start} to {@code end}, markup included
 * @param content the prose that is embedded and compared: markup removed, whitespace collapsed
 * @param contentMap where each character of {@code content} stands in the raw file
 */
public record Sentence(
    int index,
    int block,
    int start,
    int end,
    int line,
    int column,
    String text,
    String content,
    ContentMap contentMap) {}
