/**
 * drift on Apache Spark: {@link dev.drift.spark.DriftFunctions} runs the core's pipeline over a
 * {@code Dataset<Row>} of translated pairs, one drift model per executor JVM and the sentences of a
 * partition's rows embedded in one pass; {@link dev.drift.spark.DriftJob} reads pairs from JSON
 * lines, Parquet or CSV and writes one row per pair. Uses the facade ({@code dev.drift}), the
 * segmenter (to know a partition's sentences before comparing) and the value types of {@code load},
 * {@code embed}, {@code shift} and {@code report}.
 */
package dev.drift.spark;
