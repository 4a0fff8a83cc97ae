/**
 * Stage 1, load: decode a file, pick its format and extract the prose blocks, each with a map from
 * prose characters back to UTF-16 offsets in the raw file. Depends on no other stage.
 */
package dev.drift.load;
