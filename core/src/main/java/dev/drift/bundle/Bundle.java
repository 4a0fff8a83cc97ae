package dev.drift.bundle;

import dev.drift.load.InputFormat;
import java.util.List;

/**
 * A translation file read into units: one bilingual file (XLIFF, PO), or two monolingual message
 * bundles paired by key ({@code .properties}, JSON), in which case source and target texts index
 * different raw files.
 *
 * @param format the format read
 * @param sourceName the name of the file holding the source texts
 * @param sourceText that file's decoded content
 * @param targetName the name of the file holding the target texts (the same for XLIFF and PO)
 * @param targetText that file's decoded content
 * @param sourceLanguage the source language the file declares, or {@code null}
 * @param targetLanguage the target language the file (or its name) declares, or {@code null}
 * @param units the units in file order (the source file's, then keys only the target has)
 */
public record Bundle(
    InputFormat format,
    String sourceName,
    String sourceText,
    String targetName,
    String targetText,
    String sourceLanguage,
    String targetLanguage,
    List<Unit> units) {

  /**
   * Creates a bundle.
   *
   * @param format the format
   * @param sourceName the source file's name
   * @param sourceText its content
   * @param targetName the target file's name
   * @param targetText its content
   * @param sourceLanguage the declared source language, or {@code null}
   * @param targetLanguage the declared target language, or {@code null}
   * @param units the units
   */
  public Bundle {
    units = List.copyOf(units);
  }
}
