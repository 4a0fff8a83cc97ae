/**
 * Stage 5, shift: the wording shifts inside aligned pairs, with kinds, severities and scores. May
 * use {@code align} and {@code embed}.
 */
package dev.drift.shift;
