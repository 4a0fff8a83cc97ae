package dev.drift.shift;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drift.embed.TokenVectors;
import dev.drift.load.Verbatim;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Pair sides for detector tests: the side text is the raw text (identity mapping), words come from
 * {@link Words#of}, and there are no token vectors unless given, so detectors run without a model.
 */
final class Sides {
  private Sides() {}

  static PairSide side(String text, String language) {
    return side(text, language, null, List.of());
  }

  static PairSide side(String text, String language, TokenVectors tokens, List<Verbatim> verbatim) {
    return new PairSide(
        text, language, Words.of(text, language), tokens, verbatim, text, i -> i, i -> i + 1);
  }

  /** A pair of one language ({@code sameLanguage} when the languages are equal). */
  static AlignedPair pair(String original, String translation, String lang1, String lang2) {
    return new AlignedPair(
        side(original, lang1), side(translation, lang2), 1.0, lang1.equals(lang2));
  }

  /**
   * An English original against a Spanish translation a translator rendered into English, with the
   * translator's renderings of capitalised words on their own.
   */
  static AlignedPair rendered(
      String original, String translation, String rendering, java.util.Map<String, String> words) {
    return new AlignedPair(
        side(original, "en"), side(translation, "es"), 0.8, false, side(rendering, "en"), words);
  }

  static AlignedPair pair(String original, String translation) {
    return pair(original, translation, "en", "en");
  }

  /**
   * The findings of a same-language pair's word diff (no lexicon), refined by the given detectors
   * in order.
   */
  static List<Finding> diffThen(AlignedPair pair, ShiftDetector... detectors) {
    List<Finding> findings = new ArrayList<>();
    WordDiffShiftDetector.create(Lexicon.none()).detect(pair, findings);
    for (ShiftDetector d : detectors) {
      d.detect(pair, findings);
    }
    return findings;
  }

  /** A finding as one line: "original → translation", for assertion messages and comparisons. */
  static String show(AlignedPair pair, Finding f) {
    return originalOf(pair, f) + " → " + translationOf(pair, f);
  }

  /** The original words of a finding, as written ("" for none). */
  static String originalOf(AlignedPair pair, Finding f) {
    return pair.original().textOf(f.originalFrom, f.originalTo);
  }

  /** The translation words of a finding, as written ("" for none). */
  static String translationOf(AlignedPair pair, Finding f) {
    return pair.translation().textOf(f.translationFrom, f.translationTo);
  }

  /** For {@code anySatisfy}: a finding with exactly this reason and this severity floor. */
  static Consumer<Finding> flagged(String reason, Severity floor) {
    return f -> {
      assertThat(f.reason).isEqualTo(reason);
      assertThat(f.floor).isEqualTo(floor);
    };
  }

  /** For {@code anySatisfy}: a finding whose reason starts so, at this severity floor. */
  static Consumer<Finding> flaggedAs(String reasonPrefix, Severity floor) {
    return f -> {
      assertThat(f.reason).startsWith(reasonPrefix);
      assertThat(f.floor).isEqualTo(floor);
    };
  }
}
