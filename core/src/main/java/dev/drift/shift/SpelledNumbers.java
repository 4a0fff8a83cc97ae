package dev.drift.shift;

import java.util.List;
import java.util.Set;

/**
 * Reads a number written in words, in the words of one language ({@link NumberWords}): "treinta y
 * dos", "quatre-vingt-dix-sept", "zweihunderteinundzwanzig", "duemilatrecento", "cento e vinte",
 * "two thousand and five", "dos mil millones". A number is read left to right, each part in a lower
 * place than the one before (hundreds, tens, units) within a group, groups ending at a multiplier
 * smaller than the previous one; so two counts side by side ("three and four", "cinco seis",
 * "twenty twenty") are two numbers, not their sum. Stateless and thread-safe.
 */
final class SpelledNumbers {
  private SpelledNumbers() {}

  private static final int UNITS = 1;
  private static final int TENS = 2;
  private static final int HUNDREDS = 4;

  /**
   * Words after which Italian "sei" is "you are", not six ("tu sei", "non sei", "chi sei"), and
   * those that follow it then ("sei stato", "sei qui").
   */
  private static final Set<String> SEI_BEFORE =
      Set.of("tu", "non", "ci", "ne", "lo", "chi", "dove", "come", "che", "se", "mi", "ti", "gli");

  private static final Set<String> SEI_AFTER =
      Set.of(
          "stato", "stata", "tu", "qui", "qua", "lì", "là", "già", "ancora", "proprio", "sempre",
          "davvero", "molto", "troppo", "così", "un", "una", "il", "la", "?");

  /**
   * A spelled number read from the words.
   *
   * @param end index after its last word
   * @param value its value
   */
  record Reading(int end, long value) {}

  /**
   * Reads the spelled number that starts at a word, if one does.
   *
   * @param w the words
   * @param i the first word
   * @param v the language's number words
   * @return the number, or {@code null} when the word does not start one
   */
  static Reading read(List<Word> w, int i, NumberWords v) {
    Word first = w.get(i);
    if (first.type() != Word.Type.WORD) {
      return null;
    }
    String n = first.norm();
    if (!v.known().contains(n)
        && (v.glued().isEmpty() || !(n.contains(v.glued()) || n.startsWith("mille")))
        && (v.elisions().isEmpty() || n.indexOf('\'') < 0)) {
      return null; // most words: one look-up
    }
    Long value = n.equals("vingts") ? null : valueOf(n, v);
    Long multiplier = v.multipliers().get(n);
    if (value != null) {
      if ((value == 100 && percent(w, i, v)) || (n.equals("sei") && isVerb(w, i, v))) {
        return null;
      }
      return continued(w, i, v, value);
    } else if (multiplier != null) {
      if (v.plural().contains(n) || (multiplier == 100 && percent(w, i, v))) {
        return null;
      }
      return continued(w, i, v, multiplier); // "a hundred", "mil", "mille": one of them
    } else if (v.ones().contains(n) && i + 1 < w.size() && singularMultiplier(w.get(i + 1), v)) {
      return continued(w, i, v, 1); // "one hundred", "un millón", "eine Million"
    }
    return null;
  }

  private static Reading continued(List<Word> w, int i, NumberWords v, long first) {
    State s = new State(v);
    // "four and twenty elders": the older English way of 24; "between four and twenty" is a range
    s.unitsFirst =
        v == NumberWords.of("en") && (i == 0 || !RANGE_OPENERS.contains(w.get(i - 1).norm()));
    s.start(first);
    int end = i + 1;
    while (end < w.size()) {
      int k = end;
      String joiner = null;
      String next = w.get(k).norm();
      // A joiner may be a word between hyphens: vingt-et-un
      for (int joined = 0; joined < 3 && isJoiner(next, v); joined++) {
        joiner = joiner == null || joiner.equals("-") ? next : joiner;
        if (++k >= w.size()) {
          break;
        }
        next = w.get(k).norm();
      }
      if (k >= w.size()) {
        break;
      }
      if (w.get(k).type() != Word.Type.WORD || !s.take(next, joiner)) {
        break;
      }
      end = k + 1;
    }
    return new Reading(end, s.value());
  }

