package dev.drift.shift;

import dev.drift.load.Verbatim;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text that must survive translation unchanged: link targets and URLs, inline code, and
 * placeholders ({@code {name}}, {@code {{name}}}, {@code ${name}}, {@code %s}, {@code %1$d}). Each
 * item of the original needs an identical item in the translation; a missing or changed one is an
 * error.
 */
final class VerbatimShiftDetector implements ShiftDetector {
  // A URL ends before white space, brackets and quotation marks of any style ("“https://…”").
  private static final Pattern URL =
      Pattern.compile(
          "\\bhttps?://[^\\s<>\"')\\]\u201c\u201d\u201e\u2018\u2019\u201a\u00ab\u00bb\u2039\u203a]+"
              + "[^\\s<>\"')\\]\u201c\u201d\u201e\u2018\u2019\u201a\u00ab\u00bb\u2039\u203a.,;:!?]");
  private static final Pattern PLACEHOLDER =
      Pattern.compile(
          "\\{\\{\\s*[\\w.-]+\\s*\\}\\}|\\$\\{[\\w.-]+\\}|\\{[\\w.-]*\\}|%(?:\\d+\\$)?[-+#0]*\\d*(?:\\.\\d+)?[sdifxXeEgGcbou@]");

  private VerbatimShiftDetector() {}

  static VerbatimShiftDetector create() {
    return new VerbatimShiftDetector();
  }

  /** An item and where it is: a word range of the side, or a raw span outside the prose. */
  private record Item(ShiftKind kind, String text, int from, int to, TextSpan raw) {}

  @Override
  public void detect(AlignedPair pair, List<Finding> findings) {
    List<Item> a = items(pair.original());
    List<Item> b = items(pair.translation());
    List<Item> lostB = new ArrayList<>(b);
    List<Item> lostA = new ArrayList<>();
    for (Item x : a) {
      Item match = null;
      for (Item y : lostB) {
        if (y.kind() == x.kind() && y.text().equals(x.text())) {
          match = y;
          break;
        }
      }
      if (match == null) {
        lostA.add(x);
      } else {
        lostB.remove(match);
      }
    }
    for (Item x : lostA) {
      Item partner = null;
      for (Item y : lostB) {
        if (y.kind() == x.kind()) {
          partner = y;
          break;
        }
      }
      if (partner != null) {
        lostB.remove(partner);
      }
      Finding f = finding(findings, x, partner);
      f.reason =
          partner == null
              ? noun(x.kind()) + " missing: " + x.text()
              : noun(x.kind()) + " changed: " + x.text() + " → " + partner.text();
    }
    for (Item y : lostB) {
      Finding f = finding(findings, null, y);
      f.reason = noun(y.kind()) + " added: " + y.text();
    }
  }

  private static Finding finding(List<Finding> findings, Item x, Item y) {
    Finding target = null;
    for (Finding f : findings) {
      boolean overlaps =
          (x != null && x.raw() == null && f.overlapsOriginal(x.from(), x.to()))
              || (y != null && y.raw() == null && f.overlapsTranslation(y.from(), y.to()));
      if (overlaps) {
        target = f;
        break;
      }
    }
    if (target == null) {
      target =
          new Finding(
              x == null || x.raw() != null ? 0 : x.from(),
              x == null || x.raw() != null ? 0 : x.to(),
              y == null || y.raw() != null ? 0 : y.from(),
              y == null || y.raw() != null ? 0 : y.to());
      findings.add(target);
    }
    // The word diff may have changed only part of an item ("a" → "b" of a URL, "name" inside
    // "{name}"): the finding covers the whole item, on both sides.
    if (x != null && x.raw() != null) {
      target.originalRaw = x.raw();
    } else if (x != null) {
      target.coverOriginal(x.from(), x.to());
    }
    if (y != null && y.raw() != null) {
      target.translationRaw = y.raw();
    } else if (y != null) {
      target.coverTranslation(y.from(), y.to());
    }
    ShiftKind kind = x != null ? x.kind() : y.kind();
    target.neutral = false;
    target.kinds.add(kind);
    target.raise(Severity.ERROR);
    return target;
  }

  private static String noun(ShiftKind kind) {
    return switch (kind) {
      case LINK -> "link";
      case CODE -> "code";
      default -> "placeholder";
    };
  }

  private static List<Item> items(PairSide side) {
    List<Item> out = new ArrayList<>();
    for (Verbatim v : side.verbatim()) {
      ShiftKind kind = v.kind() == Verbatim.Kind.CODE ? ShiftKind.CODE : ShiftKind.LINK;
      out.add(
          new Item(
              kind,
              v.text(),
              0,
              0,
              new TextSpan(v.start(), v.end(), side.raw().substring(v.start(), v.end()))));
    }
    for (Pattern p : new Pattern[] {URL, PLACEHOLDER}) {
      Matcher m = p.matcher(side.text());
      while (m.find()) {
        int[] words = wordRange(side, m.start(), m.end());
        if (words != null) {
          out.add(
              new Item(
                  p == URL ? ShiftKind.LINK : ShiftKind.PLACEHOLDER,
                  m.group(),
                  words[0],
                  words[1],
                  null));
        }
      }
    }
    return out;
  }

  private static int[] wordRange(PairSide side, int from, int to) {
    int a = -1;
    int b = -1;
    for (Word w : side.words()) {
      if (w.end() > from && w.start() < to) {
        if (a < 0) {
          a = w.index();
        }
        b = w.index() + 1;
      }
    }
    return a < 0 ? null : new int[] {a, b};
  }
}
