/**
 * The shared configuration file, {@code drift.yaml}: {@link dev.drift.config.ConfigReader} reads
 * and validates it into a {@link dev.drift.config.DriftConfig}, which produces {@link
 * dev.drift.DriftOptions} and the tree settings of a {@link dev.drift.batch.BatchRequest}. The CLI
 * and the Maven plugin read the same file, with the same keys as their options and parameters.
 * Errors are {@link dev.drift.config.ConfigException}s naming the file, line, column and key. May
 * use the root package, {@code batch} (trees and policies), {@code report} (formats) and {@code
 * shift} (severities, glossary).
 */
package dev.drift.config;
