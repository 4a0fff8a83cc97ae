package dev.drift.bundle;

import com.ibm.icu.text.MessagePattern;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the placeholders of a message: printf conversions ({@code %s}, {@code %1$d}, {@code
 * %(name)s}; {@code %%} is not one), and, when the text parses as an ICU MessageFormat pattern
 * (ICU4J's {@link MessagePattern}), its arguments ({@code {0}}, {@code {name}}, {@code {n,
 * number}}) and the keywords of its {@code select} and explicit plural ({@code =0}) cases; when it
 * does not parse, every {@code {name}} in braces. Plural categories ({@code one}, {@code few}) are
 * not compared: languages have different sets. Stateless.
 */
final class Placeholders {
  private static final Pattern PRINTF =
      Pattern.compile(
          "%%|%(?:\\d+\\$|\\([A-Za-z_][A-Za-z0-9_]*\\))?[-#+0,(]*(?:\\d+|\\*)?(?:\\.\\d+)?"
              + "(?:hh|h|ll|l|L|q|j|z|t)?[diouxXeEfFgGaAcsp@]");
  private static final Pattern BRACES = Pattern.compile("\\{[^{}\\s]{1,64}\\}");

  private Placeholders() {}

  /**
   * A placeholder.
   *
   * @param key what must match on the other side, e.g. {@code %1$d}, {@code {name}}, {@code
   *     select:female}
   * @param start start index in the text
   * @param end end index (exclusive)
   */
  record Token(String key, int start, int end) {}

  static List<Token> find(String text) {
    List<Token> out = new ArrayList<>();
    Matcher m = PRINTF.matcher(text);
    while (m.find()) {
      if (!m.group().equals("%%")) {
        out.add(new Token(m.group(), m.start(), m.end()));
      }
    }
    if (text.indexOf('{') >= 0) {
      if (!icu(text, out)) {
        Matcher b = BRACES.matcher(text);
        while (b.find()) {
          out.add(new Token(b.group(), b.start(), b.end()));
        }
      }
    }
    return out;
  }

  /** Adds the ICU MessageFormat arguments and case keywords; false if the text does not parse. */
  private static boolean icu(String text, List<Token> out) {
    MessagePattern pattern;
    try {
      pattern = new MessagePattern(text);
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      return false;
    }
    List<Token> found = new ArrayList<>();
    String argType = "";
    int argStart = 0;
    for (int i = 0; i < pattern.countParts(); i++) {
      MessagePattern.Part part = pattern.getPart(i);
      switch (part.getType()) {
        case ARG_START -> {
          argType = part.getArgType().name().toLowerCase(java.util.Locale.ROOT);
          argStart = part.getIndex();
        }
        case ARG_NAME, ARG_NUMBER -> {
          int start = part.getIndex();
          int end = start + part.getLength();
          // The span covers "{name}" for a simple argument, "{name" for a plural or select.
          int spanEnd = end < text.length() && text.charAt(end) == '}' ? end + 1 : end;
          found.add(new Token("{" + text.substring(start, end) + "}", argStart, spanEnd));
        }
        case ARG_SELECTOR -> {
          String keyword = pattern.getSubstring(part);
          if (argType.equals("select") || keyword.startsWith("=")) {
            int start = part.getIndex();
            found.add(new Token(argType + ":" + keyword, start, start + part.getLength()));
          }
        }
        default -> {}
      }
    }
    out.addAll(found);
    return true;
  }
}
