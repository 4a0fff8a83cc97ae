package dev.drift.load;

import java.util.List;

/**
 * A unit of prose: a heading, paragraph, list item, table cell or caption. Sentences never cross
 * blocks.
 *
 * @param kind what the block is
 * @param prose the block's prose with its map back into the raw file
 * @param verbatim code and link targets inside the block, in order
 */
public record Block(BlockKind kind, ProseText prose, List<Verbatim> verbatim) {}
