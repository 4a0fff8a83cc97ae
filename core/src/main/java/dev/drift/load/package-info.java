/**
 * Stage 1, load: decode a file, pick its format and extract the prose blocks, each with a map from
 * prose characters back to UTF-16 offsets in the raw file ({@link dev.drift.load.DocumentLoader}:
 * path → {@link dev.drift.load.SourceDocument}). Uses no other package of drift but the two
 * exceptions of {@code dev.drift}.
 */
package dev.drift.load;
