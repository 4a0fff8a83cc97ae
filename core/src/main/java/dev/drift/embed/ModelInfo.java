package dev.drift.embed;

/**
 * Identifies the model behind an {@link Embedder}.
 *
 * @param name display name, such as {@code all-MiniLM-L6-v2}
 * @param sha256 hex SHA-256 of the ONNX file, so reports and caches can tell models apart
 * @param dimension length of the sentence vectors
 * @param maxTokens longest token sequence the model takes in one pass; longer input is windowed
 */
public record ModelInfo(String name, String sha256, int dimension, int maxTokens) {}
