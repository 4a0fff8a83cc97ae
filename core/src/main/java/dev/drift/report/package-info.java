/**
 * Stage 7, report: the immutable report model every renderer draws from, and the renderer
 * interface. Renderers live in the sub-packages, one per format.
 */
package dev.drift.report;
