package dev.drift.language;

import dev.drift.DriftInputException;
import dev.drift.segment.SegmentedDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Refuses a comparison that the model cannot read, and says what to do instead; warns when a
 * document's declared language is not the one it reads as. Without it, an English original against
 * its Spanish translation aligns at F1 0.02 under the English model, and the report looks like any
 * other.
 *
 * <p>Each side's language is the detected one when the detector could tell, else the declared one:
 * a page declared {@code fr} that reads as English is English to the model (the example tree's
 * {@code fr/} stand-ins), with a warning. Then:
 *
 * <ul>
 *   <li>a model that reads English only, an original that reads as another language: refused,
 *       whatever the translator, because the translate stage renders the translation into the
 *       original's language, which the model cannot read either; the remedy is a multilingual
 *       model;
 *   <li>a model that reads English only, a translation that reads as another language and no
 *       translator: refused, naming both remedies (the Apertium package for the pair, or a
 *       multilingual model);
 *   <li>a side only declared in another language, with too little prose to tell (a title page, a
 *       table of names): compared, with the same words as a warning;
 *   <li>anything else passes, with a warning for each side whose declared language disagrees with
 *       the detected one.
 * </ul>
 *
 * <p>Immutable and thread-safe; {@link #check(Side, Side, Model, boolean)} is a pure function.
 */
public final class LanguageGuard {

  /** Which languages the embedding model reads. */
  public enum Model {
    /** The bundled models (all-MiniLM-L6-v2 and its int8 version): English only. */
    ENGLISH_ONLY,
    /** A model given by directory, taken as multilingual unless told otherwise. */
    MULTILINGUAL
  }

  /**
   * One document of the pair, as the guard sees it.
   *
   * @param name the document's name, as reports show it
   * @param declared its declared BCP 47 language ({@code en}, {@code pt-BR})
   * @param defaulted whether nobody declared it and {@code declared} is a default (the original's
   *     {@code en}, the translation's taken from the original)
   * @param detected the language its prose reads as, or empty when the detector could not tell
   */
  public record Side(
      String name, String declared, boolean defaulted, Optional<DetectedLanguage> detected) {

    /**
     * Creates a side.
     *
     * @param name the document's name
     * @param declared its declared language
     * @param defaulted whether the declared language is a default
     * @param detected its detected language, or empty
     */
    public Side {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(declared, "declared");
      Objects.requireNonNull(detected, "detected");
    }

    /**
     * The language the document is taken to be in: the declared tag when the detector agrees or
     * could not tell (it keeps the region, {@code pt-BR}), else the detected code.
     *
     * @return a BCP 47 tag
     */
    public String language() {
      return detected
          .map(DetectedLanguage::language)
          .filter(d -> !Languages.same(d, declared))
          .orElse(declared);
    }

    private String reads() {
      return detected
          .map(d -> "reads as " + d)
          .orElseGet(
              () ->
                  (defaulted ? "is taken as " : "is declared ")
                      + declared
                      + " (too little prose to tell its language with confidence)");
    }
  }

  /**
   * The outcome of a comparison the guard lets through.
   *
   * @param originalLanguage the language the original is taken to be in ({@link Side#language()})
   * @param translationLanguage the language the translation is taken to be in
   * @param warnings one line each, for the report: declared languages the prose disagrees with
   */
  public record Outcome(
      String originalLanguage, String translationLanguage, List<String> warnings) {

    /**
     * Creates an outcome.
     *
     * @param originalLanguage the original's language
     * @param translationLanguage the translation's language
     * @param warnings the warnings
     */
    public Outcome {
      warnings = List.copyOf(warnings);
    }
  }

  /** The least detector confidence that overrides a declared language (or a default). */
  public static final double CONFIDENT = 0.9;

  private final Model model;
  private final boolean originalDefaulted;
  private final boolean translationDefaulted;
  private final Predicate<String> translates;

  private LanguageGuard(
      Model model,
      boolean originalDefaulted,
      boolean translationDefaulted,
      Predicate<String> translates) {
    this.model = Objects.requireNonNull(model, "model");
    this.originalDefaulted = originalDefaulted;
    this.translationDefaulted = translationDefaulted;
    this.translates = Objects.requireNonNull(translates, "translates");
  }

  /**
   * A guard for the comparisons of one checker.
   *
   * @param model which languages the embedding model reads
   * @param originalDefaulted whether nobody declared the original's language
   * @param translationDefaulted whether nobody declared the translation's language
   * @param translates whether a translator is configured for a translation language
   * @return the guard
   */
  public static LanguageGuard of(
      Model model,
      boolean originalDefaulted,
      boolean translationDefaulted,
      Predicate<String> translates) {
    return new LanguageGuard(model, originalDefaulted, translationDefaulted, translates);
  }

  /**
   * Detects the language of both documents' prose and checks the pair ({@link #check(Side, Side,
   * Model, boolean)}); the documents' own languages are the declared ones.
   *
   * @param original the original, segmented
   * @param translation the translation, segmented and not yet rendered
   * @return the languages each side is taken to be in, and the warnings for the report
   * @throws DriftInputException when the model cannot read a side it must read
   */
  public Outcome check(SegmentedDocument original, SegmentedDocument translation) {
    Side a = new Side(original.name(), original.language(), originalDefaulted, detect(original));
    Side b =
        new Side(
            translation.name(), translation.language(), translationDefaulted, detect(translation));
    return check(a, b, model, translates.test(b.language()));
  }

  /**
   * A document's language when the detector is sure of it. Below {@link #CONFIDENT} (a list of
   * place names read as Dutch at 0.71) the declared language stands: a refusal needs evidence. A
   * document declared (or taken as) English whose prose is clearly English ({@link EnglishProse})
   * needs no detector.
   */
  private static Optional<DetectedLanguage> detect(SegmentedDocument doc) {
    return detect(doc.language(), doc.texts());
  }

  /** {@link #detect(SegmentedDocument)} for a document's declared language and prose. */
  static Optional<DetectedLanguage> detect(String declared, List<String> texts) {
    if (Languages.isEnglish(declared)) {
      Optional<DetectedLanguage> english = EnglishProse.read(texts);
      if (english.isPresent()) {
        return english;
      }
    }
    return LanguageDetector.create().detect(texts).filter(d -> d.confidence() >= CONFIDENT);
  }

  /**
   * Whether two language tags name the same language, regions and scripts aside ({@code pt-BR} and
   * {@code pt}; Bokmål and Nynorsk).
   *
   * @param a a BCP 47 tag
   * @param b another
   * @return whether they name one language
   */
  public static boolean sameLanguage(String a, String b) {
    return Languages.same(a, b);
  }

  /**
   * Checks that the model can read a pair, given how it will be read.
   *
   * @param original the original
   * @param translation the translation
   * @param model which languages the embedding model reads
   * @param translator whether a translator is configured (it renders the translation into the
   *     original's language before embedding)
   * @return the languages each side is taken to be in, and the warnings for the report
   * @throws DriftInputException when the model reads English only and a side it must read is not
   *     English: one line naming the file, the language it reads as and the remedies
   */
  public static Outcome check(Side original, Side translation, Model model, boolean translator) {
    List<String> warnings = new ArrayList<>();
    if (model == Model.ENGLISH_ONLY) {
      if (!Languages.isEnglish(original.language())) {
        String problem =
            original.name()
                + " "
                + original.reads()
                + ", but the bundled model reads English only, and a translator cannot help (it"
                + " renders the translation into the original's language): use a multilingual"
                + " model with --model DIR (model.onnx and tokenizer.json)";
        refuseOrWarn(original, problem, warnings);
      }
      if (!translator && !Languages.isEnglish(translation.language())) {
        String problem =
            translation.name()
                + " "
                + translation.reads()
                + ", but the bundled model reads English only: "
                + translatorRemedy(translation.language())
                + ", or use a multilingual model with --model DIR (model.onnx and"
                + " tokenizer.json)";
        refuseOrWarn(translation, problem, warnings);
      }
    }
    mismatch(original, "--original-lang").ifPresent(warnings::add);
    mismatch(translation, "--translation-lang").ifPresent(warnings::add);
    return new Outcome(original.language(), translation.language(), warnings);
  }

  /**
   * Refuses a side whose prose reads as a language the model cannot read; a side only declared so
   * (too little prose to tell: a title, a table of names) is compared with a warning, as its words
   * may be names and numbers the model reads in any language.
   */
  private static void refuseOrWarn(Side side, String problem, List<String> warnings) {
    if (side.detected().isPresent()) {
      throw new DriftInputException(problem);
    }
    warnings.add(problem);
  }

  /** How to translate a language into English, with the Debian package when there is one. */
  private static String translatorRemedy(String language) {
    String code = Languages.base(language);
    return ApertiumPair.intoEnglish(code)
        .map(p -> "translate it with --translator apertium (" + p.installCommand() + ")")
        .orElse(
            "translate it with --translator and a command that renders "
                + code
                + " as English (Debian's Apertium has no "
                + code
                + "-English pair)");
  }

  /** The warning for a side whose prose reads as another language than the declared one. */
  private static Optional<String> mismatch(Side side, String option) {
    if (side.detected().isEmpty()
        || Languages.same(side.detected().get().language(), side.declared())) {
      return Optional.empty();
    }
    DetectedLanguage d = side.detected().get();
    if (side.defaulted()) {
      return Optional.of(
          side.name()
              + " reads as "
              + d
              + " but no language was given for it, so it was taken as "
              + side.declared()
              + "; give it with "
              + option
              + " "
              + d.language());
    }
    return Optional.of(
        side.name()
            + " is declared "
            + side.declared()
            + " but reads as "
            + d
            + "; check that it is the right file, or declare it "
            + d.language());
  }
}
