package dev.drift.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.PointerUtils;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.list.PointerTargetNodeList;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Controlled perturbations of one English sentence, graded by how much they change its meaning:
 * critical (who did what to whom), major (when, whether asserted, how specific), minor (form only)
 * and benign paraphrase. Each family is a small rule on the sentence; WordNet (the dictionary drift
 * ships) picks words of one part of speech and their hypernyms. A family that does not apply to a
 * sentence returns null.
 */
final class Perturbations {
  private Perturbations() {}

  /** How much a family changes the meaning, and whether drift should flag it (warning+). */
  enum Grade {
    CRITICAL(true),
    MAJOR(true),
    MINOR(false),
    BENIGN(false);

    final boolean meaning;

    Grade(boolean meaning) {
      this.meaning = meaning;
    }
  }

  /** The perturbation families. */
  enum Family {
    GENDER_SWAP(Grade.CRITICAL),
    PERSON_SWAP(Grade.CRITICAL),
    VERB_DROPPED(Grade.CRITICAL),
    ADJECTIVE_ADVERB_DROPPED(Grade.CRITICAL),
    NOUN_DROPPED(Grade.CRITICAL),
    SUBJECT_DROPPED(Grade.CRITICAL),
    WORDS_ADDED(Grade.CRITICAL),
    ROLE_SWAP(Grade.CRITICAL),
    TENSE(Grade.MAJOR),
    ASPECT(Grade.MAJOR),
    QUESTION(Grade.MAJOR),
    HYPERNYM(Grade.MAJOR),
    PP_DROPPED(Grade.MAJOR),
    MISSPELLING(Grade.MINOR),
    CHARACTER_DROPPED(Grade.MINOR),
    CASE(Grade.MINOR),
    PUNCTUATION(Grade.MINOR),
    DOUBLED_WORD(Grade.MINOR),
    FUNCTION_WORD(Grade.MINOR),
    CONTRACTION(Grade.MINOR),
    PARAPHRASE(Grade.BENIGN);

    final Grade grade;

    Family(Grade grade) {
      this.grade = grade;
    }
  }

  private static final Pattern WORD = Pattern.compile("\\b[a-z]{3,}\\b");
  private static final Pattern NAME = Pattern.compile("\\b[A-Z][a-z]{2,}\\b");

