package dev.drift.bench;

import dev.drift.bench.BibleSet.Chapter;
import dev.drift.bench.BibleSet.Side;
import dev.drift.bench.BibleSet.Span;
import dev.drift.bench.BibleSet.Verse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scripted edits of one verse of a translation, each copy of a chapter carrying exactly one:
 * meaning edits (a number, a name swapped for another name of the chapter, a negation added or
 * removed, an antonym, a verse dropped, a verse inserted from another chapter) and benign ones
 * (punctuation, a spelling variant, a synonym), from the hand-written lists of {@link
 * EditVocabulary}. Which verses are edited, and how, follows from a seed, the chapter's name and
 * the family alone, so the same seed gives the same copies on every machine.
 */
final class VerseEdits {
  private VerseEdits() {}

  /** Edit families. */
  enum Family {
    NUMBER(true),
    NAME(true),
    NEGATION(true),
    ANTONYM(true),
    VERSE_DROPPED(true),
    VERSE_INSERTED(true),
    PUNCTUATION(false),
    SPELLING(false),
    SYNONYM(false);

    /** Whether the edit changes what the verse says. */
    final boolean meaning;

    Family(boolean meaning) {
      this.meaning = meaning;
    }

    /** The family's name in tables and file names. */
    String id() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /**
   * A copy of a chapter's translation with one verse edited.
   *
   * @param chapter the chapter's name
   * @param family the edit's family
   * @param verse the edited verse (for an inserted verse: the verse it follows)
   * @param before the verse as it was (empty for an inserted verse)
   * @param after the verse as edited (empty for a dropped verse)
   * @param text the whole edited translation
   * @param edited the edited text's span in {@code text} (empty where a verse was dropped)
   * @param original the verse's span in the original, {@code null} for an inserted verse
   */
  record EditedChapter(
      String chapter,
      Family family,
      int verse,
      String before,
      String after,
      String text,
      Span edited,
      Span original) {}

  /** A verse another chapter can receive. */
  record Donor(String chapter, String text) {}

  /**
   * The verses of a set's chapters on one side, which {@link Family#VERSE_INSERTED} draws from.
   *
   * @param chapters the chapters
   * @param side the side
   * @return every verse with its chapter
   */
  static List<Donor> donors(List<Chapter> chapters, Side side) {
    List<Donor> donors = new ArrayList<>();
    for (Chapter c : chapters) {
      for (Verse v : c.verses()) {
        if (v.in(side) != null) {
          donors.add(new Donor(c.name(), v.in(side).of(c.text(side))));
        }
      }
    }
    return donors;
  }

  /**
   * Up to {@code copies} edited copies of a chapter for one family, each editing another verse;
   * fewer when fewer verses offer the edit (a verse without a number cannot have it changed).
   *
   * @param chapter the chapter
   * @param side the translation edited
   * @param family the family
   * @param copies how many copies at most
   * @param seed the seed
   * @param donors verses to insert (other chapters' verses are used)
   * @return the copies, in verse order
   */
  static List<EditedChapter> edits(
      Chapter chapter, Side side, Family family, int copies, long seed, List<Donor> donors) {
    Random random = new Random(seed * 1_000_003L + (chapter.name() + "/" + family).hashCode());
    EditVocabulary vocabulary = EditVocabulary.of(side.language);
    List<String> names = names(chapter.text(side), vocabulary);
    List<Verse> verses = new ArrayList<>();
    for (Verse v : chapter.verses()) {
      if (v.kjv() != null && v.in(side) != null) {
        verses.add(v);
      }
    }
    Collections.shuffle(verses, random);
    List<EditedChapter> edits = new ArrayList<>();
    String text = chapter.text(side);
    for (Verse v : verses) {
      if (edits.size() == copies) {
        break;
      }
      Span at = v.in(side);
      String before = at.of(text);
      EditedChapter e;
      if (family == Family.VERSE_DROPPED) {
        int from = at.start();
        int to = at.end();
        if (to < text.length() && text.charAt(to) == ' ') {
          to++;
        } else if (from > 0 && text.charAt(from - 1) == ' ') {
          from--;
        }
        String edited = text.substring(0, from) + text.substring(to);
        e =
            new EditedChapter(
                chapter.name(),
                family,
                v.number(),
                before,
                "",
                edited,
                new Span(from, from),
                v.kjv());
      } else if (family == Family.VERSE_INSERTED) {
        List<Donor> others =
            donors.stream().filter(d -> !d.chapter().equals(chapter.name())).toList();
        if (others.isEmpty()) {
          break;
        }
        String donor = others.get(random.nextInt(others.size())).text();
        String edited = text.substring(0, at.end()) + " " + donor + text.substring(at.end());
        int start = at.end() + 1;
        e =
            new EditedChapter(
                chapter.name(),
                family,
                v.number(),
                "",
                donor,
                edited,
                new Span(start, start + donor.length()),
                null);
      } else {
        String after = apply(family, before, vocabulary, names, random);
        if (after == null || after.equals(before)) {
          continue;
        }
        String edited = text.substring(0, at.start()) + after + text.substring(at.end());
        e =
            new EditedChapter(
                chapter.name(),
                family,
                v.number(),
                before,
                after,
                edited,
                new Span(at.start(), at.start() + after.length()),
                v.kjv());
      }
      edits.add(e);
    }
    edits.sort((a, b) -> Integer.compare(a.verse(), b.verse()));
    return edits;
  }

