package dev.drift.shift;

import dev.drift.segment.LanguageTags;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Capitalised words that are ordinary words of the dictionary, not names. */
final class CapitalisedWords {
  private CapitalisedWords() {}

  /**
   * Whether every word of a name the other side lacks is an English dictionary word, read as
   * written or, on a rendered side, as the translator renders it on its own: across languages a
   * capitalised word is then more likely a label, a heading's word or a metavariable ("ENCODING" /
   * "CODIFICACIÓN", "*** Break." / "*** Interrumpir.", "Señor" / "Gentleman") than a name, and its
   * loss is shown, not warned of. Names the dictionary does not know as ordinary words (Lavrov,
   * Jehová, XMPP) keep their warning, and so do words it also knows as names (Lord, Lamb, Jonah).
   *
   * @param n a name of the side
   * @param side the side
   * @param rendered the translator's renderings of the side's capitalised words on their own
   * @return true when every word of the name is an ordinary English word
   */
  static boolean ordinary(EntityShiftDetector.Name n, PairSide side, Map<String, String> rendered) {
    boolean english = LanguageTags.primary(side.language()).equals("en");
    Lexicon lexicon = WordNetLexicon.english();
    for (int k = n.from(); k < n.to(); k++) {
      Word w = side.words().get(k);
      if (w.type() != Word.Type.WORD) {
        continue;
      }
      String form = english ? w.norm() : rendered.get(w.text());
      if (form == null) {
        return false;
      }
      form = form.toLowerCase(Locale.ROOT).strip();
      if (form.length() < 3
          || !form.chars().allMatch(Character::isLetter)
          || !lexicon.common(form)
          || lexicon.proper(form)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether word {@code i} is an ordinary English word capitalised because it opens a quotation
   * wherever the quotation stands ("Go, tell your lord, ‘Behold, Elijah is here!’"): speech quoted
   * after a comma or a verb starts with a capital as a sentence does. A word the dictionary does
   * not know in lower case, or knows as a name too, stays a name ("said, “Israel will…”"), and so
   * does a word in capitals.
   *
   * @param words the words of a sentence
   * @param i a capitalised word among them
   * @param language the sentence's language
   * @return true when it is no name
   */
  static boolean opensQuotation(List<Word> words, int i, String language) {
    if (i == 0 || !LanguageTags.primary(language).equals("en")) {
      return false;
    }
    Word mark = words.get(i - 1);
    // An opening mark: touching the word, after a space, punctuation or nothing (not the
    // apostrophe of "the Smiths' House").
    boolean opening =
        mark.type() == Word.Type.PUNCT
            && "\"'«“‘„‚".contains(mark.text())
            && mark.end() == words.get(i).start()
            && (i == 1
                || words.get(i - 2).end() < mark.start()
                || words.get(i - 2).type() == Word.Type.PUNCT);
    if (!opening || EntityShiftDetector.isAcronym(words.get(i).text())) {
      return false;
    }
    String form = words.get(i).norm();
    Lexicon lexicon = WordNetLexicon.english();
    return form.chars().allMatch(Character::isLetter)
        && lexicon.common(form)
        && !lexicon.proper(form);
  }

  /**
   * Takes from the names each side lacks an acronym that one side uses for a name the other spells
   * out ("U.S." / "United States", "EU" / "European Union", "NATO" / "North Atlantic Treaty
   * Organization"): the capitals of the acronym are the initials of the name's words, its function
   * words aside. The pair is information ("acronym spelled out"), not a name dropped and another
   * added; a name whose initials spell another acronym ("EU" / "United Nations") is left to the
   * detector's rules.
   *
   * @param pair the pair
   * @param lostA names of the original the translation lacks; matched ones are removed
   * @param lostB names of the translation the original lacks; matched ones are removed
   * @param findings the pair's findings
   */
  static void spelledOut(
      AlignedPair pair,
      List<EntityShiftDetector.Name> lostA,
      List<EntityShiftDetector.Name> lostB,
      List<Finding> findings) {
    for (EntityShiftDetector.Name x : List.copyOf(lostA)) {
      for (EntityShiftDetector.Name y : List.copyOf(lostB)) {
        boolean ab = x.acronym() && capitals(x.text()).equals(initials(y, pair.translation()));
        boolean ba = y.acronym() && capitals(y.text()).equals(initials(x, pair.original()));
        if (!ab && !ba) {
          continue;
        }
        Finding f = EntityShiftDetector.mark(findings, x.from(), x.to(), y.from(), y.to());
        if (f.reason == null) {
          f.reason = "acronym spelled out: " + x.text() + " → " + y.text();
          f.neutral =
              f.floor == Severity.INFO
                  && f.originalFrom >= x.from()
                  && f.originalTo <= x.to()
                  && f.translationFrom >= y.from()
                  && f.translationTo <= y.to();
        }
        lostA.remove(x);
        lostB.remove(y);
        break;
      }
    }
  }

  /** The capital letters of a word ("U.S." gives "US", "EU’s" gives "EU"). */
  private static String capitals(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().filter(Character::isUpperCase).forEach(out::appendCodePoint);
    return out.toString();
  }

  /** The initials of a name of two words or more, function words aside; empty for one word. */
  private static String initials(EntityShiftDetector.Name n, PairSide side) {
    StringBuilder out = new StringBuilder();
    for (int k = n.from(); k < n.to(); k++) {
      Word w = side.words().get(k);
      if (w.type() == Word.Type.WORD && !w.function()) {
        out.appendCodePoint(w.text().codePointAt(0));
      }
    }
    return out.length() < 2 ? "" : out.toString();
  }

  /**
   * Across languages, words in capitals each side lacks, taken in order: a program's help names its
   * metavariables in the reader's language (SIGSPEC / ID_SEÑAL, FILE / FICHERO) and an acronym may
   * be the language's own (NATO / OTAN). One such word for another is shown, not warned of; a name
   * in lower case on either side is not paired this way.
   */
  static void metavariables(
      List<EntityShiftDetector.Name> lostA,
      List<EntityShiftDetector.Name> lostB,
      List<Finding> findings) {
    List<EntityShiftDetector.Name> capsA =
        lostA.stream().filter(EntityShiftDetector.Name::acronym).toList();
    List<EntityShiftDetector.Name> capsB =
        lostB.stream().filter(EntityShiftDetector.Name::acronym).toList();
    for (int k = 0; k < Math.min(capsA.size(), capsB.size()); k++) {
      EntityShiftDetector.Name x = capsA.get(k);
      EntityShiftDetector.Name y = capsB.get(k);
      Finding f = EntityShiftDetector.mark(findings, x.from(), x.to(), y.from(), y.to());
      if (f.reason == null) {
        f.reason = "capitalised word written its own way: " + x.text() + " → " + y.text();
      }
      lostA.remove(x);
      lostB.remove(y);
    }
  }

  /**
   * A headline in Title Case capitalises every word: its capitals say nothing about names. A
   * sentence full of names ("Antony Blinken met Sergei Lavrov.") capitalises most words too, but
   * has a lower-case verb and ends like a sentence; a headline has no full stop.
   */
  static boolean titleCase(List<Word> words) {
    int content = 0;
    int capitalised = 0;
    for (Word w : words) {
      if (w.type() == Word.Type.WORD && !w.function()) {
        content++;
        capitalised += Character.isUpperCase(w.text().codePointAt(0)) ? 1 : 0;
      }
    }
    return content >= 3 && capitalised >= (endsSentence(words) ? 0.9 : 0.8) * content;
  }

  private static boolean endsSentence(List<Word> words) {
    for (int k = words.size() - 1; k >= 0; k--) {
      String n = words.get(k).norm();
      if (words.get(k).type() != Word.Type.PUNCT) {
        return false;
      }
      if (n.equals(".") || n.equals("!") || n.equals("?") || n.equals("…")) {
        return true;
      }
    }
    return false;
  }
}
