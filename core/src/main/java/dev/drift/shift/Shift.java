package dev.drift.shift;

import java.util.List;

/**
 * A wording shift inside an aligned pair, or a whole sentence dropped or added.
 *
 * @param kinds what changed (at least one)
 * @param severity how much it matters
 * @param score impact on meaning in [0, 1]
 * @param message one line for the editor, e.g. {@code quoted wording changed: obscene → lewd}
 * @param original the span in the original, or {@code null} for an addition
 * @param translation the span in the translation, or {@code null} for an omission
 */
public record Shift(
    List<ShiftKind> kinds,
    Severity severity,
    double score,
    String message,
    TextSpan original,
    TextSpan translation) {}
