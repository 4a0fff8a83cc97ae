package dev.drift.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.drift.DriftInputException;
import dev.drift.report.DriftReport;
import dev.drift.report.Pair;
import dev.drift.report.PairKind;
import dev.drift.report.ReportFiles;
import dev.drift.report.SentenceRef;
import dev.drift.shift.Severity;
import dev.drift.shift.Shift;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A baseline file: the shifts a reviewer accepted, per document pair. Documents are named by the
 * paths of the original and the translation relative to the baseline file's directory, so {@code
 * drift compare} and {@code drift check} find the same entries wherever they run from.
 *
 * <pre>{@code
 * schema: drift-baseline/1
 * documents:
 * - original: docs/en/guide.md
 *   translation: docs/fr/guide.md
 *   accepted:
 *   - kinds: [number, substitution]
 *     original: "2019"
 *     translation: "2020"
 *     originalSentence: The project was started in 2019.
 *     translationSentence: The project was started in 2020.
 *     message: "number changed: 2019 → 2020"
 * }</pre>
 *
 * <p>A baseline records every shift of severity warning or error and every sentence dropped or
 * added; info shifts are harmless and left out. The file is written sorted by document and in
 * document order within one, one value per line, so its changes read well in a pull request.
 * Immutable and thread-safe.
 */
public final class Baseline {
  /** The schema name written to and required in the file. */
  public static final String SCHEMA = "drift-baseline/1";

  /** The file name used when none is configured. */
  public static final String DEFAULT_FILE = "drift-baseline.yaml";

  private static final String HEADER =
      """
      # drift baseline: shifts accepted on review. drift check and drift compare report them as
      # accepted and do not fail on them. Entries match by content (the changed text and its
      # sentences), not by line number. Refresh with `drift baseline update`; review changes to
      # this file like code.
      """;

  private static final YAMLMapper MAPPER =
      YAMLMapper.builder()
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .disable(YAMLGenerator.Feature.SPLIT_LINES)
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
          .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();

  private final Path file;
  private final Path directory;
  private final Map<DocumentKey, List<BaselineEntry>> documents;

  /** A document pair as the file names it. */
  private record DocumentKey(String original, String translation)
      implements Comparable<DocumentKey> {
    @Override
    public int compareTo(DocumentKey o) {
      return Comparator.comparing(DocumentKey::translation)
          .thenComparing(DocumentKey::original)
          .compare(this, o);
    }
  }

  /** The file's shape, for Jackson. */
  @JsonPropertyOrder({"schema", "documents"})
  record FileModel(String schema, List<DocumentModel> documents) {}

  /** One document of the file. */
  @JsonPropertyOrder({"original", "translation", "accepted"})
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record DocumentModel(String original, String translation, List<BaselineEntry> accepted) {}

  private Baseline(Path file, Map<DocumentKey, List<BaselineEntry>> documents) {
    this.file = file;
    Path parent = file.toAbsolutePath().normalize().getParent();
    this.directory = parent;
    this.documents = java.util.Collections.unmodifiableMap(new TreeMap<>(documents));
  }

  /**
   * A baseline without entries, to be written to a file.
   *
   * @param file where it will be written
   * @return the empty baseline
   */
  public static Baseline empty(Path file) {
    return new Baseline(file, Map.of());
  }

