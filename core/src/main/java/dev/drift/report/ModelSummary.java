package dev.drift.report;

/**
 * The model that produced the vectors.
 *
 * @param name the model's name
 * @param sha256 hex SHA-256 of its ONNX file
 */
public record ModelSummary(String name, String sha256) {}
