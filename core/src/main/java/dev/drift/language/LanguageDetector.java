package dev.drift.language;

import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.BuiltInLanguages;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import dev.drift.DriftException;
import dev.drift.segment.SegmentedDocument;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tells which language a document's prose is written in, with the n-gram profiles of 68 languages
 * that optimaize's language-detector ships (a descendant of Nakatani Shuyo's langdetect).
 *
 * <p>The prose, as the segmenter left it (markup, code blocks, code spans and autolinks removed),
 * is cut at sentence ends into chunks of at least {@value #CHUNK_LETTERS} letters; each chunk votes
 * for the language it reads as, weighted by its letters and the detector's probability. The
 * document's language is the one holding at least {@value #MIN_SHARE} of the letters, so a Spanish
 * page that quotes an English paragraph reads as Spanish, while a page half in each language has
 * none. A document with fewer than {@value #MIN_LETTERS} letters of prose (a page of headings, a
 * title and one short sentence) has no detected language either: below that the profiles confuse
 * close languages (Portuguese with Spanish or Galician, Dutch with Afrikaans) in more than one
 * window of text in 200, with a probability near 1 all the same. Long documents are sampled: at
 * most {@value #MAX_CHUNKS} chunks, spread evenly, are read.
 *
 * <p>Immutable and thread-safe. The profiles are loaded once per class loader, on the first call of
 * {@link #detect} that has enough prose to read, so a run that never asks pays nothing.
 */
public final class LanguageDetector {
  /** Fewer letters of prose than this, and the language is not told. */
  static final int MIN_LETTERS = 100;

  /** Sentences are joined into chunks of at least this many letters, each of which votes. */
  static final int CHUNK_LETTERS = 150;

  /**
   * The share of the sampled letters the majority language must hold; below it the page is taken as
   * bilingual and no language is told. A page half English, half Spanish reads 0.51 Spanish.
   */
  static final double MIN_SHARE = 0.6;

  /** At most this many chunks of a document are read. */
  static final int MAX_CHUNKS = 64;

  /** The seed of the detector's random sampling: the same text always gives the same answer. */
  private static final long SEED = 41;

  /**
   * Profiles left out: Asturian and Aragonese, whose profiles claim Spanish prose. Of 880 windows
   * of 20 to 200 letters of Spanish text, 71 were misread with them (49 as Asturian), 24 without.
   * Pages in either language are rare, and neither has an Apertium pair into English.
   */
  private static final Set<String> LEFT_OUT = Set.of("ast", "an");

  private static final Object LOCK = new Object();
  private static volatile com.optimaize.langdetect.LanguageDetector profiles;

  private final int minLetters;

  private LanguageDetector(int minLetters) {
    this.minLetters = minLetters;
  }

  /**
   * The detector.
   *
   * @return a detector that answers only for {@value #MIN_LETTERS} letters of prose or more
   */
  public static LanguageDetector create() {
    return new LanguageDetector(MIN_LETTERS);
  }

  /**
   * A detector with another minimum, for measurements.
   *
   * @param minLetters the fewest letters of prose it answers for
   * @return the detector
   */
  static LanguageDetector withMinLetters(int minLetters) {
    return new LanguageDetector(minLetters);
  }

  /**
   * The language a document's prose reads as.
   *
   * @param doc a segmented document
   * @return its language and the share of its prose that reads so, or empty when its prose is too
   *     short to tell or no language holds {@value #MIN_SHARE} of it
   * @throws DriftException if the language profiles cannot be loaded (a broken installation)
   */
  public Optional<DetectedLanguage> detect(SegmentedDocument doc) {
    return detect(doc.texts());
  }

  /**
   * The language a list of prose texts reads as, as {@link #detect(SegmentedDocument)}.
   *
   * @param texts the sentences' prose, in document order
   * @return the majority language, or empty
   */
  public Optional<DetectedLanguage> detect(List<String> texts) {
    List<Chunk> chunks = chunks(texts);
    long letters = 0;
    for (Chunk c : chunks) {
      letters += c.letters;
    }
    if (letters < minLetters) {
      return Optional.empty();
    }
    com.optimaize.langdetect.LanguageDetector detector = profiles();
    TextObjectFactory factory = CommonTextObjectFactories.forDetectingOnLargeText();
    Map<String, Double> votes = new HashMap<>();
    double total = 0;
    for (Chunk c : sample(chunks)) {
      String text = String.join(" ", texts.subList(c.from, c.to));
      total += c.letters;
      List<com.optimaize.langdetect.DetectedLanguage> found =
          detector.getProbabilities(factory.forText(text));
      if (!found.isEmpty()) {
        com.optimaize.langdetect.DetectedLanguage top = found.get(0);
        votes.merge(top.getLocale().getLanguage(), c.letters * top.getProbability(), Double::sum);
      }
    }
    String best = null;
    double weight = 0;
    for (Map.Entry<String, Double> e : votes.entrySet()) {
      if (e.getValue() > weight) {
        best = e.getKey();
        weight = e.getValue();
      }
    }
    double share = total == 0 ? 0 : Math.min(1, weight / total);
    return best != null && share >= MIN_SHARE
        ? Optional.of(new DetectedLanguage(best, share))
        : Optional.empty();
  }

  /** Consecutive sentences [from, to) with their letter count. */
  private record Chunk(int from, int to, int letters) {}

  /**
   * Cuts the sentences into chunks of at least {@link #CHUNK_LETTERS} letters; a short remainder
   * joins the chunk before it.
   */
  private static List<Chunk> chunks(List<String> texts) {
    List<Chunk> chunks = new ArrayList<>();
    int from = 0;
    int letters = 0;
    for (int i = 0; i < texts.size(); i++) {
      letters += letters(texts.get(i));
      if (letters >= CHUNK_LETTERS) {
        chunks.add(new Chunk(from, i + 1, letters));
        from = i + 1;
        letters = 0;
      }
    }
    if (letters > 0) {
      if (!chunks.isEmpty() && letters < CHUNK_LETTERS / 2) {
        Chunk last = chunks.remove(chunks.size() - 1);
        chunks.add(new Chunk(last.from, texts.size(), last.letters + letters));
      } else {
        chunks.add(new Chunk(from, texts.size(), letters));
      }
    }
    return chunks;
  }

  /** At most {@link #MAX_CHUNKS} chunks, spread evenly over the document. */
  private static List<Chunk> sample(List<Chunk> chunks) {
    if (chunks.size() <= MAX_CHUNKS) {
      return chunks;
    }
    List<Chunk> out = new ArrayList<>(MAX_CHUNKS);
    for (int i = 0; i < MAX_CHUNKS; i++) {
      out.add(chunks.get((int) ((long) i * chunks.size() / MAX_CHUNKS)));
    }
    return out;
  }

  private static int letters(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        n++;
      }
    }
    return n;
  }

  /**
   * Whether this class loader has loaded the profiles yet.
   *
   * @return true once a call of {@link #detect} has loaded them
   */
  static boolean loaded() {
    return profiles != null;
  }

  /** The profiles, loaded on first use. */
  private static com.optimaize.langdetect.LanguageDetector profiles() {
    com.optimaize.langdetect.LanguageDetector d = profiles;
    if (d == null) {
      synchronized (LOCK) {
        d = profiles;
        if (d == null) {
          d = load();
          profiles = d;
        }
      }
    }
    return d;
  }

  /** Loads all built-in profiles. */
  private static com.optimaize.langdetect.LanguageDetector load() {
    try {
      List<LdLocale> languages = new ArrayList<>(BuiltInLanguages.getLanguages());
      languages.removeIf(l -> LEFT_OUT.contains(l.getLanguage()));
      List<LanguageProfile> profiles = new LanguageProfileReader().readBuiltIn(languages);
      return LanguageDetectorBuilder.create(NgramExtractors.standard())
          .withProfiles(profiles)
          .seed(SEED)
          .build();
    } catch (IOException | RuntimeException e) {
      throw new DriftException(
          "cannot load the language profiles of language-detector (" + e.getMessage() + ")", e);
    }
  }
}