  /**
   * Reads a baseline file.
   *
   * @param file the file
   * @return the baseline
   * @throws DriftInputException if the file is missing or malformed; the message names the file,
   *     line and key
   */
  public static Baseline read(Path file) {
    FileModel model;
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      model = MAPPER.readValue(in, FileModel.class);
    } catch (NoSuchFileException e) {
      throw new DriftInputException(
          file + ": no such baseline file (create one with drift baseline create)", e);
    } catch (JsonProcessingException e) {
      throw new DriftInputException(describe(file, e), e);
    } catch (IOException e) {
      throw new DriftInputException("cannot read " + file + ": " + e.getMessage(), e);
    }
    if (model == null) {
      return empty(file);
    }
    if (!SCHEMA.equals(model.schema())) {
      throw new DriftInputException(
          file + ": schema must be " + SCHEMA + ", not " + model.schema());
    }
    Map<DocumentKey, List<BaselineEntry>> documents = new TreeMap<>();
    List<DocumentModel> listed = model.documents() == null ? List.of() : model.documents();
    for (int i = 0; i < listed.size(); i++) {
      DocumentModel d = listed.get(i);
      if (d == null || d.original() == null || d.translation() == null) {
        throw new DriftInputException(
            file + ": documents[" + i + "] needs original and translation paths");
      }
      DocumentKey key = new DocumentKey(d.original(), d.translation());
      if (documents.containsKey(key)) {
        throw new DriftInputException(file + ": document " + d.translation() + " is listed twice");
      }
      List<BaselineEntry> accepted = d.accepted() == null ? List.of() : d.accepted();
      for (int k = 0; k < accepted.size(); k++) {
        if (accepted.get(k) == null) {
          throw new DriftInputException(
              file + ": documents[" + i + "].accepted[" + k + "] is empty");
        }
      }
      documents.put(key, List.copyOf(accepted));
    }
    return new Baseline(file, documents);
  }

  /**
   * Writes this baseline to its file, atomically.
   *
   * @throws DriftInputException if the file cannot be written
   */
  public void write() {
    List<DocumentModel> docs = new ArrayList<>();
    documents.forEach(
        (k, v) -> {
          if (!v.isEmpty()) {
            docs.add(new DocumentModel(k.original(), k.translation(), v));
          }
        });
    FileModel model = new FileModel(SCHEMA, docs);
    ReportFiles.write(
        file,
        out -> {
          out.write(HEADER);
          MAPPER.writeValue(out, model);
        });
  }

  /**
   * The file this baseline is read from or written to.
   *
   * @return the file
   */
  public Path file() {
    return file;
  }

  /**
   * The entries of a document pair.
   *
   * @param original the original, as given to the comparison
   * @param translation the translation
   * @return its entries, empty when the baseline has none for it
   */
  public List<BaselineEntry> entries(Path original, Path translation) {
    List<BaselineEntry> e = documents.get(key(original, translation));
    return e == null ? List.of() : e;
  }

  /**
   * How many entries the baseline has.
   *
   * @return the number of accepted shifts over all documents
   */
  public int size() {
    return documents.values().stream().mapToInt(List::size).sum();
  }

  /**
   * How many documents have entries.
   *
   * @return the number of documents with at least one entry
   */
  public int documentCount() {
    return (int) documents.values().stream().filter(v -> !v.isEmpty()).count();
  }

  /**
   * How many of this baseline's entries the other one lacks: with {@code
   * after.entriesNotIn(before)} the entries an update added, with {@code
   * before.entriesNotIn(after)} those it dropped.
   *
   * @param other the other baseline
   * @return the entries of this one that no entry of the other, for the same document, accepts
   */
  public int entriesNotIn(Baseline other) {
    int count = 0;
    for (Map.Entry<DocumentKey, List<BaselineEntry>> e : documents.entrySet()) {
      List<BaselineEntry> theirs =
          new ArrayList<>(other.documents.getOrDefault(e.getKey(), List.of()));
      for (BaselineEntry mine : e.getValue()) {
        int at = -1;
        for (int k = 0; k < theirs.size() && at < 0; k++) {
          if (theirs.get(k).sameShift(mine)) {
            at = k;
          }
        }
        if (at < 0) {
          count++;
        } else {
          theirs.remove(at);
        }
      }
    }
    return count;
  }

  /**
   * Returns a copy in which a document's entries are those that accept every shift of its report of
   * severity warning or error and every sentence dropped or added; other documents keep theirs.
   *
   * @param original the original, as given to the comparison
   * @param translation the translation
   * @param report the report of that comparison
   * @return the copy
   */
  public Baseline accepting(Path original, Path translation, DriftReport report) {
    List<BaselineEntry> entries = new ArrayList<>();
    for (Pair p : report.pairs()) {
      boolean match = p.kind() == PairKind.MATCH;
      List<String> a = p.original().stream().map(SentenceRef::text).toList();
      List<String> b = p.translation().stream().map(SentenceRef::text).toList();
      for (Shift s : p.shifts()) {
        if (!match || s.severity().compareTo(Severity.WARNING) >= 0) {
          entries.add(BaselineEntry.of(s, a, b, match));
        }
      }
    }
    Map<DocumentKey, List<BaselineEntry>> copy = new TreeMap<>(documents);
    copy.put(key(original, translation), List.copyOf(entries));
    return new Baseline(file, copy);
  }

  private DocumentKey key(Path original, Path translation) {
    return new DocumentKey(relative(original), relative(translation));
  }

  private String relative(Path path) {
    Path rel = directory.relativize(path.toAbsolutePath().normalize());
    StringBuilder sb = new StringBuilder();
    for (Path segment : rel) {
      sb.append(sb.length() == 0 ? "" : "/").append(segment);
    }
    return sb.toString();
  }

  /**
   * {@code file:line:column: problem (at key)}. The YAML parser reads ahead, so the location of a
   * mapping error is where it stopped; the key's own location is found by its path.
   */
  private static String describe(Path file, JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      JsonLocation key = locate(file, m.getPath());
      at = key != null ? key : at;
    }
    String where =
        at == null ? file.toString() : file + ":" + at.getLineNr() + ":" + at.getColumnNr();
    String problem = e.getOriginalMessage();
    if (e instanceof UnrecognizedPropertyException u) {
      problem = "unknown key '" + u.getPropertyName() + "'";
    }
    if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      problem += " (at " + path(m.getPath()) + ")";
    }
    int nl = problem.indexOf('\n');
    return where + ": " + (nl < 0 ? problem : problem.substring(0, nl));
  }

  /** The location of the first token at a path, or {@code null}. */
  private static JsonLocation locate(Path file, List<JsonMappingException.Reference> refs) {
    StringBuilder pointer = new StringBuilder();
    for (JsonMappingException.Reference r : refs) {
      pointer.append('/').append(r.getFieldName() != null ? r.getFieldName() : r.getIndex());
    }
    try (JsonParser p = MAPPER.createParser(file.toFile())) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t != JsonToken.END_OBJECT
            && t != JsonToken.END_ARRAY
            && p.getParsingContext().pathAsPointer().toString().contentEquals(pointer)) {
          return p.currentTokenLocation();
        }
      }
    } catch (IOException e) {
      return null;
    }
    return null;
  }

  private static String path(List<JsonMappingException.Reference> refs) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : refs) {
      if (r.getFieldName() != null) {
        sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.toString();
  }
}
