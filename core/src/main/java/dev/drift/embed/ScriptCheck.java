package dev.drift.embed;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Warns when a document is mostly written in a script the model cannot read. The bundled model,
 * all-MiniLM-L6-v2, was trained on English: its tokenizer breaks Cyrillic, Greek, Arabic, Hebrew,
 * CJK and other scripts into single characters or unknown pieces, so the similarities, the
 * alignment and the drift of such a document mean little, and would otherwise be reported without a
 * hint. Only the bundled model is checked: for a model given by directory drift cannot tell which
 * scripts it knows. Stateless.
 */
final class ScriptCheck {
  /** The share of non-Latin letters above which a document counts as written in another script. */
  static final double MAX_FOREIGN_SHARE = 0.5;

  /** Fewer letters than this say too little to warn about (a title, a few names). */
  static final int MIN_LETTERS = 20;

  private ScriptCheck() {}

  /**
   * The warnings for a document pair.
   *
   * @param model the model that embeds both documents
   * @param originalName the original's name
   * @param original its sentences' texts
   * @param translationName the translation's name
   * @param translation its sentences' texts
   * @return a warning for each document written in a script the model cannot read
   */
  static List<String> warnings(
      ModelInfo model,
      String originalName,
      List<String> original,
      String translationName,
      List<String> translation) {
    return java.util.stream.Stream.of(
            warning(originalName, original, model), warning(translationName, translation, model))
        .flatMap(Optional::stream)
        .toList();
  }

  /**
   * The warning for one document, if it needs one.
   *
   * @param name the document's name, as shown in the report
   * @param sentences its sentences' texts
   * @param model the model that embeds them
   * @return a one-line warning, or empty when the model reads the document's script or is not a
   *     bundled (English) one
   */
  static Optional<String> warning(String name, List<String> sentences, ModelInfo model) {
    if (!isBundled(model)) {
      return Optional.empty();
    }
    int letters = 0;
    int foreign = 0;
    Map<Character.UnicodeScript, Integer> byScript = new EnumMap<>(Character.UnicodeScript.class);
    for (String text : sentences) {
      for (int i = 0; i < text.length(); ) {
        int cp = text.codePointAt(i);
        i += Character.charCount(cp);
        if (!Character.isLetter(cp)) {
          continue;
        }
        letters++;
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script != Character.UnicodeScript.LATIN) {
          foreign++;
          byScript.merge(script, 1, Integer::sum);
        }
      }
    }
    if (letters < MIN_LETTERS || foreign <= MAX_FOREIGN_SHARE * letters) {
      return Optional.empty();
    }
    Character.UnicodeScript main =
        byScript.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    return Optional.of(
        String.format(
            Locale.ROOT,
            "%s: %d%% of its letters are not Latin (mostly %s); %s was trained on English and"
                + " cannot read them, so similarities and drift for this document are unreliable;"
                + " use a multilingual model",
            name,
            Math.round(100.0 * foreign / letters),
            scriptName(main),
            model.name()));
  }

  /** Whether a model is one of the bundled ones, all of them English. */
  private static boolean isBundled(ModelInfo model) {
    for (ModelSource.Bundled bundled : ModelSource.Bundled.values()) {
      if (bundled.displayName().equals(model.name())) {
        return true;
      }
    }
    return false;
  }

  /** "CYRILLIC" → "Cyrillic", "OLD_ITALIC" → "Old Italic". */
  private static String scriptName(Character.UnicodeScript script) {
    StringBuilder sb = new StringBuilder();
    for (String word : script.name().split("_")) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    return sb.toString();
  }
}