  /** The value of a word worth less than a million that is not a bare multiplier, or null. */
  static Long valueOf(String n, NumberWords v) {
    Long x = v.values().get(n);
    if (x != null) {
      return x;
    }
    if (!v.glued().isEmpty()) {
      x = glued(n, v);
      if (x != null) {
        return x;
      }
    }
    int apostrophe = n.indexOf('\'');
    if (apostrophe > 0 && apostrophe < n.length() - 1) {
      String head = n.substring(0, apostrophe);
      String tail = n.substring(apostrophe + 1);
      if (v.elided().containsKey(head) && Character.isLetter(tail.charAt(0))) {
        return v.elided().get(head); // quarant'anni
      }
      if (v.elisions().contains(head) && tail.indexOf('\'') < 0) {
        return valueOf(tail, v); // dell'undici, l'otto
      }
    }
    return null;
  }

  /** "duemilatrecento", "milleduecento", "zweitausendeins", "hunderttausend". */
  private static Long glued(String n, NumberWords v) {
    String mark = v.glued();
    int at = n.indexOf(mark);
    long count;
    String rest;
    if (at >= 0) {
      String head = n.substring(0, at);
      rest = n.substring(at + mark.length());
      Long c = head.isEmpty() || head.equals("ein") ? Long.valueOf(1) : v.values().get(head);
      if (c == null && Long.valueOf(100).equals(v.multipliers().get(head))) {
        c = 100L; // centomila, hunderttausend
      }
      // Italian says "mille" for one thousand, "mila" from two on.
      if (c == null || c < 1 || (c == 1 && mark.equals("mila"))) {
        return null;
      }
      count = c;
    } else if (mark.equals("mila") && n.startsWith("mille") && n.length() > "mille".length()) {
      count = 1;
      rest = n.substring("mille".length());
    } else {
      return null;
    }
    if (rest.isEmpty()) {
      return count * 1000;
    }
    Long r = v.values().get(rest);
    return r == null || r < 1 ? null : count * 1000 + r;
  }

  private static final Set<String> RANGE_OPENERS = Set.of("between", "from");

  private static boolean isJoiner(String n, NumberWords v) {
    return v.tensJoin().contains(n) || v.groupJoin().contains(n);
  }

  private static boolean singularMultiplier(Word w, NumberWords v) {
    return v.multipliers().containsKey(w.norm()) && !v.plural().contains(w.norm());
  }

  /** "por ciento", "pour cent", "per cento", "per cent": a percent sign, not a hundred. */
  private static boolean percent(List<Word> w, int i, NumberWords v) {
    return i > 0 && w.get(i - 1).norm().equals(v.percent());
  }

  private static boolean isVerb(List<Word> w, int i, NumberWords v) {
    return v == NumberWords.of("it")
        && ((i > 0 && SEI_BEFORE.contains(w.get(i - 1).norm()))
            || (i + 1 < w.size() && SEI_AFTER.contains(w.get(i + 1).norm())));
  }

  /** The number read so far: whole groups in {@code total}, the open group in {@code group}. */
  private static final class State {
    private final NumberWords v;
    private long total;
    private long group;
    private int places;
    private long last;
    private long largest;
    private boolean unitsFirst;

    State(NumberWords v) {
      this.v = v;
    }

    void start(long x) {
      if (x >= 1000) {
        total = x - x % 1000;
        group = x % 1000;
        last = x < 1_000_000 ? 1000 : x;
        largest = last;
      } else if (x == 100) {
        group = 100;
      } else {
        group = x;
      }
      places = placesOf(group);
    }

    long value() {
      return total + group;
    }

    /** Takes the next word into the number, or returns false when the number ended before it. */
    boolean take(String n, String joiner) {
      Long x = valueOf(n, v);
      if (x == null && v.ones().contains(n)) {
        x = 1L;
      }
      if (x != null) {
        return add(x, n, joiner);
      }
      Long m = v.multipliers().get(n);
      return m != null && multiply(m, v.plural().contains(n), joiner);
    }