  private static final String[][] GENDER = {
    {"he", "she"},
    {"she", "he"},
    {"him", "her"},
    {"his", "her"},
    {"himself", "herself"},
    {"herself", "himself"},
    {"man", "woman"},
    {"woman", "man"},
    {"men", "women"},
    {"women", "men"},
    {"son", "daughter"},
    {"daughter", "son"},
    {"sons", "daughters"},
    {"daughters", "sons"},
    {"king", "queen"},
    {"brother", "sister"},
    {"father", "mother"},
    {"mother", "father"},
    {"boy", "girl"},
    {"girl", "boy"}
  };
  private static final String[][] PERSON = {
    {"we", "they"}, {"they", "we"}, {"us", "them"}, {"them", "us"}, {"our", "their"},
    {"their", "our"}, {"my", "his"}, {"me", "him"}, {"your", "their"}, {"you", "they"}
  };
  private static final Pattern SUBJECT =
      Pattern.compile("(^|[,;:] )(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Yy]ou) (?=[a-z]+ )");
  private static final String[] ADDED = {
    "foreign", "angry", "secret", "wooden", "second", "hidden", "distant", "golden", "young"
  };
  private static final String[][] TENSE = {
    {"said", "says"}, {"went", "goes"}, {"came", "comes"}, {"was", "is"}, {"were", "are"},
    {"is", "was"}, {"are", "were"}, {"took", "takes"}, {"gave", "gives"}, {"saw", "sees"},
    {"made", "makes"}, {"knew", "knows"}, {"will", "did"}, {"shall", "did"}, {"has", "had"},
    {"have", "had"}, {"called", "calls"}, {"answered", "answers"}, {"sent", "sends"}
  };
  private static final String[][] ASPECT = {
    {"said", "was saying"},
    {"went", "had gone"},
    {"came", "had come"},
    {"took", "had taken"},
    {"gave", "had given"},
    {"saw", "had seen"},
    {"made", "had made"},
    {"called", "was calling"},
    {"answered", "had answered"},
    {"sent", "had sent"},
    {"did", "was doing"},
    {"spoke", "was speaking"},
    {"brought", "had brought"},
    {"heard", "had heard"}
  };
  private static final Pattern INVERTIBLE =
      Pattern.compile(
          "^([A-Z][a-z]+|[Tt]he [a-z]+|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Yy]ou|[Ii]t) "
              + "(is|was|are|were|will|shall|can|could|would|should|has|had|have|may|must) ");
  private static final Pattern PP =
      Pattern.compile(
          " (in|on|at|from|with|into|upon|over|under|through|before|against|among|by|for) "
              + "(the|his|her|their|a|my|your|our) [a-z]+(?: of [A-Za-z]+)?(?=[ ,.;:!?])");
  private static final String[][] FUNCTION = {
    {"upon", "on"},
    {"unto", "to"},
    {"toward", "towards"},
    {"towards", "toward"},
    {"among", "amongst"},
    {"into", "in"},
    {"onto", "on"},
    {"that", "which"},
    {"the", "a"},
    {"while", "whilst"},
    {"until", "till"}
  };
  private static final String[][] CONTRACTION = {
    {"will not", "won't"},
    {"do not", "don't"},
    {"does not", "doesn't"},
    {"did not", "didn't"},
    {"is not", "isn't"},
    {"are not", "aren't"},
    {"was not", "wasn't"},
    {"cannot", "can't"},
    {"shall not", "shan't"},
    {"it is", "it's"},
    {"I am", "I'm"},
    {"I will", "I'll"},
    {"have not", "haven't"},
    {"won't", "will not"},
    {"don't", "do not"},
    {"can't", "cannot"},
    {"didn't", "did not"},
    {"isn't", "is not"},
    {"I'm", "I am"},
    {"it's", "it is"},
    {"would not", "wouldn't"},
    {"should not", "shouldn't"},
    {"they are", "they're"},
    {"we are", "we're"},
    {"you are", "you're"}
  };
  private static final String[][] PARAPHRASE = {
    {"because", "since"},
    {"Therefore", "So"},
    {"therefore", "so"},
    {"among", "amid"},
    {"Behold", "Look"},
    {"behold", "look"},
    {"rejoice", "be glad"},
    {"drew near", "came near"},
    {"came to pass", "happened"},
    {"began to", "started to"},
    {"answered", "replied"},
    {"quickly", "swiftly"},
    {"immediately", "at once"},
    {"afraid", "frightened"},
    {"great", "large"},
    {"wicked", "evil"},
    {"journey", "trip"},
    {"gathered", "assembled"},
    {"perhaps", "maybe"},
    {"listen", "hear"},
    {"Listen", "Hear"},
    {"ended", "came to an end"},
    {"at once", "immediately"},
    {"begin", "start"},
    {"also", "as well"},
    {"said", "stated"},
    {"Now", "And now"},
    {"before", "in front of"},
    {"wept", "cried"},
    {"near", "close to"},
    {"forever", "for ever"},
    {"enough", "sufficient"},
    {"sought", "looked for"},
    {"fled", "ran away"},
    {"slew", "killed"},
    {"kill", "slay"},
    {"spoke", "talked"}
  };

  private static Dictionary dictionary;

  private static synchronized Dictionary wordnet() {
    if (dictionary == null) {
      try {
        dictionary = Dictionary.getDefaultResourceInstance();
      } catch (JWNLException e) {
        throw new IllegalStateException("cannot load WordNet: " + e.getMessage(), e);
      }
    }
    return dictionary;
  }

  /** True if WordNet knows the form (any part of speech, inflections included). */
  static synchronized boolean isWord(String w) {
    try {
      for (POS pos : POS.getAllPOS()) {
        if (wordnet().lookupIndexWord(pos, w) != null) {
          return true;
        }
      }
      return false;
    } catch (JWNLException e) {
      return false;
    }
  }

  /** The parts of speech WordNet gives the form (base forms included). */
  static synchronized List<POS> partsOfSpeech(String w) {
    List<POS> out = new ArrayList<>();
    try {
      for (POS pos : POS.getAllPOS()) {
        if (wordnet().lookupIndexWord(pos, w) != null) {
          out.add(pos);
        }
      }
    } catch (JWNLException e) {
      return out;
    }
    return out;
  }

  private static final java.util.Set<String> STOP =
      java.util.Set.of(
          "the", "and", "for", "was", "were", "are", "has", "had", "have", "his", "her", "him",
          "them", "they", "their", "who", "which", "that", "this", "these", "those", "with", "from",
          "not", "but", "all", "will", "shall", "one", "out", "you", "your", "our", "into", "upon",
          "unto", "there", "then", "when", "what", "whom", "also", "may", "can", "let", "even",
          "because", "said", "did", "does", "being", "been", "its", "yet", "nor", "any", "some");

