package dev.drift.shift;

import dev.drift.segment.LanguageTags;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Terms whose rendering in a translation is prescribed: {@code TASS} stays {@code TASS}, {@code
 * Kyiv} is {@code Kyiv} and never {@code Kiev}. Immutable.
 *
 * @param terms the terms, in the order given
 */
public record Glossary(List<Term> terms) {

  /**
   * Creates a glossary.
   *
   * @param terms the terms
   */
  public Glossary {
    terms = List.copyOf(terms);
  }

  /**
   * A glossary without terms.
   *
   * @return the empty glossary
   */
  public static Glossary empty() {
    return new Glossary(List.of());
  }

  /**
   * Whether there are no terms.
   *
   * @return true when empty
   */
  public boolean isEmpty() {
    return terms.isEmpty();
  }

  /**
   * One term.
   *
   * @param term the term as it appears in the original (matched case-sensitively, as whole words)
   * @param renderings the required rendering per translation language (BCP 47 tag, or its primary
   *     language such as {@code fr}); a language without one must keep {@code term} as it is
   * @param forbidden renderings that are wrong in any language (such as {@code Kiev}); named in the
   *     message when the translation uses one
   */
  public record Term(String term, Map<String, String> renderings, List<String> forbidden) {

    /**
     * Creates a term.
     *
     * @param term the term; not blank
     * @param renderings the renderings by language
     * @param forbidden the wrong renderings
     * @throws IllegalArgumentException if the term or a rendering is blank
     */
    public Term {
      if (term == null || term.isBlank()) {
        throw new IllegalArgumentException("a glossary term is empty");
      }
      term = term.strip();
      TreeMap<String, String> byLanguage = new TreeMap<>();
      for (Map.Entry<String, String> e : renderings.entrySet()) {
        if (e.getValue() == null || e.getValue().isBlank()) {
          throw new IllegalArgumentException(
              "glossary term '" + term + "' has an empty rendering for " + e.getKey());
        }
        byLanguage.put(key(e.getKey()), e.getValue().strip());
      }
      renderings = java.util.Collections.unmodifiableMap(byLanguage);
      forbidden = forbidden.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * A term kept as it is in every language.
     *
     * @param term the term
     * @return the term
     */
    public static Term verbatim(String term) {
      return new Term(term, Map.of(), List.of());
    }

    /**
     * The rendering required in a language: the exact tag's, else its primary language's, else the
     * term itself.
     *
     * @param language a BCP 47 tag
     * @return the required rendering
     */
    public String renderingFor(String language) {
      String tag = key(language);
      String exact = renderings.get(tag);
      if (exact != null) {
        return exact;
      }
      String primary = renderings.get(LanguageTags.primary(tag));
      return primary != null ? primary : term;
    }

    private static String key(String language) {
      return language.strip().replace('_', '-').toLowerCase(Locale.ROOT);
    }
  }
}
