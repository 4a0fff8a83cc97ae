package dev.drift.segment;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import dev.drift.load.Block;
import dev.drift.load.ProseText;
import dev.drift.load.SourceDocument;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits the prose blocks of a document into sentences with ICU's sentence {@link BreakIterator},
 * filtered by ICU's abbreviation list for the locale. A second filter keeps a sentence whole after
 * honorifics ("MM. Blinken", "Mr."), dotted acronyms ("U.S. Secretary") and initials before a name
 * ("Harsh V. Pant"): ICU's filter cannot hold both "U." and "U.S." in one list; and after a
 * question that the sentence continues in lower case ("…of the sea? or hast thou walked…?"). A
 * block always ends a sentence, so a headline without a period is a unit of its own. Pieces without
 * a letter or digit (a lone dash) are not sentences. A sentence longer than {@link
 * #MAX_SENTENCE_CHARS} is cut into pieces at words ({@link #pieces}), so no sentence is ever
 * longer. Immutable and thread-safe: each call uses its own iterator.
 */
public final class SentenceSegmenter {
  /** Words that end in a period but rarely end a sentence (several languages). */
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "Mr.", "Mrs.", "Ms.", "Mx.", "MM.", "M.", "Mme.", "Mmes.", "Mlle.", "Dr.", "Prof.", "Sr.",
          "Sra.", "Srta.", "Jr.", "St.", "Gen.", "Lt.", "Col.", "Capt.", "Sgt.", "Sen.", "Rep.",
          "Gov.", "Pres.", "Rev.", "Hon.", "No.", "Nos.", "Nr.", "Vol.", "vs.", "approx.", "cf.",
          "Fig.", "Ch.", "Sec.", "Art.", "Abs.", "Hr.", "Fr.", "Hrn.", "Jan.", "Feb.", "Mar.",
          "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.");

  private static final Pattern ACRONYM = Pattern.compile("(?:\\p{L}\\.){2,}");
  private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.");
  private static final String CLOSERS = "*_~`]";
  private static final String OPENERS_MARKUP = "*_~`[";
  private static final String OPENERS = "([{\"'“‘«„";

  /**
   * The longest sentence, in UTF-16 code units of prose, before it is cut into pieces: about 400
   * words of English, beyond any real sentence of the project's benchmarks and near two windows of
   * the bundled model (256 tokens). Longer runs without a sentence end (a log line, a machine dump,
   * prose with its punctuation lost) are cut by {@link #pieces}.
   */
  public static final int MAX_SENTENCE_CHARS = 2_000;

  /** The shortest piece of an over-long sentence that a word may end. */
  static final int MIN_PIECE_CHARS = 500;

  /** One word in this many ends a piece of an over-long sentence, on average. */
  static final int CUT_EVERY = 16;

  private final ULocale locale;
  private final BreakIterator prototype;

  private SentenceSegmenter(ULocale locale) {
    this.locale = locale;
    this.prototype =
        FilteredBreakIteratorBuilder.getInstance(locale)
            .wrapIteratorWithFilter(BreakIterator.getSentenceInstance(locale));
  }

  /**
   * A segmenter for a language.
   *
   * @param language a BCP 47 language tag such as {@code en} or {@code fr}
   * @return the segmenter
   */
  public static SentenceSegmenter create(String language) {
    return new SentenceSegmenter(ULocale.forLocale(Locale.forLanguageTag(language)));
  }

  /**
   * The language this segmenter splits.
   *
   * @return the BCP 47 tag
   */
  public String language() {
    return locale.toLanguageTag();
  }

  /**
   * Splits a document into sentences.
   *
   * @param doc the document
   * @return the document with its sentences in document order, in this segmenter's language
   */
  public SegmentedDocument segment(SourceDocument doc) {
    return new SegmentedDocument(doc, language(), sentences(doc));
  }

  private List<Sentence> sentences(SourceDocument doc) {
    BreakIterator it = (BreakIterator) prototype.clone();
    List<Sentence> out = new ArrayList<>();
    List<Block> blocks = doc.blocks();
    for (int b = 0; b < blocks.size(); b++) {
      ProseText prose = blocks.get(b).prose();
      String text = prose.text();
      it.setText(text);
      int from = it.first();
      for (int to = it.next(); to != BreakIterator.DONE; from = to, to = it.next()) {
        while (to < text.length()
            && (endsInAbbreviation(text, from, to) || questionGoesOn(text, to))) {
          int next = it.next();
          if (next == BreakIterator.DONE) {
            break;
          }
          to = next;
        }
        int s = from;
        int e = to;
        while (s < e && isSpace(text.charAt(s))) {
          s++;
        }
        while (e > s && isSpace(text.charAt(e - 1))) {
          e--;
        }
        if (!hasLetterOrDigit(text, s, e)) {
          continue;
        }
        int next = to;
        while (next < text.length() && isSpace(text.charAt(next))) {
          next++;
        }
        int limit = next < text.length() ? prose.rawStart(next) : doc.text().length();
        int[] cuts = pieces(text, s, e);
        for (int k = 0; k + 1 < cuts.length; k += 2) {
          int ps = cuts[k];
          int pe = cuts[k + 1];
          if (!hasLetterOrDigit(text, ps, pe)) {
            continue;
          }
          int start = prose.rawStart(ps);
          int end = prose.rawEnd(pe - 1);
          if (k + 2 == cuts.length) {
            end = closeMarkup(doc.text(), end, limit);
          }
          if (k == 0) {
            start =
                openMarkup(doc.text(), start, out.isEmpty() ? 0 : out.get(out.size() - 1).end());
          }
          out.add(sentence(doc, out.size(), b, start, end, collapse(prose, ps, pe)));
        }
      }
    }
    return out;
  }

  /**
   * Cuts the piece {@code [from, to)} of a sentence longer than {@link #MAX_SENTENCE_CHARS} (a
   * megabyte of prose without a sentence end, say) into pieces of at most that many characters,
   * each a sentence of its own, so that no later stage works on more than a model window or so at a
   * time. A piece ends after a word whose hash picks it (one word in {@value #CUT_EVERY} on
   * average) once the piece holds {@value #MIN_PIECE_CHARS} characters: the cuts depend on the
   * words, not on where the sentence starts, so repeated prose falls into the same pieces, which
   * are embedded once, and an edit moves only the cuts next to it. Where no word picks a cut, the
   * piece ends at its last space (or, without one, at the limit).
   *
   * @return start and end (exclusive) of each piece, trimmed of spaces, one pair after another
   */
  static int[] pieces(String text, int from, int to) {
    if (to - from <= MAX_SENTENCE_CHARS) {
      return new int[] {from, to};
    }
    int[] cuts = new int[8];
    int n = 0;
    int pos = from;
    while (pos < to) {
      int cut = to;
      if (to - pos > MAX_SENTENCE_CHARS) {
        cut = cutAfter(text, pos, pos + MAX_SENTENCE_CHARS);
      }
      int e = cut;
      while (e > pos && isSpace(text.charAt(e - 1))) {
        e--;
      }
      if (n + 2 > cuts.length) {
        cuts = Arrays.copyOf(cuts, cuts.length * 2);
      }
      cuts[n++] = pos;
      cuts[n++] = e;
      pos = cut;
      while (pos < to && isSpace(text.charAt(pos))) {
        pos++;
      }
    }
    return Arrays.copyOf(cuts, n);
  }

  /**
   * Whether a question ends right before {@code to} and the sentence goes on in lower case after
   * it: "Hast thou entered into the springs of the sea? or hast thou walked …?", "¿Quién nos
   * apartará? ¿tribulación? ¿ó angustia?". A sentence does not begin in lower case, so the
   * questions are one sentence, as the translation that writes them with commas has it. Only a
   * question mark right before the space counts: "“Who are you?” said the Fox" keeps its break, as
   * ICU draws it.
   */
  private static boolean questionGoesOn(String text, int to) {
    int back = to;
    while (back > 0 && isSpace(text.charAt(back - 1))) {
      back--;
    }
    if (back == to || back == 0 || text.charAt(back - 1) != '?') {
      return false;
    }
    int next = to;
    if (next < text.length() && (text.charAt(next) == '¿' || text.charAt(next) == '¡')) {
      next++;
    }
    return next < text.length() && Character.isLowerCase(text.codePointAt(next));
  }

  /** Where a piece starting at {@code pos} ends, at most at {@code limit}. */
  private static int cutAfter(String text, int pos, int limit) {
    int lastSpace = -1;
    int wordStart = -1;
    int hash = 0;
    for (int i = pos; i < limit; i++) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        if (wordStart >= 0) {
          if (i - pos >= MIN_PIECE_CHARS && Integer.remainderUnsigned(mix(hash), CUT_EVERY) == 0) {
            return i;
          }
          lastSpace = i;
        }
        wordStart = -1;
      } else {
        if (wordStart < 0) {
          wordStart = i;
          hash = 0;
        }
        hash = 31 * hash + c;
      }
    }
    if (lastSpace > pos) {
      return lastSpace;
    }
    return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
  }

  /** Spreads a word's string hash over all bits (MurmurHash3's finaliser). */
  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }

  /**
   * Extends a sentence's raw end over the markup that closes right after it, so its text reads
   * {@code **TASS**} or {@code [AFP](#)} rather than stopping inside the markup.
   */
  private static int closeMarkup(String raw, int end, int limit) {
    int e = end;
    while (e < Math.min(raw.length(), limit)) {
      char c = raw.charAt(e);
      if (CLOSERS.indexOf(c) >= 0) {
        e++;
      } else if (c == '(' && e > end && raw.charAt(e - 1) == ']') {
        int close = raw.indexOf(')', e);
        int newline = raw.indexOf('\n', e);
        if (close < 0 || close >= limit || (newline >= 0 && newline < close)) {
          break;
        }
        e = close + 1;
      } else {
        break;
      }
    }
    return e;
  }

  /** Extends a sentence's raw start back over the markup that opens right before it. */
  private static int openMarkup(String raw, int start, int floor) {
    int s = start;
    while (s > floor && OPENERS_MARKUP.indexOf(raw.charAt(s - 1)) >= 0) {
      s--;
    }
    return s;
  }

  /** Whether the piece {@code [from, to)} ends in an abbreviation that should not end it. */
  private static boolean endsInAbbreviation(String text, int from, int to) {
    int end = to;
    while (end > from && isSpace(text.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > from && !isSpace(text.charAt(start - 1))) {
      start--;
    }
    while (start < end && OPENERS.indexOf(text.charAt(start)) >= 0) {
      start++;
    }
    String word = text.substring(start, end);
    if (ABBREVIATIONS.contains(word) || ACRONYM.matcher(word).matches()) {
      return true;
    }
    // A single capital and a period before a capitalised word is an initial: "Harsh V. Pant"; but
    // "I" after a word in lower case is the pronoun ending a sentence: "Here am I. And he said".
    return INITIAL.matcher(word).matches()
        && to < text.length()
        && Character.isUpperCase(text.charAt(to))
        && !(word.equals("I.") && lowerCaseBefore(text, from, start) && !initialAt(text, to));
  }

  /** Whether another initial starts at {@code at}: "the architect I. M. Pei". */
  private static boolean initialAt(String text, int at) {
    return at + 1 < text.length() && text.charAt(at + 1) == '.';
  }

  /** Whether the word before {@code start} (within the piece from {@code from}) is lower case. */
  private static boolean lowerCaseBefore(String text, int from, int start) {
    int end = start;
    while (end > from && isSpace(text.charAt(end - 1))) {
      end--;
    }
    int begin = end;
    while (begin > from && Character.isLetter(text.charAt(begin - 1))) {
      begin--;
    }
    return begin < end && Character.isLowerCase(text.charAt(begin));
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }

  private static boolean hasLetterOrDigit(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The prose of {@code [from, to)} with whitespace runs collapsed to one space. */
  /** The sentence at raw offsets {@code start..end} of {@code doc}, with its collapsed content. */
  static Sentence sentence(
      SourceDocument doc, int index, int block, int start, int end, ContentMap.Builder content) {
    return new Sentence(
        index,
        block,
        start,
        end,
        doc.lines().line(start),
        doc.lines().column(start),
        doc.text().substring(start, end),
        content.content(),
        content.map());
  }

  /**
   * The prose from {@code from} to {@code to}, each run of spaces one space, none at either end.
   */
  static ContentMap.Builder collapse(ProseText prose, int from, int to) {
    String text = prose.text();
    ContentMap.Builder sb = new ContentMap.Builder(prose);
    int spaceAt = -1;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        if (spaceAt < 0) {
          spaceAt = i;
        }
      } else {
        if (spaceAt >= 0 && sb.length() > 0) {
          sb.append(' ', spaceAt);
        }
        spaceAt = -1;
        sb.append(c, i);
      }
    }
    return sb;
  }
}
