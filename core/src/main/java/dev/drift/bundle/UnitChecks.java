package dev.drift.bundle;

import dev.drift.shift.OrdinaryWords;
import dev.drift.shift.Severity;
import dev.drift.shift.Shift;
import dev.drift.shift.ShiftKind;
import dev.drift.shift.TextSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The checks of a translation unit that need no model, each a {@link Shift} whose spans are
 * raw-file offsets of the source and target text: placeholders must match exactly ({@link
 * Placeholders}); inline tags must be kept ({@link InlineTags}); leading and trailing whitespace
 * must be the source's; the target's length must lie within {@link #MIN_RATIO}–{@link #MAX_RATIO}
 * of a source of {@link #MIN_LENGTH} characters or more (Okapi CheckMate's defaults); a target must
 * not be missing, empty, marked fuzzy, or a copy of the source when the languages differ.
 * Stateless.
 */
public final class UnitChecks {
  /** Sources shorter than this are not length-checked. */
  public static final int MIN_LENGTH = 20;

  /** The least target length, as a share of the source's. */
  public static final double MIN_RATIO = 0.45;

  /** The most target length, as a share of the source's. */
  public static final double MAX_RATIO = 2.0;

  private UnitChecks() {}

  /**
   * Checks a unit with both a source and a target.
   *
   * @param unit the unit
   * @param xliff whether the file is XLIFF, whose inline elements are then compared too
   * @param crossLanguage whether source and target languages differ (a copied source is then
   *     untranslated)
   * @param sourceLanguage the source's BCP 47 language, which decides what an ordinary word is
   * @return the shifts found, in no particular order
   */
  public static List<Shift> check(
      Unit unit, boolean xliff, boolean crossLanguage, String sourceLanguage) {
    List<Shift> out = new ArrayList<>();
    UnitText s = unit.source();
    UnitText t = unit.target();
    if (s == null || t == null) {
      return out;
    }
    if (unit.fuzzy()) {
      out.add(
          shift(
              ShiftKind.UNTRANSLATED,
              Severity.WARNING,
              "marked fuzzy: the target needs review",
              whole(s),
              whole(t)));
    }
    String source = s.text();
    String target = t.text();
    if (crossLanguage && source.strip().equals(target.strip()) && hasLetter(source)) {
      // Names, codes, units and single words ("Bulgaria", "KiB", "Total") are often the same in
      // both languages: only a source with two ordinary words or more is a copy to translate.
      boolean words = OrdinaryWords.count(source, sourceLanguage) >= 2;
      out.add(
          shift(
              ShiftKind.UNTRANSLATED,
              words ? Severity.WARNING : Severity.INFO,
              words
                  ? "untranslated: the target is the source"
                  : "the target is the source (names, codes or a word both languages share)",
              whole(s),
              whole(t)));
    }
    compare(
        Placeholders.find(source),
        Placeholders.find(target),
        Placeholders.Token::key,
        tok -> span(s, s.prose().rawStart(tok.start()), s.prose().rawEnd(tok.end() - 1)),
        tok -> span(t, t.prose().rawStart(tok.start()), t.prose().rawEnd(tok.end() - 1)),
        ShiftKind.PLACEHOLDER,
        "placeholder",
        s,
        t,
        out);
    compare(
        InlineTags.find(s, xliff),
        InlineTags.find(t, xliff),
        InlineTags.Tag::key,
        tag -> span(s, tag.start(), tag.end()),
        tag -> span(t, tag.start(), tag.end()),
        ShiftKind.TAG,
        "tag",
        s,
        t,
        out);
    whitespace(s, t, out);
    int sourceLength = source.strip().length();
    int targetLength = target.strip().length();
    if (sourceLength >= MIN_LENGTH && targetLength > 0) {
      double ratio = (double) targetLength / sourceLength;
      if (ratio < MIN_RATIO || ratio > MAX_RATIO) {
        out.add(
            shift(
                ShiftKind.LENGTH,
                Severity.WARNING,
                String.format(
                    java.util.Locale.ROOT,
                    "target is %d%% of the source's length (%d%%–%d%% expected)",
                    Math.round(ratio * 100),
                    Math.round(MIN_RATIO * 100),
                    Math.round(MAX_RATIO * 100)),
                whole(s),
                whole(t)));
      }
    }
    return out;
  }

  /**
   * The shift of a unit that has no usable target: missing (no target, a key the translation lacks)
   * or empty.
   *
   * @param unit the unit
   * @param bilingual whether the file holds both languages (XLIFF, PO): "no target" rather than
   *     "missing key"
   * @return the shift
   */
  public static Shift untranslated(Unit unit, boolean bilingual) {
    String message =
        unit.target() != null
            ? "untranslated: the target is empty"
            : bilingual
                ? "untranslated: no target"
                : "missing key: " + unit.id() + " is not in the translation";
    return new Shift(
        List.of(ShiftKind.OMISSION, ShiftKind.UNTRANSLATED),
        Severity.ERROR,
        1.0,
        message,
        whole(unit.source()),
        unit.target() == null ? null : whole(unit.target()));
  }

  /**
   * The shift of a key only the translation has.
   *
   * @param unit the unit, without a source
   * @return the shift
   */
  public static Shift extra(Unit unit) {
    return new Shift(
        List.of(ShiftKind.ADDITION),
        Severity.WARNING,
        1.0,
        "extra key: " + unit.id() + " is not in the original",
        null,
        whole(unit.target()));
  }

  private static <T> void compare(
      List<T> source,
      List<T> target,
      Function<T, String> key,
      Function<T, TextSpan> sourceSpan,
      Function<T, TextSpan> targetSpan,
      ShiftKind kind,
      String what,
      UnitText s,
      UnitText t,
      List<Shift> out) {
    Map<String, List<T>> left = new HashMap<>();
    for (T x : target) {
      left.computeIfAbsent(key.apply(x), k -> new ArrayList<>()).add(x);
    }
    for (T x : source) {
      List<T> same = left.get(key.apply(x));
      if (same != null && !same.isEmpty()) {
        same.remove(0);
      } else {
        out.add(
            shift(
                kind,
                Severity.ERROR,
                what + " missing in the target: " + key.apply(x),
                sourceSpan.apply(x),
                whole(t)));
      }
    }
    for (T x : target) {
      List<T> same = left.get(key.apply(x));
      if (same != null && same.remove(x)) {
        out.add(
            shift(
                kind,
                Severity.ERROR,
                what + " added in the target: " + key.apply(x),
                whole(s),
                targetSpan.apply(x)));
      }
    }
  }

  private static void whitespace(UnitText s, UnitText t, List<Shift> out) {
    String a = s.text();
    String b = t.text();
    String leadA = a.substring(0, a.length() - a.stripLeading().length());
    String leadB = b.substring(0, b.length() - b.stripLeading().length());
    String trailA = a.substring(a.stripTrailing().length());
    String trailB = b.substring(b.stripTrailing().length());
    if (!leadA.equals(leadB) && !a.isBlank()) {
      out.add(
          shift(
              ShiftKind.WHITESPACE,
              Severity.WARNING,
              "leading whitespace differs: " + visible(leadA) + " → " + visible(leadB),
              whole(s),
              whole(t)));
    }
    if (!trailA.equals(trailB) && !a.isBlank()) {
      out.add(
          shift(
              ShiftKind.WHITESPACE,
              Severity.WARNING,
              "trailing whitespace differs: " + visible(trailA) + " → " + visible(trailB),
              whole(s),
              whole(t)));
    }
  }

  private static String visible(String ws) {
    if (ws.isEmpty()) {
      return "none";
    }
    return "\""
        + ws.replace("\n", "\\n")
            .replace("\t", "\\t")
            .replace("\r", "\\r")
            .replace("\u00A0", "\\u00A0")
        + "\"";
  }

  private static boolean hasLetter(String s) {
    return s.codePoints().anyMatch(Character::isLetter);
  }

  private static Shift shift(
      ShiftKind kind, Severity severity, String message, TextSpan original, TextSpan translation) {
    return new Shift(
        List.of(kind),
        severity,
        severity == Severity.ERROR ? 1.0 : 0.5,
        message,
        original,
        translation);
  }

  private static TextSpan whole(UnitText u) {
    return new TextSpan(u.start(), u.end(), u.raw());
  }

  private static TextSpan span(UnitText u, int start, int end) {
    int s = Math.max(u.start(), Math.min(start, u.end()));
    int e = Math.max(s, Math.min(end, u.end()));
    return new TextSpan(s, e, u.raw().substring(s - u.start(), e - u.start()));
  }
}