  private static final Pattern NAME =
      Pattern.compile("(?<=\\p{Ll} )\\p{Lu}\\p{Ll}{2,}(?![\\p{L}’'])");
  private static final Pattern DIGITS = Pattern.compile("(?<!\\d)\\d+(?!\\d)");
  private static final Pattern WORD = Pattern.compile("[\\p{L}’']+");

  /**
   * The names of a chapter: capitalised words seen at least once right after a lower-case word and
   * never in lower case (the Reina-Valera capitalises the word after a colon: "Que", "Mas"), less
   * the vocabulary's titles; sorted, so choices among them are reproducible.
   */
  static List<String> names(String text, EditVocabulary vocabulary) {
    java.util.Set<String> lower = new java.util.HashSet<>();
    for (Matcher w = WORD.matcher(text); w.find(); ) {
      if (Character.isLowerCase(w.group().charAt(0))) {
        lower.add(w.group());
      }
    }
    TreeSet<String> names = new TreeSet<>();
    Matcher m = NAME.matcher(text);
    while (m.find()) {
      if (!vocabulary.notNames().contains(m.group())
          && !lower.contains(m.group().toLowerCase(Locale.ROOT))) {
        names.add(m.group());
      }
    }
    return List.copyOf(names);
  }

  /** A replacement of {@code text[start, end)}. */
  private record Change(int start, int end, String replacement) {}

  /**
   * Applies one edit to a verse.
   *
   * @param family a family that edits inside a verse (not a dropped or inserted verse)
   * @param verse the verse
   * @param vocabulary the language's lists
   * @param names the chapter's names
   * @param random the source of every choice
   * @return the edited verse, or {@code null} when the verse offers no such edit
   */
  static String apply(
      Family family, String verse, EditVocabulary vocabulary, List<String> names, Random random) {
    List<Change> changes =
        switch (family) {
          case NUMBER -> numbers(verse, vocabulary, random);
          case NAME -> names(verse, names, random);
          case NEGATION -> negations(verse, vocabulary, random);
          case ANTONYM -> words(verse, vocabulary.antonyms());
          case SYNONYM -> words(verse, vocabulary.synonyms());
          case SPELLING -> words(verse, vocabulary.spelling());
          case PUNCTUATION -> punctuation(verse);
          default -> throw new IllegalArgumentException(family + " is not an edit inside a verse");
        };
    if (changes.isEmpty()) {
      return null;
    }
    if (family == Family.SPELLING) {
      // A modernised edition spells the whole verse the new way, not one word of it.
      return replace(verse, changes);
    }
    return replace(verse, List.of(changes.get(random.nextInt(changes.size()))));
  }

