package dev.drift.report.sarif;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.drift.shift.Shift;
import dev.drift.shift.ShiftKind;
import java.io.IOException;
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

  /** Writes {@code tool}: drift, its version when known, where to read about it, its rules. */
  static void write(JsonGenerator g, String toolVersion) throws IOException {
    g.writeObjectFieldStart("tool");
    g.writeObjectFieldStart("driver");
    g.writeStringField("name", "drift");
    g.writeStringField("fullName", "drift: finds where a translation drifts from its original");
    if (toolVersion != null) {
      g.writeStringField("version", toolVersion);
    }
    g.writeStringField("informationUri", SarifRenderer.INFORMATION_URI);
    g.writeArrayFieldStart("rules");
    for (ShiftKind kind : RULES) {
      writeRule(
          g, ruleId(kind), description(kind), kind == ShiftKind.SUBSTITUTION ? "warning" : "error");
    }
    writeRule(
        g,
        DOCUMENT_RULE,
        "A translation drifts from its original beyond the configured thresholds.",
        "error");
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void writeRule(JsonGenerator g, String id, String text, String level)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("id", id);
    g.writeObjectFieldStart("shortDescription");
    g.writeStringField("text", text);
    g.writeEndObject();
    g.writeObjectFieldStart("defaultConfiguration");
    g.writeStringField("level", level);
    g.writeEndObject();
    g.writeEndObject();
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
