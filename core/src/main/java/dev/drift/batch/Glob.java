package dev.drift.batch;

import dev.drift.DriftInputException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An Ant-style glob over relative paths with {@code /} separators, as Maven users know them: {@code
 * *} matches within a segment, {@code ?} one character, {@code **} any number of segments (so
 * {@code **}{@code /*.md} also matches {@code index.md} at the top), {@code {a,b}} either
 * alternative. Matching is case-sensitive. Immutable.
 */
final class Glob {
  private final String text;
  private final Pattern pattern;

  private Glob(String text, Pattern pattern) {
    this.text = text;
    this.pattern = pattern;
  }

  /**
   * Compiles a glob.
   *
   * @param glob the glob; {@code \} is read as {@code /}, a leading {@code /} is ignored
   * @return the compiled glob
   * @throws DriftInputException if the glob is empty or has an unclosed {@code {}
   */
  static Glob compile(String glob) {
    String g = glob == null ? "" : glob.trim().replace('\\', '/');
    while (g.startsWith("/")) {
      g = g.substring(1);
    }
    if (g.isEmpty()) {
      throw new DriftInputException("empty include or exclude pattern");
    }
    if (g.endsWith("/")) {
      g = g + "**";
    }
    StringBuilder re = new StringBuilder();
    boolean inGroup = false;
    for (int i = 0; i < g.length(); i++) {
      char c = g.charAt(i);
      if (c == '*' && i + 1 < g.length() && g.charAt(i + 1) == '*') {
        boolean slashFollows = i + 2 < g.length() && g.charAt(i + 2) == '/';
        re.append(slashFollows ? "(?:.*/)?" : ".*");
        i += slashFollows ? 2 : 1;
      } else if (c == '*') {
        re.append("[^/]*");
      } else if (c == '?') {
        re.append("[^/]");
      } else if (c == '{' && !inGroup) {
        re.append("(?:");
        inGroup = true;
      } else if (c == '}' && inGroup) {
        re.append(')');
        inGroup = false;
      } else if (c == ',' && inGroup) {
        re.append('|');
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    if (inGroup) {
      throw new DriftInputException("pattern '" + glob + "' has an unclosed '{'");
    }
    return new Glob(glob, Pattern.compile(re.toString()));
  }

  /**
   * Whether a relative path matches.
   *
   * @param relativePath the path, segments separated by {@code /}
   * @return true if the whole path matches
   */
  boolean matches(String relativePath) {
    return pattern.matcher(relativePath).matches();
  }

  /**
   * Whether any of the globs matches.
   *
   * @param globs the globs
   * @param relativePath the path
   * @return true if one matches
   */
  static boolean anyMatches(List<Glob> globs, String relativePath) {
    for (Glob g : globs) {
      if (g.matches(relativePath)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return text;
  }
}
