package dev.drift.bundle;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.drift.load.ProseText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Reads JSON message bundles with Jackson's streaming parser, whose token locations are character
 * offsets: every string value is a message, its key the path of object keys joined with dots (array
 * elements by index: {@code items.0}); numbers, booleans and nulls are not messages. The top level
 * must be an object. Stateless.
 */
final class JsonBundleReader {
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build())
          .build();

  private JsonBundleReader() {}

  static List<Keyed> read(String name, String text) {
    List<Keyed> out = new ArrayList<>();
    try (JsonParser p = FACTORY.createParser(text)) {
      JsonToken first = p.nextToken();
      if (first != JsonToken.START_OBJECT) {
        throw BundleInputException.at(
            name,
            first == null ? 1 : p.currentTokenLocation().getLineNr(),
            "a JSON message bundle must be an object of messages");
      }
      Deque<String> path = new ArrayDeque<>();
      Deque<int[]> arrays = new ArrayDeque<>(); // per open container: {isArray, next index}
      arrays.push(new int[] {0, 0});
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (arrays.isEmpty()) {
          throw BundleInputException.at(
              name, p.currentTokenLocation().getLineNr(), "text after the top-level object");
        }
        switch (t) {
          case FIELD_NAME -> path.push(p.currentName());
          case START_OBJECT, START_ARRAY -> {
            elementName(path, arrays);
            arrays.push(new int[] {t == JsonToken.START_ARRAY ? 1 : 0, 0});
          }
          case END_OBJECT, END_ARRAY -> {
            arrays.pop();
            if (!arrays.isEmpty() && !path.isEmpty()) {
              path.pop();
            }
          }
          case VALUE_STRING -> {
            elementName(path, arrays);
            int quote = (int) p.currentTokenLocation().getCharOffset();
            out.add(new Keyed(key(path), string(name, text, quote)));
            path.pop();
          }
          default -> {
            elementName(path, arrays);
            path.pop();
          }
        }
      }
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
      String message = e.getOriginalMessage();
      int nl = message == null ? -1 : message.indexOf('\n');
      throw BundleInputException.at(
          name, line, "malformed JSON: " + (nl < 0 ? message : message.substring(0, nl)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Inside an array, an element is named by its index. */
  private static void elementName(Deque<String> path, Deque<int[]> arrays) {
    int[] top = arrays.peek();
    if (top != null && top[0] == 1) {
      path.push(Integer.toString(top[1]++));
    }
  }

  private static String key(Deque<String> path) {
    List<String> parts = new ArrayList<>(path);
    java.util.Collections.reverse(parts);
    return String.join(".", parts);
  }

  /** The string whose opening quote is at {@code quote}, decoded with its escapes mapped. */
  private static UnitText string(String name, String text, int quote) {
    if (quote < 0 || quote >= text.length() || text.charAt(quote) != '"') {
      throw BundleInputException.at(name, text, Math.max(0, quote), "cannot place a string");
    }
    int i = quote + 1;
    while (i < text.length() && text.charAt(i) != '"') {
      i += text.charAt(i) == '\\' ? 2 : 1;
    }
    int end = Math.min(i, text.length());
    ProseText.Builder prose = new ProseText.Builder(text);
    Escapes.append(prose, text, quote + 1, end);
    return new UnitText(quote + 1, end, text.substring(quote + 1, end), prose.build());
  }
}