  /** Words of one part of speech only (unambiguous for WordNet), with their offsets. */
  private static List<int[]> wordsOnlyOf(String s, POS pos) {
    List<int[]> out = new ArrayList<>();
    Matcher m = WORD.matcher(s);
    while (m.find()) {
      String w = m.group();
      if (STOP.contains(w)) {
        continue;
      }
      List<POS> p = partsOfSpeech(w);
      boolean ok =
          pos == POS.ADJECTIVE
              ? p.size() == 1 && (p.get(0) == POS.ADJECTIVE || p.get(0) == POS.ADVERB)
              : p.size() == 1 && p.get(0) == pos;
      if (ok) {
        out.add(new int[] {m.start(), m.end()});
      }
    }
    return out;
  }

  /**
   * Applies a family to a sentence.
   *
   * @return the perturbed sentence, or null if the family does not apply
   */
  static String apply(Family family, String s, Random random) {
    String out =
        switch (family) {
          case GENDER_SWAP -> replaceWord(s, GENDER, random, true);
          case PERSON_SWAP -> replaceWord(s, PERSON, random, true);
          case VERB_DROPPED -> drop(s, wordsOnlyOf(s, POS.VERB), random);
          case ADJECTIVE_ADVERB_DROPPED -> drop(s, wordsOnlyOf(s, POS.ADJECTIVE), random);
          case NOUN_DROPPED -> drop(s, wordsOnlyOf(s, POS.NOUN), random);
          case SUBJECT_DROPPED -> {
            Matcher m = SUBJECT.matcher(s);
            yield m.find() ? s.substring(0, m.end(1)) + s.substring(m.end()) : null;
          }
          case WORDS_ADDED -> {
            List<int[]> nouns = wordsOnlyOf(s, POS.NOUN);
            if (nouns.isEmpty()) {
              yield null;
            }
            int[] at = nouns.get(random.nextInt(nouns.size()));
            String adj = ADDED[random.nextInt(ADDED.length)];
            yield s.substring(0, at[0]) + adj + " " + s.substring(at[0]);
          }
          case ROLE_SWAP -> roleSwap(s);
          case TENSE -> replaceWord(s, TENSE, random, false);
          case ASPECT -> replaceWord(s, ASPECT, random, false);
          case QUESTION -> question(s);
          case HYPERNYM -> hypernym(s, random);
          case PP_DROPPED -> {
            Matcher m = PP.matcher(s);
            yield m.find() && m.start() > 0
                ? s.substring(0, m.start()) + s.substring(m.end())
                : null;
          }
          case MISSPELLING -> typo(s, random, true);
          case CHARACTER_DROPPED -> typo(s, random, false);
          case CASE -> {
            List<int[]> words = wordsOnlyOf(s, POS.NOUN);
            if (words.isEmpty()) {
              yield null;
            }
            int[] at = words.get(random.nextInt(words.size()));
            yield s.substring(0, at[0])
                + Character.toUpperCase(s.charAt(at[0]))
                + s.substring(at[0] + 1);
          }
          case PUNCTUATION -> {
            if (s.contains("; ")) {
              yield s.replaceFirst("; ", ", ");
            }
            if (s.contains(", ")) {
              yield s.replaceFirst(", ", " ");
            }
            if (s.contains(": ")) {
              yield s.replaceFirst(": ", ", ");
            }
            yield null;
          }
          case DOUBLED_WORD -> {
            Matcher m = Pattern.compile("\\b(the|a|to|and|of|in) ").matcher(s);
            yield m.find()
                ? s.substring(0, m.end()) + m.group(1) + " " + s.substring(m.end())
                : null;
          }
          case FUNCTION_WORD -> replaceWord(s, FUNCTION, random, false);
          case CONTRACTION -> replaceWord(s, CONTRACTION, random, false);
          case PARAPHRASE -> replaceWord(s, PARAPHRASE, random, false);
        };
    return out == null || out.equals(s) ? null : out;
  }

