package dev.drift.spark;

import dev.drift.DriftChecker;
import dev.drift.DriftException;
import dev.drift.DriftInputException;
import dev.drift.load.DocumentLoader;
import dev.drift.load.InputFormat;
import dev.drift.load.SourceDocument;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/**
 * Compares the pairs of one partition, a chunk of rows at a time: loads and segments every pair of
 * the chunk, embeds all their distinct sentences in one call to the executor's model, then runs
 * each pair through the facade, which finds its vectors prefetched. A row whose input is bad
 * becomes an {@code error} row with the reason; a model failure fails the task (Spark retries it).
 * Deterministic, so a retried task gives the same rows.
 */
final class PartitionChecker implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  /** Rows embedded together: enough to fill the model's batches, few enough to bound memory. */
  static final int CHUNK = 256;

  private final InputColumns columns;
  private final String translator;

  PartitionChecker(InputColumns columns, String translator) {
    this.columns = columns;
    this.translator = translator;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    return new Iterator<>() {
      private Iterator<Row> done = List.<Row>of().iterator();

      @Override
      public boolean hasNext() {
        while (!done.hasNext() && rows.hasNext()) {
          List<Row> chunk = new ArrayList<>(CHUNK);
          while (chunk.size() < CHUNK && rows.hasNext()) {
            chunk.add(rows.next());
          }
          done = check(chunk).iterator();
        }
        return done.hasNext();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return done.next();
      }
    };
  }

  /** A pair ready to compare, or the reason it cannot be. */
  private record Loaded(
      Object id,
      DriftChecker checker,
      SourceDocument original,
      SourceDocument translation,
      String error) {}

  private List<Row> check(List<Row> chunk) {
    PrefetchingEmbedder embedder = ExecutorModel.embedder();
    List<Loaded> loaded = new ArrayList<>(chunk.size());
    Set<String> sentences = new LinkedHashSet<>();
    for (Row row : chunk) {
      Loaded pair = load(row);
      loaded.add(pair);
      if (pair.error() == null) {
        try {
          DriftChecker c = pair.checker();
          String to = c.options().effectiveTranslationLanguage();
          sentences.addAll(
              ExecutorModel.segmenter(c.options().originalLanguage())
                  .segment(pair.original())
                  .texts());
          sentences.addAll(ExecutorModel.segmenter(to).segment(pair.translation()).texts());
        } catch (DriftInputException e) {
          // compare() below meets the same problem and reports it on the row
        }
      }
    }
    List<Row> out = new ArrayList<>(chunk.size());
    try {
      embedder.prefetch(new ArrayList<>(sentences));
      for (Loaded pair : loaded) {
        out.add(compare(pair));
      }
    } finally {
      embedder.forget();
    }
    return out;
  }

  private Loaded load(Row row) {
    Object id = row.get(columns.id());
    try {
      columns.checkParsed(row);
      String original = columns.text(row, columns.original(), "original");
      String translation = columns.text(row, columns.translation(), "translation");
      String from = columns.optional(row, columns.originalLang());
      String to = columns.optional(row, columns.translationLang());
      String format = columns.optional(row, columns.format());
      InputFormat inputFormat = format == null ? null : InputFormat.parse(format);
      DriftChecker checker = ExecutorModel.checker(translator, from == null ? "en" : from, to);
      String name = "pair " + id;
      return new Loaded(
          id,
          checker,
          DocumentLoader.parse(name + " (original)", original, inputFormat),
          DocumentLoader.parse(name + " (translation)", translation, inputFormat),
          null);
    } catch (DriftException | IllegalArgumentException e) {
      if (e instanceof DriftException && !(e instanceof DriftInputException)) {
        throw e;
      }
      return new Loaded(id, null, null, null, message(e));
    }
  }

  private static Row compare(Loaded pair) {
    if (pair.error() != null) {
      return DriftRows.error(pair.id(), pair.error());
    }
    try {
      return DriftRows.of(pair.id(), pair.checker().compare(pair.original(), pair.translation()));
    } catch (DriftInputException e) {
      return DriftRows.error(pair.id(), message(e));
    } catch (DriftException e) {
      throw e; // the model failed: the task fails, and Spark retries it
    } catch (RuntimeException e) {
      // a defect that this row's input triggers must not fail the job over millions of rows
      return DriftRows.error(pair.id(), "internal error: " + message(e));
    }
  }

  private static String message(RuntimeException e) {
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}
