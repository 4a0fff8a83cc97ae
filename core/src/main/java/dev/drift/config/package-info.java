/**
 * Settings: {@link dev.drift.config.Setting} is the registry of every setting, with one name
 * everywhere; {@link dev.drift.config.Settings} is one layer of them (command line, pom,
 * configuration file) with the one merge, {@code commandLine.over(file)}, which makes {@link
 * dev.drift.DriftOptions} and {@link dev.drift.batch.BatchRequest}. {@link
 * dev.drift.config.ConfigReader} reads {@code drift.yaml}; its errors are {@link
 * dev.drift.config.ConfigException}s naming the file, line, column and key. May use the facade's
 * package, {@code batch}, and the value types of {@code load}, {@code embed}, {@code shift}, {@code
 * score} and {@code report}.
 */
package dev.drift.config;
