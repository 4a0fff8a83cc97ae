package dev.drift.bundle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the inline tags of a unit: XLIFF inline elements in the raw text ({@code <g id="1">},
 * {@code <x id="2"/>}, {@code <ph>}, {@code <pc>}, {@code <sc/>}, … — by name and id) and HTML tags
 * in the decoded text (by name: attributes such as {@code title} are translated). Stateless.
 */
final class InlineTags {
  private static final Pattern XLIFF =
      Pattern.compile("<(/?)(g|x|bx|ex|ph|bpt|ept|it|mrk|pc|sc|ec|sm|em|cp|sub)\\b([^<>]*?)(/?)>");
  private static final Pattern ID = Pattern.compile("\\bid\\s*=\\s*[\"']([^\"']*)[\"']");
  private static final Pattern HTML = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9]*)\\b[^<>]*?(/?)>");

  private InlineTags() {}

  /**
   * A tag.
   *
   * @param key what must match on the other side, e.g. {@code <g id="1">}, {@code </b>}
   * @param start start offset in the raw file
   * @param end end offset (exclusive)
   */
  record Tag(String key, int start, int end) {}

  static List<Tag> find(UnitText text, boolean xliff) {
    List<Tag> out = new ArrayList<>();
    if (xliff) {
      Matcher m = XLIFF.matcher(text.raw());
      while (m.find()) {
        if (m.group(1).isEmpty()) {
          Matcher id = ID.matcher(m.group(3));
          String key =
              "<"
                  + m.group(2)
                  + (id.find() ? " id=\"" + id.group(1) + "\"" : "")
                  + m.group(4)
                  + ">";
          out.add(new Tag(key, text.start() + m.start(), text.start() + m.end()));
        } else {
          out.add(
              new Tag("</" + m.group(2) + ">", text.start() + m.start(), text.start() + m.end()));
        }
      }
    }
    String prose = text.text();
    List<MatchResult> found = HTML.matcher(prose).results().toList();
    for (MatchResult h : found) {
      String name = h.group(2).toLowerCase(Locale.ROOT);
      if (!markup(h, name, found)) {
        continue;
      }
      String key = "<" + h.group(1) + name + h.group(3) + ">";
      int start = text.prose().rawStart(h.start());
      int end = text.prose().rawEnd(h.end() - 1);
      out.add(new Tag(key, start, Math.max(start, end)));
    }
    return out;
  }

  /**
   * Whether an angle-bracketed word is HTML markup: a known HTML element that is void ({@code
   * <br>}), written self-closing, or opened and closed in the text. A lone {@code <file>}, {@code
   * <seconds>} or {@code <address>} in a program's help is a metavariable, which translators
   * translate ("-F, --pidfile <archivo>").
   */
  private static boolean markup(MatchResult h, String name, List<MatchResult> all) {
    if (!org.jsoup.parser.Tag.isKnownTag(name)) {
      return false;
    }
    boolean closing = !h.group(1).isEmpty();
    if (!closing && (!h.group(3).isEmpty() || org.jsoup.parser.Tag.valueOf(name).isEmpty())) {
      return true;
    }
    for (MatchResult other : all) {
      boolean partner =
          closing
              ? other.group(1).isEmpty() && other.start() < h.start()
              : !other.group(1).isEmpty() && other.start() > h.start();
      if (partner && other.group(2).equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }
}