  private static String replace(String verse, List<Change> changes) {
    StringBuilder sb = new StringBuilder();
    int last = 0;
    for (Change c :
        changes.stream().sorted((a, b) -> Integer.compare(a.start(), b.start())).toList()) {
      if (c.start() < last) {
        continue;
      }
      sb.append(verse, last, c.start()).append(c.replacement());
      last = c.end();
    }
    return sb.append(verse.substring(last)).toString();
  }

  private static List<Change> numbers(String verse, EditVocabulary vocabulary, Random random) {
    List<Change> changes = new ArrayList<>();
    Matcher d = DIGITS.matcher(verse);
    while (d.find()) {
      changes.add(
          new Change(
              d.start(),
              d.end(),
              String.valueOf(Long.parseLong(d.group()) + 1 + random.nextInt(9))));
    }
    for (List<String> kind : List.of(vocabulary.cardinals(), vocabulary.ordinals())) {
      for (Matcher w = WORD.matcher(verse); w.find(); ) {
        String word = w.group().toLowerCase(Locale.ROOT);
        if (kind.contains(word)) {
          // an ordinal keeps its ending, so "séptima" becomes another feminine ordinal
          List<String> others = kind.stream().filter(o -> !o.equals(word)).toList();
          List<String> sameEnding =
              others.stream()
                  .filter(o -> o.charAt(o.length() - 1) == word.charAt(word.length() - 1))
                  .toList();
          if (kind == vocabulary.ordinals() && !sameEnding.isEmpty()) {
            others = sameEnding;
          }
          changes.add(
              new Change(
                  w.start(),
                  w.end(),
                  matchCase(w.group(), others.get(random.nextInt(others.size())))));
        }
      }
    }
    return changes;
  }

  private static List<Change> names(String verse, List<String> names, Random random) {
    List<Change> changes = new ArrayList<>();
    if (names.size() < 2) {
      return changes;
    }
    for (Matcher w = WORD.matcher(verse); w.find(); ) {
      if (w.start() > 0 && names.contains(w.group())) {
        List<String> others = names.stream().filter(n -> !n.equals(w.group())).toList();
        changes.add(new Change(w.start(), w.end(), others.get(random.nextInt(others.size()))));
      }
    }
    return changes;
  }

  /**
   * Removals of the negation word where the verse has one, or additions (before a finite verb and
   * its clitic pronouns in Spanish, after an auxiliary in English), half of the time each when the
   * verse offers both.
   */
  private static List<Change> negations(String verse, EditVocabulary vocabulary, Random random) {
    List<Change> removals = new ArrayList<>();
    List<Change> additions = new ArrayList<>();
    List<int[]> words = new ArrayList<>();
    for (Matcher w = WORD.matcher(verse); w.find(); ) {
      words.add(new int[] {w.start(), w.end()});
    }
    String neg = vocabulary.negation();
    for (int i = 0; i < words.size(); i++) {
      int[] w = words.get(i);
      String word = verse.substring(w[0], w[1]);
      String lower = word.toLowerCase(Locale.ROOT);
      if (lower.equals(neg) && i + 1 < words.size()) {
        int[] next = words.get(i + 1);
        String following = verse.substring(next[0], next[1]);
        String replacement =
            Character.isUpperCase(word.charAt(0)) ? matchCase(word, following) : following;
        removals.add(new Change(w[0], next[1], replacement));
      } else if (lower.endsWith("n’t") || lower.endsWith("n't")) {
        String stem = word.substring(0, word.length() - 3);
        stem =
            stem.equalsIgnoreCase("ca") ? stem + "n" : stem.equalsIgnoreCase("wo") ? "will" : stem;
        removals.add(new Change(w[0], w[1], matchCase(word, stem)));
      } else if (isVerb(lower, vocabulary)) {
        boolean negated =
            i > 0
                && verse.substring(words.get(i - 1)[0], words.get(i - 1)[1]).equalsIgnoreCase(neg);
        if (vocabulary.negateAfter()) {
          if (!negated
              && !negatedClause(verse, w[0], vocabulary)
              && !(i + 1 < words.size()
                  && verse
                      .substring(words.get(i + 1)[0], words.get(i + 1)[1])
                      .equalsIgnoreCase(neg))) {
            additions.add(new Change(w[1], w[1], " " + neg));
          }
          continue;
        }
        int first = i;
        while (first > 0
            && vocabulary
                .clitics()
                .contains(
                    verse
                        .substring(words.get(first - 1)[0], words.get(first - 1)[1])
                        .toLowerCase(Locale.ROOT))) {
          first--;
        }
        if (negatedClause(verse, words.get(first)[0], vocabulary)) {
          continue;
        }
        int[] at = words.get(first);
        String head = verse.substring(at[0], at[1]);
        additions.add(
            Character.isUpperCase(head.charAt(0))
                ? new Change(at[0], at[1], matchCase(head, neg) + " " + lowerFirst(head))
                : new Change(at[0], at[0], neg + " "));
      }
    }
    if (!removals.isEmpty() && (additions.isEmpty() || random.nextBoolean())) {
      return removals;
    }
    return additions;
  }

