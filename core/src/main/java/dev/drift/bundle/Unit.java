package dev.drift.bundle;

/**
 * A translation unit: a source text and its target, paired by the file (XLIFF id, PO msgid, bundle
 * key).
 *
 * @param id the unit's id as reports show it
 * @param source the source text, or {@code null} when only the translation has the key
 * @param target the target text, or {@code null} when it is missing (no {@code <target>}, a key the
 *     translation lacks)
 * @param fuzzy whether the file marks the target as needing review (PO {@code #, fuzzy}, XLIFF
 *     {@code state="needs-review-translation"} and the like)
 */
public record Unit(String id, UnitText source, UnitText target, boolean fuzzy) {}
