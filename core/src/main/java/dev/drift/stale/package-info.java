/**
 * Stale translations ({@code drift stale}): which translated files are behind their source, and
 * whether the source's change since the translation's base matters. Reads the git history through
 * JGit (only this package uses JGit), and classifies a change by comparing the base source with the
 * current one through the facade's pipeline — segment, embed, align, shift — with the bundled
 * English model, since both sides are in the source's language. May use the facade's package, the
 * value types of {@code load}, {@code embed} (the cache settings), {@code shift} and {@code
 * report}, and {@code report.sarif}'s writer for its SARIF log.
 */
package dev.drift.stale;
