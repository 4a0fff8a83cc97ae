package dev.drift.translate;

import dev.drift.segment.Rendering;
import dev.drift.segment.SegmentedDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The translate stage: renders every sentence of a translation into the original's language, so
 * that the English model can embed and compare it, and each capitalised word on its own, so that
 * names can be matched across languages. The renderings travel beside the real sentences, whose
 * offsets still point into the translation's file. Each distinct sentence is rendered once, all of
 * a document's in one call to the translator, and renderings are kept in the persistent store, so a
 * rerun never calls the translator again. Without a translator the stage passes documents through.
 * Thread-safe.
 */
public final class DocumentTranslator {
  private static final DocumentTranslator NONE = new DocumentTranslator(null, null, null);

  /** A word that starts with a capital letter: a name, an acronym, a sentence's first word. */
  private static final Pattern CAPITALISED =
      Pattern.compile("(?<![\\p{L}\\p{M}\\p{N}])\\p{Lu}[\\p{L}\\p{M}\\p{N}]*");

  /** The most words of one document rendered on their own. */
  private static final int MAX_WORDS = 5_000;

  private final Translator translator;
  private final String target;
  private final RenderingStore store;

  private DocumentTranslator(Translator translator, String target, RenderingStore store) {
    this.translator = translator;
    this.target = target;
    this.store = store;
  }

  /**
   * The stage that passes documents through as written.
   *
   * @return the stage
   */
  public static DocumentTranslator none() {
    return NONE;
  }

  /**
   * The stage over a translator, if there is one.
   *
   * @param translator the translator, or empty to pass documents through
   * @param target the language it renders into (the original's)
   * @param store where renderings are kept between runs, if anywhere
   * @return the stage
   */
  public static DocumentTranslator create(
      Optional<Translator> translator, String target, Optional<? extends RenderingStore> store) {
    return translator.map(t -> new DocumentTranslator(t, target, store.orElse(null))).orElse(NONE);
  }

  /**
   * The translator's name.
   *
   * @return the name, or empty when the stage passes documents through
   */
  public Optional<String> translator() {
    return Optional.ofNullable(translator).map(Translator::name);
  }

  /**
   * Everything its renderings depend on: the translator's identity and the target language.
   *
   * @return the identity, or empty when the stage passes documents through
   */
  public String identity() {
    return translator == null ? "" : translator.identity() + ">" + target;
  }

  /**
   * Renders a translation's sentences into the original's language; names the translator left as
   * written are spelled in the rendering as the original spells them ({@link NameHarmonizer}).
   *
   * @param document the translation
   * @param original the original, whose names the rendering takes
   * @return the document with a rendering of each sentence, or the document itself without a
   *     translator
   * @throws dev.drift.DriftException if the translator fails
   */
  public SegmentedDocument render(SegmentedDocument document, SegmentedDocument original) {
    if (translator == null) {
      return document;
    }
    List<String> sentences = document.contents();
    List<String> words = capitalisedWords(sentences);
    List<String> texts = new ArrayList<>(sentences);
    texts.addAll(words);
    List<String> renderings = renderAll(texts, document.language());
    Map<String, String> wordRenderings = new LinkedHashMap<>();
    for (int k = 0; k < words.size(); k++) {
      wordRenderings.put(words.get(k), renderings.get(sentences.size() + k));
    }
    Map<String, String> spellings = NameHarmonizer.spellings(wordRenderings, original.contents());
    List<String> rendered = new ArrayList<>(sentences.size());
    for (String r : renderings.subList(0, sentences.size())) {
      rendered.add(NameHarmonizer.apply(r, spellings));
    }
    Map<String, String> named = new LinkedHashMap<>(wordRenderings);
    named.putAll(spellings);
    return document.withRendering(
        new Rendering(translator.name(), rendered, named, translator.scale()));
  }

  /** Renders texts, each distinct one once, those rendered before from the store. */
  private List<String> renderAll(List<String> texts, String language) {
    String key = translator.identity() + "|" + language + ">" + target;
    Map<Integer, String> found = store == null ? Map.of() : store.renderings(key, texts);
    List<String> missing = new ArrayList<>(new LinkedHashSet<>(missingTexts(texts, found)));
    List<String> fresh = translator.render(missing);
    if (store != null) {
      store.putRenderings(key, missing, fresh);
    }
    Map<String, String> rendered = new HashMap<>();
    for (int k = 0; k < missing.size(); k++) {
      rendered.put(missing.get(k), fresh.get(k));
    }
    List<String> renderings = new ArrayList<>(texts.size());
    for (int k = 0; k < texts.size(); k++) {
      String cached = found.get(k);
      renderings.add(cached != null ? cached : rendered.get(texts.get(k)));
    }
    return renderings;
  }

  /**
   * The document's distinct capitalised words (names and acronyms among them), which are rendered
   * on their own so that later stages can match names across languages.
   */
  static List<String> capitalisedWords(List<String> sentences) {
    Set<String> words = new LinkedHashSet<>();
    for (String sentence : sentences) {
      Matcher m = CAPITALISED.matcher(sentence);
      while (m.find() && words.size() < MAX_WORDS) {
        words.add(m.group());
      }
    }
    return new ArrayList<>(words);
  }

  private static List<String> missingTexts(List<String> texts, Map<Integer, String> found) {
    List<String> missing = new ArrayList<>();
    for (int k = 0; k < texts.size(); k++) {
      if (!found.containsKey(k)) {
        missing.add(texts.get(k));
      }
    }
    return missing;
  }
}
