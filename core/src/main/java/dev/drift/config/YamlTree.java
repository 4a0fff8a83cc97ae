package dev.drift.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document as a tree whose every node and key keeps its line and column (Jackson's {@link
 * JsonLocation} from the YAML parser), so that validation can point at the offending key.
 */
final class YamlTree {
  private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

  private YamlTree() {}

  /** A node with its location and its path from the root ({@code glossary[1].term}). */
  sealed interface Node permits Scalar, Mapping, Sequence {
    JsonLocation location();

    String path();
  }

  /**
   * A scalar.
   *
   * @param text the text, or {@code null} for YAML null
   * @param token what the parser took it for (string, int, float, boolean, null)
   */
  record Scalar(String text, JsonToken token, JsonLocation location, String path) implements Node {}

  /** A key with its location and value. */
  record Field(String key, JsonLocation location, Node value) {}

  /** A mapping, in document order. */
  record Mapping(Map<String, Field> fields, JsonLocation location, String path) implements Node {}

  /** A sequence. */
  record Sequence(List<Node> items, JsonLocation location, String path) implements Node {}

  /**
   * Parses a document.
   *
   * @param file the file, for messages
   * @param in the text
   * @return the root, or {@code null} for an empty document
   * @throws ConfigException if the YAML is malformed or a key repeats
   */
  static Node parse(Path file, Reader in) throws IOException {
    try (JsonParser parser = FACTORY.createParser(in)) {
      JsonToken first = parser.nextToken();
      return first == null ? null : read(file, parser, "");
    } catch (JsonParseException e) {
      JsonLocation at = e.getLocation();
      String problem = e.getOriginalMessage();
      int nl = problem.indexOf('\n');
      throw new ConfigException(
          file,
          at == null ? 0 : at.getLineNr(),
          at == null ? 0 : at.getColumnNr(),
          null,
          "not valid YAML: " + (nl < 0 ? problem : problem.substring(0, nl)),
          e);
    }
  }

  private static Node read(Path file, JsonParser parser, String path) throws IOException {
    JsonLocation at = parser.currentTokenLocation();
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      Map<String, Field> fields = new LinkedHashMap<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        JsonLocation keyAt = parser.currentTokenLocation();
        String child = path.isEmpty() ? key : path + "." + key;
        if (fields.containsKey(key)) {
          throw new ConfigException(
              file, keyAt.getLineNr(), keyAt.getColumnNr(), child, "repeated key", null);
        }
        parser.nextToken();
        fields.put(key, new Field(key, keyAt, read(file, parser, child)));
      }
      return new Mapping(fields, at, path);
    }
    if (token == JsonToken.START_ARRAY) {
      List<Node> items = new ArrayList<>();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        items.add(read(file, parser, path + "[" + items.size() + "]"));
      }
      return new Sequence(items, at, path);
    }
    return new Scalar(token == JsonToken.VALUE_NULL ? null : parser.getText(), token, at, path);
  }
}
