package dev.drift.spark;

import dev.drift.report.Counts;
import dev.drift.report.DriftReport;
import dev.drift.report.Pair;
import dev.drift.shift.Shift;
import dev.drift.shift.ShiftKind;
import dev.drift.shift.TextSpan;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The output rows: one per pair, from a drift report or an error. */
final class DriftRows {
  /** The verdict of a row whose input could not be compared. */
  static final String ERROR = "error";

  /** One shift: what changed, how much it matters, and where (UTF-16 offsets, end exclusive). */
  static final StructType SHIFT =
      new StructType(
          new StructField[] {
            field("kinds", DataTypes.createArrayType(DataTypes.StringType, false), false),
            field("severity", DataTypes.StringType, false),
            field("score", DataTypes.DoubleType, false),
            field("message", DataTypes.StringType, false),
            field("originalStart", DataTypes.IntegerType, true),
            field("originalEnd", DataTypes.IntegerType, true),
            field("originalText", DataTypes.StringType, true),
            field("translationStart", DataTypes.IntegerType, true),
            field("translationEnd", DataTypes.IntegerType, true),
            field("translationText", DataTypes.StringType, true)
          });

  private DriftRows() {}

  /**
   * The output schema for an input whose {@code id} column has the given type.
   *
   * @param idType the type of the input's id
   * @return the schema
   */
  static StructType schema(DataType idType) {
    return new StructType(
        new StructField[] {
          field("id", idType, true),
          field("verdict", DataTypes.StringType, false),
          field("drift", DataTypes.DoubleType, true),
          field("message", DataTypes.StringType, true),
          field("similarityMean", DataTypes.DoubleType, true),
          field("similarityMin", DataTypes.DoubleType, true),
          field("originalSentences", DataTypes.IntegerType, true),
          field("translationSentences", DataTypes.IntegerType, true),
          field("matches", DataTypes.IntegerType, true),
          field("moved", DataTypes.IntegerType, true),
          field("omissions", DataTypes.IntegerType, true),
          field("additions", DataTypes.IntegerType, true),
          field("infoShifts", DataTypes.IntegerType, true),
          field("warningShifts", DataTypes.IntegerType, true),
          field("errorShifts", DataTypes.IntegerType, true),
          field("shifts", DataTypes.createArrayType(SHIFT, false), true)
        });
  }

  /**
   * The row of a compared pair.
   *
   * @param id the pair's id
   * @param report the report
   * @return the row
   */
  static Row of(Object id, DriftReport report) {
    double sum = 0;
    double min = Double.NaN;
    int n = 0;
    List<Row> shifts = new ArrayList<>();
    for (Pair p : report.pairs()) {
      if (p.similarity() != null) {
        sum += p.similarity();
        min = n == 0 ? p.similarity() : Math.min(min, p.similarity());
        n++;
      }
      for (Shift s : p.shifts()) {
        shifts.add(shift(s));
      }
    }
    Counts c = report.counts();
    return RowFactory.create(
        id,
        report.verdict().id(),
        report.drift(),
        null,
        n == 0 ? null : sum / n,
        n == 0 ? null : min,
        report.original().sentences(),
        report.translation().sentences(),
        c.matches(),
        c.moved(),
        c.omissions(),
        c.additions(),
        c.info(),
        c.warning(),
        c.error(),
        shifts.toArray(new Row[0]));
  }

  /**
   * The row of a pair that could not be compared.
   *
   * @param id the pair's id
   * @param message what is wrong with it
   * @return the row
   */
  static Row error(Object id, String message) {
    return RowFactory.create(
        id, ERROR, null, message, null, null, null, null, null, null, null, null, null, null, null,
        null);
  }

  private static Row shift(Shift s) {
    TextSpan a = s.original();
    TextSpan b = s.translation();
    return RowFactory.create(
        s.kinds().stream().map(ShiftKind::id).toArray(String[]::new),
        s.severity().id(),
        s.score(),
        s.message(),
        a == null ? null : a.start(),
        a == null ? null : a.end(),
        a == null ? null : a.text(),
        b == null ? null : b.start(),
        b == null ? null : b.end(),
        b == null ? null : b.text());
  }

  private static StructField field(String name, DataType type, boolean nullable) {
    return DataTypes.createStructField(name, type, nullable);
  }
}
