package dev.drift.shift;

/**
 * A stretch of a raw file.
 *
 * @param start UTF-16 start offset in the raw file
 * @param end UTF-16 end offset (exclusive)
 * @param text the raw text from {@code start} to {@code end}
 */
public record TextSpan(int start, int end, String text) {}
