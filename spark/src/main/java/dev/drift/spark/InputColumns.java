package dev.drift.spark;

import dev.drift.DriftInputException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * Where the input's columns are: {@code id}, {@code original} and {@code translation} required,
 * {@code originalLang}, {@code translationLang} and {@code format} optional (-1 when absent).
 *
 * @param id the pair's id
 * @param original the original text
 * @param translation the translated text
 * @param originalLang the original's language (default {@code en})
 * @param translationLang the translation's language (default: detected)
 * @param format {@code text}, {@code markdown} or {@code html} (default: by content)
 * @param corrupt Spark's {@code _corrupt_record}, set on a JSON line or CSV record it could not
 *     parse
 */
record InputColumns(
    int id,
    int original,
    int translation,
    int originalLang,
    int translationLang,
    int format,
    int corrupt)
    implements Serializable {

  /** The columns every input must have. */
  static final List<String> REQUIRED = List.of("id", "original", "translation");

  /** The column Spark's JSON and CSV readers put a record they could not parse in. */
  static final String CORRUPT = "_corrupt_record";

  /**
   * Finds the columns in a schema.
   *
   * @param schema the input's schema
   * @return the columns
   * @throws DriftInputException naming every required column that is missing
   */
  static InputColumns of(StructType schema) {
    List<String> names = Arrays.asList(schema.fieldNames());
    List<String> missing = new ArrayList<>();
    for (String required : REQUIRED) {
      if (!names.contains(required)) {
        missing.add(required);
      }
    }
    if (!missing.isEmpty()) {
      throw new DriftInputException(
          "missing column"
              + (missing.size() == 1 ? "" : "s")
              + " "
              + String.join(", ", missing)
              + " (needs id, original, translation; has "
              + (names.isEmpty() ? "none" : String.join(", ", names))
              + ")");
    }
    return new InputColumns(
        names.indexOf("id"),
        names.indexOf("original"),
        names.indexOf("translation"),
        names.indexOf("originalLang"),
        names.indexOf("translationLang"),
        names.indexOf("format"),
        names.indexOf(CORRUPT));
  }

  /** Throws if Spark could not parse the row's record. */
  void checkParsed(Row row) {
    if (corrupt >= 0 && row.get(corrupt) != null) {
      String record = row.get(corrupt).toString().strip();
      throw new DriftInputException(
          "malformed record: " + (record.length() > 60 ? record.substring(0, 60) + "…" : record));
    }
  }

  /** A required text; null is bad input. */
  String text(Row row, int index, String name) {
    Object value = row.get(index);
    if (value == null) {
      throw new DriftInputException(name + " is null");
    }
    return value.toString();
  }

  /** An optional value: null when the column is absent, null or blank. */
  String optional(Row row, int index) {
    if (index < 0) {
      return null;
    }
    Object value = row.get(index);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }
}
