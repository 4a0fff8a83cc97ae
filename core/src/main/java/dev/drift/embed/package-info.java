/**
 * Stage 4, embed: sentence and token vectors from an ONNX sentence-transformer run by DJL, fully
 * offline ({@link dev.drift.embed.DocumentEmbedder}: two {@code SegmentedDocument}s → {@link
 * dev.drift.embed.EmbeddedPair}). {@link dev.drift.embed.EmbeddingModel} is the model handle: the
 * model loaded on first use and the persistent {@link dev.drift.embed.EmbeddingCache}. DJL and
 * SQLite types never leave this package. May use {@code load}, {@code segment} and {@code
 * translate} (the persistent cache keeps its renderings too).
 */
package dev.drift.embed;
