package dev.drift.bundle;

/**
 * One message of a monolingual bundle: its key and its value.
 *
 * @param key the key (JSON keys flattened with dots)
 * @param value the value with its place in the file
 */
record Keyed(String key, UnitText value) {}
