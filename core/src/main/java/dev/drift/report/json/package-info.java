/**
 * The JSON renderer (schema {@code drift-report/1}). May use only {@code dev.drift.report} and the
 * value types it carries ({@code shift}, {@code score}).
 */
package dev.drift.report.json;
