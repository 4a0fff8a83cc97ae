package dev.drift.load;

import java.util.List;

/**
 * A loaded document: its decoded text and the prose blocks found in it.
 *
 * @param name the name shown in reports (usually the path as given)
 * @param text the decoded file content; all offsets index this string
 * @param format the format it was read as
 * @param blocks the prose blocks in document order
 * @param lines line index of {@code text}
 */
public record SourceDocument(
    String name, String text, InputFormat format, List<Block> blocks, LineIndex lines) {}