    private boolean add(long x, String n, String joiner) {
      if (x == 0) {
        return false;
      }
      if (x >= 1000) {
        // "zwei Millionen dreihunderttausend": a glued thousand after a larger multiplier
        if (places != 0 || group != 0 || last <= 1000 || !joins(joiner, v.groupJoin(), true)) {
          return false;
        }
        total += x - x % 1000;
        group = x % 1000;
        last = 1000;
        places = placesOf(group);
        return true;
      }
      if (n.equals("vingt") || n.equals("vingts")) {
        // quatre-vingt(s): four twenties
        if (v.vigesimal()
            && (places & ~HUNDREDS) == UNITS
            && group % 100 == 4
            && (joiner == null || joiner.equals("-"))) {
          group += 76;
          places = TENS | (places & HUNDREDS);
          return true;
        }
        if (n.equals("vingts")) {
          return false;
        }
      }
      boolean tensOpen = (places & TENS) != 0 && (places & UNITS) == 0;
      if (tensOpen) {
        long tens = group % 100;
        // soixante-dix, quatre-vingt-onze: French counts 70 and 90 as 60 and 80 plus a teen
        boolean teen = v.vigesimal() && (tens == 60 || tens == 80) && x >= 10 && x < 20;
        if ((x >= 10 && !teen)
            || !joins(joiner, v.tensJoin(), v.tensBare())
            || ("et".equals(joiner) && x != 1 && x != 11)) {
          return false;
        }
        group += x;
        places |= x == 10 && v.tenTakesUnit() ? 0 : UNITS;
        return true;
      }
      if (unitsFirst
          && places == UNITS
          && group < 10
          && x >= 20
          && x < 100
          && x % 10 == 0
          && "and".equals(joiner)) {
        group += x; // "four and twenty"
        places |= TENS;
        return true;
      }
      boolean afterHundred = places == HUNDREDS;
      boolean afterMultiplier = places == 0 && group == 0 && last > 0;
      if ((!afterHundred && !afterMultiplier)
          || (afterHundred && x >= 100)
          || !joins(joiner, v.groupJoin(), v.groupBare())) {
        return false;
      }
      group += x;
      places |= placesOf(x);
      return true;
    }

    private boolean multiply(long m, boolean plural, String joiner) {
      if (joiner != null && !joiner.equals("-")) {
        return false;
      }
      if (m == 100) {
        if ((places & HUNDREDS) != 0) {
          return false;
        }
        if (group == 0) {
          if (plural || places != 0) {
            return false;
          }
          group = 100; // "mille cent"
        } else {
          // "two hundred", "deux cents", "nineteen hundred", "dix-neuf cent"
          if (group >= 100 || (plural && group < 2)) {
            return false;
          }
          group *= 100;
        }
        places = HUNDREDS;
        return true;
      }
      try {
        if (group == 0 && places == 0) {
          if (last == 0) {
            return false; // "zero thousand"
          }
          if (m > largest) {
            total = Math.multiplyExact(total, m); // "mil millones", "thousand million"
            last = m;
            largest = m;
            return true;
          }
          if (plural || m >= last) {
            return false;
          }
          total = Math.addExact(total, m); // "dos millones mil": one thousand
        } else {
          if ((plural && group < 2) || (last > 0 && m >= last)) {
            return false;
          }
          total = Math.addExact(total, Math.multiplyExact(group, m));
        }
      } catch (ArithmeticException tooLarge) {
        return false;
      }
      group = 0;
      places = 0;
      last = m;
      largest = Math.max(largest, m);
      return true;
    }

    private int placesOf(long x) {
      int p = x >= 100 ? HUNDREDS : 0;
      long r = x % 100;
      if (r >= 20) {
        p |= TENS | (r % 10 != 0 ? UNITS : 0);
      } else if (r >= 10) {
        p |= TENS | (r == 10 && v.tenTakesUnit() ? 0 : UNITS);
      } else if (r > 0) {
        p |= UNITS;
      }
      return p;
    }

    private static boolean joins(String joiner, Set<String> allowed, boolean bare) {
      return joiner == null ? bare : allowed.contains(joiner);
    }
  }
}
