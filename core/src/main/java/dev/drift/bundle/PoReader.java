package dev.drift.bundle;

import dev.drift.load.InputFormat;
import dev.drift.load.ProseText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads gettext PO files (no well-kept PO reader with source positions is on Maven Central):
 * entries of {@code msgctxt}, {@code msgid}, {@code msgid_plural}, {@code msgstr} and {@code
 * msgstr[N]}, each a string continued on the lines after it, with C escapes; {@code #, fuzzy}
 * flags; obsolete entries ({@code #~}) skipped. The header entry ({@code msgid ""}) gives the
 * target language ({@code Language:}). A plural entry is one unit per form: form 0 against {@code
 * msgid}, later forms against {@code msgid_plural}. Stateless.
 */
final class PoReader {
  private static final Pattern KEYWORD =
      Pattern.compile("(msgctxt|msgid_plural|msgid|msgstr(?:\\[\\d+\\])?)[ \\t]*(?=\")");
  private static final Pattern LANGUAGE =
      Pattern.compile("(?m)^Language:[ \\t]*([A-Za-z]{2,3}(?:[_-][A-Za-z0-9]+)*)");

  private PoReader() {}

  /** A string split over lines: the raw ranges of its pieces, inside the quotes. */
  private static final class Pieces {
    final List<int[]> ranges = new ArrayList<>();

    UnitText text(String raw) {
      ProseText.Builder p = new ProseText.Builder(raw);
      for (int[] r : ranges) {
        Escapes.append(p, raw, r[0], r[1]);
      }
      int start = ranges.get(0)[0];
      int end = ranges.get(ranges.size() - 1)[1];
      return new UnitText(start, end, raw.substring(start, end), p.build());
    }
  }

  /** One entry while it is read. */
  private static final class Entry {
    Pieces context;
    Pieces id;
    Pieces plural;
    final List<Pieces> forms = new ArrayList<>();
    boolean fuzzy;
    int line;

    boolean empty() {
      return context == null && id == null && plural == null && forms.isEmpty();
    }
  }

  static Bundle read(String name, String text) {
    List<Unit> units = new ArrayList<>();
    String[] language = {null};
    Entry e = new Entry();
    Pieces current = null; // the string a continuation line extends
    boolean fuzzy = false;
    int pos = 0;
    int lineNo = 0;
    while (pos < text.length()) {
      lineNo++;
      int nl = text.indexOf('\n', pos);
      int lineEnd = nl < 0 ? text.length() : nl;
      int contentEnd = lineEnd > pos && text.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
      int s = pos;
      while (s < contentEnd && isBlank(text.charAt(s))) {
        s++;
      }
      if (s == contentEnd || text.startsWith("#~", s)) {
        current = null;
      } else if (text.charAt(s) == '#') {
        if (!e.forms.isEmpty()) {
          finish(name, text, e, units, language);
          e = new Entry();
        }
        if (text.startsWith("#,", s)
            && text.substring(s + 2, contentEnd).toLowerCase(Locale.ROOT).contains("fuzzy")) {
          fuzzy = true;
        }
        current = null;
      } else if (text.charAt(s) == '"') {
        if (current == null) {
          throw BundleInputException.at(name, lineNo, "a string continues no msgid or msgstr");
        }
        current.ranges.add(string(name, text, s, contentEnd, lineNo));
      } else {
        Matcher m = KEYWORD.matcher(text).region(s, contentEnd);
        if (!m.lookingAt()) {
          String word = text.substring(s, contentEnd).split("[ \\t\"]", 2)[0];
          throw BundleInputException.at(
              name,
              lineNo,
              "expected msgctxt, msgid, msgid_plural or msgstr, found '"
                  + word.substring(0, Math.min(word.length(), 30))
                  + "'");
        }
        String keyword = m.group(1);
        boolean starts = keyword.equals("msgctxt") || keyword.equals("msgid");
        if (starts && (!e.forms.isEmpty() || e.id != null)) {
          finish(name, text, e, units, language);
          e = new Entry();
        }
        if (e.empty()) {
          e.line = lineNo;
          e.fuzzy = fuzzy;
          fuzzy = false;
        }
        current = new Pieces();
        current.ranges.add(string(name, text, m.end(), contentEnd, lineNo));
        switch (keyword) {
          case "msgctxt" -> e.context = current;
          case "msgid" -> e.id = current;
          case "msgid_plural" -> e.plural = current;
          default -> {
            if (e.id == null) {
              throw BundleInputException.at(name, lineNo, keyword + " without a msgid before it");
            }
            e.forms.add(current);
          }
        }
      }
      pos = lineEnd + 1;
    }
    if (!e.empty()) {
      finish(name, text, e, units, language);
    }
    return new Bundle(InputFormat.PO, name, text, name, text, null, language[0], units);
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\uFEFF';
  }

  private static void finish(String name, String text, Entry e, List<Unit> units, String[] lang) {
    if (e.id == null) {
      throw BundleInputException.at(name, e.line, "an entry without msgid");
    }
    if (e.forms.isEmpty()) {
      throw BundleInputException.at(name, e.line, "msgid without msgstr");
    }
    UnitText id = e.id.text(text);
    if (id.text().isEmpty() && e.context == null) {
      Matcher m = LANGUAGE.matcher(e.forms.get(0).text(text).text());
      if (m.find()) {
        lang[0] = m.group(1).replace('_', '-');
      }
      return; // the header
    }
    String key = (e.context == null ? "" : e.context.text(text).text() + "|") + id.text();
    UnitText plural = e.plural == null ? id : e.plural.text(text);
    for (int i = 0; i < e.forms.size(); i++) {
      UnitText target = e.forms.get(i).text(text);
      units.add(
          new Unit(
              e.forms.size() > 1 ? key + " [" + i + "]" : key,
              i == 0 ? id : plural,
              target,
              e.fuzzy));
    }
  }

  /**
   * The quoted string starting at {@code from} (a {@code "}), which must close on its line.
   *
   * @return the raw range inside the quotes
   */
  private static int[] string(String name, String text, int from, int lineEnd, int lineNo) {
    if (from >= lineEnd || text.charAt(from) != '"') {
      throw BundleInputException.at(name, lineNo, "expected a quoted string");
    }
    int i = from + 1;
    while (i < lineEnd && text.charAt(i) != '"') {
      i += text.charAt(i) == '\\' ? 2 : 1;
    }
    if (i >= lineEnd) {
      throw BundleInputException.at(name, lineNo, "unterminated string");
    }
    for (int k = i + 1; k < lineEnd; k++) {
      if (!Character.isWhitespace(text.charAt(k))) {
        throw BundleInputException.at(name, lineNo, "text after the closing quote");
      }
    }
    return new int[] {from + 1, i};
  }
}
