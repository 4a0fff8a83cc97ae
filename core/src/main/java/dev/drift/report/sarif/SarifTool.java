package dev.drift.report.sarif;

import dev.drift.shift.Shift;
import dev.drift.shift.ShiftKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code tool} of drift's SARIF logs: the driver's name, version and information URI, and its
 * rules, one per kind of evidence plus one for a failing document, in the order results refer to
 * them by index. Stateless.
 */
final class SarifTool {
  private SarifTool() {}

  /** The rules, one per kind of evidence, most specific first; a shift takes the first it has. */
  static final List<ShiftKind> RULES =
      List.of(
          ShiftKind.GLOSSARY,
          ShiftKind.NUMBER,
          ShiftKind.ENTITY,
          ShiftKind.NEGATION,
          ShiftKind.QUOTE,
          ShiftKind.LINK,
          ShiftKind.CODE,
          ShiftKind.PLACEHOLDER,
          ShiftKind.OMISSION,
          ShiftKind.ADDITION,
          ShiftKind.SUBSTITUTION);

  static final String DOCUMENT_RULE = "drift/document";

  /** The full name in the logs of comparisons. */
  static final String FULL_NAME = "drift: finds where a translation drifts from its original";

  /** The rules: one per kind of evidence, then the failing document's. */
  static List<SarifLog.Rule> rules() {
    List<SarifLog.Rule> rules = new ArrayList<>();
    for (ShiftKind kind : RULES) {
      rules.add(
          new SarifLog.Rule(
              ruleId(kind),
              description(kind),
              kind == ShiftKind.SUBSTITUTION ? "warning" : "error"));
    }
    rules.add(
        new SarifLog.Rule(
            DOCUMENT_RULE,
            "A translation drifts from its original beyond the configured thresholds.",
            "error"));
    return rules;
  }

  static ShiftKind rule(Shift s) {
    for (ShiftKind k : RULES) {
      if (s.kinds().contains(k)) {
        return k;
      }
    }
    return ShiftKind.SUBSTITUTION;
  }

  static String ruleId(ShiftKind kind) {
    return "drift/" + kind.id();
  }

  private static String description(ShiftKind kind) {
    return switch (kind) {
      case GLOSSARY -> "A glossary term is not rendered as the glossary requires.";
      case NUMBER -> "A number, amount, date or time has another value in the translation.";
      case ENTITY -> "A name or acronym changed in the translation.";
      case NEGATION -> "A negation was added or removed in the translation.";
      case QUOTE -> "Wording inside a quotation changed in the translation.";
      case LINK -> "A link target changed in the translation.";
      case CODE -> "Inline code changed in the translation.";
      case PLACEHOLDER -> "A placeholder changed in the translation.";
      case OMISSION -> "Text of the original is missing in the translation.";
      case ADDITION -> "The translation adds text the original does not have.";
      case SUBSTITUTION -> "Wording of the translation shifts the original's meaning.";
      case TAG -> "An inline tag of the unit is lost or added in the translation.";
      case WHITESPACE -> "Leading or trailing whitespace differs from the source's.";
      case LENGTH -> "The translation is much shorter or longer than its source.";
      case UNTRANSLATED -> "The unit is not translated.";
    };
  }
}