  /**
   * Whether the clause before a position (back to the last punctuation mark) already has a negative
   * word: "ni en silla de escarnecedores se ha sentado" is negated without "no", and adding one
   * would not reverse it.
   */
  private static boolean negatedClause(String verse, int at, EditVocabulary vocabulary) {
    int from = at;
    while (from > 0 && ",;:.!?¿¡“”\"".indexOf(verse.charAt(from - 1)) < 0) {
      from--;
    }
    for (Matcher w = WORD.matcher(verse.substring(from, at)); w.find(); ) {
      if (vocabulary.negatives().contains(w.group().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isVerb(String word, EditVocabulary vocabulary) {
    if (vocabulary.verbs().contains(word)) {
      return true;
    }
    for (String ending : vocabulary.verbEndings()) {
      if (word.length() > ending.length() + 2 && word.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  /** Each whole-word occurrence of a list's words, replaced by its partner. */
  private static List<Change> words(String verse, Map<String, String> list) {
    List<Change> changes = new ArrayList<>();
    String lower = verse.toLowerCase(Locale.ROOT);
    for (var e : list.entrySet()) {
      for (int at = lower.indexOf(e.getKey()); at >= 0; at = lower.indexOf(e.getKey(), at + 1)) {
        int end = at + e.getKey().length();
        if ((at == 0 || !isWordChar(verse.charAt(at - 1)))
            && (end == verse.length() || !isWordChar(verse.charAt(end)))) {
          changes.add(new Change(at, end, matchCase(verse.substring(at, end), e.getValue())));
        }
      }
    }
    return changes;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '’' || c == '\'';
  }

  /** A semicolon becomes a comma, a colon a semicolon, or a comma goes. */
  private static List<Change> punctuation(String verse) {
    List<Change> changes = new ArrayList<>();
    for (int i = 0; i < verse.length() - 1; i++) {
      if (verse.charAt(i + 1) != ' ') {
        continue;
      }
      switch (verse.charAt(i)) {
        case ';' -> changes.add(new Change(i, i + 1, ","));
        case ':' -> changes.add(new Change(i, i + 1, ";"));
        case ',' -> changes.add(new Change(i, i + 1, ""));
        default -> {}
      }
    }
    return changes;
  }

  /** The replacement in the case of the word it replaces: lower, Capitalised or UPPER. */
  static String matchCase(String word, String replacement) {
    if (word.length() > 1
        && word.equals(word.toUpperCase(Locale.ROOT))
        && !word.equals(word.toLowerCase(Locale.ROOT))) {
      return replacement.toUpperCase(Locale.ROOT);
    }
    if (Character.isUpperCase(word.charAt(0))) {
      return Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1);
    }
    return replacement;
  }

  private static String lowerFirst(String word) {
    if (word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))) {
      return word;
    }
    return Character.toLowerCase(word.charAt(0)) + word.substring(1);
  }
}