  /** Replaces one occurrence of a table's left-hand words, keeping an initial capital. */
  private static String replaceWord(String s, String[][] table, Random random, boolean caps) {
    List<int[]> hits = new ArrayList<>();
    for (int t = 0; t < table.length; t++) {
      Pattern p =
          Pattern.compile(
              "\\b" + Pattern.quote(table[t][0]) + "\\b",
              caps ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
      Matcher m = p.matcher(s);
      while (m.find()) {
        if (m.end() < s.length() && s.charAt(m.end()) == '\'') {
          continue;
        }
        hits.add(new int[] {m.start(), m.end(), t});
      }
    }
    if (hits.isEmpty()) {
      return null;
    }
    int[] h = hits.get(random.nextInt(hits.size()));
    String found = s.substring(h[0], h[1]);
    String to = table[h[2]][1];
    if (Character.isUpperCase(found.charAt(0)) && !found.equals("I")) {
      to = Character.toUpperCase(to.charAt(0)) + to.substring(1);
    }
    return s.substring(0, h[0]) + to + s.substring(h[1]);
  }

  private static String drop(String s, List<int[]> words, Random random) {
    if (words.isEmpty()) {
      return null;
    }
    int[] at = words.get(random.nextInt(words.size()));
    int from = at[0] > 0 && s.charAt(at[0] - 1) == ' ' ? at[0] - 1 : at[0];
    return s.substring(0, from) + s.substring(at[1]);
  }

  /** Swaps the first two different names of the sentence. */
  private static String roleSwap(String s) {
    Matcher m = NAME.matcher(s);
    List<int[]> names = new ArrayList<>();
    while (m.find()) {
      String w = m.group();
      boolean afterWord =
          m.start() >= 2
                  && s.charAt(m.start() - 1) == ' '
                  && Character.isLetter(s.charAt(m.start() - 2))
              || m.start() >= 2 && s.charAt(m.start() - 2) == ',';
      if ((afterWord || m.start() == 0)
          && !isWord(w.toLowerCase(Locale.ROOT))
          && !STOP.contains(w.toLowerCase(Locale.ROOT))) {
        names.add(new int[] {m.start(), m.end()});
      }
    }
    for (int i = 0; i < names.size(); i++) {
      for (int j = i + 1; j < names.size(); j++) {
        String a = s.substring(names.get(i)[0], names.get(i)[1]);
        String b = s.substring(names.get(j)[0], names.get(j)[1]);
        if (!a.equals(b)) {
          return s.substring(0, names.get(i)[0])
              + b
              + s.substring(names.get(i)[1], names.get(j)[0])
              + a
              + s.substring(names.get(j)[1]);
        }
      }
    }
    return null;
  }

  private static String question(String s) {
    if (!s.endsWith(".")) {
      return null;
    }
    Matcher m = INVERTIBLE.matcher(s);
    if (m.find()) {
      String subject = m.group(1);
      if (!subject.equals("I") && !NAME.matcher(subject).matches()
          || subject.startsWith("The")
          || List.of("He", "She", "They", "We", "You", "It").contains(subject)) {
        subject = Character.toLowerCase(subject.charAt(0)) + subject.substring(1);
      }
      String aux = m.group(2);
      return Character.toUpperCase(aux.charAt(0))
          + aux.substring(1)
          + " "
          + subject
          + " "
          + s.substring(m.end(), s.length() - 1)
          + "?";
    }
    return null;
  }

  private static synchronized String hypernym(String s, Random random) {
    List<int[]> nouns = wordsOnlyOf(s, POS.NOUN);
    java.util.Collections.shuffle(nouns, random);
    try {
      for (int[] at : nouns) {
        String w = s.substring(at[0], at[1]);
        IndexWord iw = wordnet().getIndexWord(POS.NOUN, w);
        if (iw == null || iw.getSenses().isEmpty()) {
          continue; // an inflected form: keep to base forms
        }
        Synset sense = iw.getSenses().get(0);
        PointerTargetNodeList up = PointerUtils.getDirectHypernyms(sense);
        if (up.isEmpty()) {
          continue;
        }
        String general = up.get(0).getSynset().getWords().get(0).getLemma();
        if (general.contains(" ") || general.equalsIgnoreCase(w) || general.length() < 3) {
          continue;
        }
        return s.substring(0, at[0]) + general + s.substring(at[1]);
      }
    } catch (JWNLException e) {
      return null;
    }
    return null;
  }

  /**
   * A one-edit typo of an ordinary word of 6+ letters that is not another real word: two adjacent
   * letters swapped (a misspelling) or one interior letter dropped.
   */
  private static String typo(String s, Random random, boolean swap) {
    Matcher m = Pattern.compile("\\b[a-z]{6,}\\b").matcher(s);
    List<int[]> words = new ArrayList<>();
    while (m.find()) {
      words.add(new int[] {m.start(), m.end()});
    }
    java.util.Collections.shuffle(words, random);
    for (int[] at : words) {
      String w = s.substring(at[0], at[1]);
      int k = 1 + random.nextInt(w.length() - 3);
      String t =
          swap
              ? w.substring(0, k) + w.charAt(k + 1) + w.charAt(k) + w.substring(k + 2)
              : w.substring(0, k) + w.substring(k + 1);
      if (!t.equals(w) && !isWord(t)) {
        return s.substring(0, at[0]) + t + s.substring(at[1]);
      }
    }
    return null;
  }
}
