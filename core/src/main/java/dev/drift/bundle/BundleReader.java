package dev.drift.bundle;

import dev.drift.DriftInputException;
import dev.drift.load.DocumentLoader;
import dev.drift.load.InputFormat;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads translation files into {@link Bundle}s: one bilingual file (XLIFF 1.2 or 2.0, gettext PO),
 * or two monolingual bundles ({@code .properties}, JSON) paired by key. The format comes from the
 * extension, else from the content ({@code <xliff}, {@code msgid "}), unless the caller forces one.
 * XLIFF, PO and JSON are read as UTF-8; {@code .properties} as UTF-8 when the bytes are valid
 * UTF-8, else as ISO-8859-1 — the rule {@link java.util.PropertyResourceBundle} has followed since
 * Java 9, so a file written for either convention reads as the application reads it. Stateless.
 */
public final class BundleReader {
  private static final Pattern XLIFF_START =
      Pattern.compile(
          "^\\uFEFF?\\s*(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*<xliff[\\s>]", Pattern.DOTALL);
  private static final Pattern PO_SIGN = Pattern.compile("(?m)^msgid\\s+\"");
  private static final Pattern LOCALE =
      Pattern.compile("[a-z]{2,3}(?:[_-](?:[A-Z]{2}|[0-9]{3}|[A-Z][a-z]{3}))?");
  private static final Pattern PLURAL_SUFFIX = Pattern.compile("_(zero|one|two|few|many|other)$");

  private BundleReader() {}

  /**
   * The translation-file format of a file, by extension and content, or {@code null} when it is a
   * prose document.
   *
   * @param name the file name
   * @param text its content, or {@code null} to decide by name only
   * @return XLIFF, PO, PROPERTIES or JSON, or {@code null}
   */
  public static InputFormat detect(String name, String text) {
    InputFormat byName = InputFormat.byExtension(name);
    if (byName != null) {
      return byName.bundle() ? byName : null;
    }
    if (text == null) {
      return null;
    }
    String head = text.substring(0, Math.min(text.length(), 4096));
    if (XLIFF_START.matcher(head).find()) {
      return InputFormat.XLIFF;
    }
    return PO_SIGN.matcher(head).find() ? InputFormat.PO : null;
  }

  /**
   * Whether a comparison of these files is one of translation files.
   *
   * @param original the original, or the bilingual file
   * @param translation the translation, or {@code null} for one bilingual file
   * @param forced the format the user forced, or {@code null}
   * @return true if a {@link Bundle} should be read
   */
  public static boolean isBundle(Path original, Path translation, InputFormat forced) {
    if (forced != null) {
      return forced.bundle();
    }
    InputFormat f = InputFormat.byExtension(original.toString());
    if (f != null) {
      return f.bundle();
    }
    if (translation != null) {
      return false;
    }
    return detect(original.toString(), DocumentLoader.load(original, InputFormat.XLIFF).text())
        != null;
  }

  /**
   * Reads translation files.
   *
   * @param original the bilingual file, or the source-language bundle
   * @param translation {@code null} for a bilingual file, else the translated bundle
   * @param forced the format to read them as, or {@code null} to decide by extension and content
   * @return the units
   * @throws DriftInputException if a file is missing, not UTF-8, malformed ({@code file:line:
   *     problem}), or a monolingual bundle lacks its translation
   */
  public static Bundle read(Path original, Path translation, InputFormat forced) {
    String a = decode(original, forced);
    String b = translation == null ? null : decode(translation, forced);
    return read(
        original.toString(), a, translation == null ? null : translation.toString(), b, forced);
  }

  /**
   * Reads translation files from their text.
   *
   * @param originalName the name of the bilingual or source file
   * @param originalText its content
   * @param translationName the translated bundle's name, or {@code null}
   * @param translationText its content, or {@code null}
   * @param forced the format, or {@code null} to decide by extension and content
   * @return the units
   * @throws DriftInputException if malformed
   */
  public static Bundle read(
      String originalName,
      String originalText,
      String translationName,
      String translationText,
      InputFormat forced) {
    InputFormat format = forced != null ? forced : detect(originalName, originalText);
    if (format == null || !format.bundle()) {
      throw new DriftInputException(
          originalName + ": not a translation file (XLIFF, PO, .properties or JSON)");
    }
    return switch (format) {
      case XLIFF -> bilingual(XliffReader.read(originalName, originalText), translationName);
      case PO -> bilingual(PoReader.read(originalName, originalText), translationName);
      case PROPERTIES, JSON -> {
        if (translationName == null) {
          throw new DriftInputException(
              originalName
                  + ": a "
                  + format.id()
                  + " bundle holds one language: give its translation as the second file");
        }
        boolean json = format == InputFormat.JSON;
        List<Keyed> a =
            json
                ? JsonBundleReader.read(originalName, originalText)
                : PropertiesReader.read(originalName, originalText);
        List<Keyed> b =
            json
                ? JsonBundleReader.read(translationName, translationText)
                : PropertiesReader.read(translationName, translationText);
        yield new Bundle(
            format,
            originalName,
            originalText,
            translationName,
            translationText,
            language(originalName, json),
            language(translationName, json),
            pair(a, b));
      }
      default -> throw new IllegalStateException(format.toString());
    };
  }

  private static Bundle bilingual(Bundle bundle, String translationName) {
    if (translationName != null) {
      throw new DriftInputException(
          bundle.sourceName()
              + ": a "
              + bundle.format().id()
              + " file holds both languages: compare it alone, without "
              + translationName);
    }
    return bundle;
  }

  /**
   * Pairs two bundles by key, in the source's order, then the keys only the translation has. A
   * plural form the source language lacks ({@code item_few} where the source has {@code
   * item_other}) is compared with the source's {@code _other} form rather than reported extra.
   */
  static List<Unit> pair(List<Keyed> source, List<Keyed> target) {
    Map<String, UnitText> targets = new LinkedHashMap<>();
    for (Keyed k : target) {
      targets.put(k.key(), k.value());
    }
    Map<String, UnitText> sources = new LinkedHashMap<>();
    for (Keyed k : source) {
      sources.put(k.key(), k.value());
    }
    List<Unit> units = new ArrayList<>();
    for (Keyed k : source) {
      units.add(new Unit(k.key(), k.value(), targets.remove(k.key()), false));
    }
    for (Map.Entry<String, UnitText> extra : targets.entrySet()) {
      Matcher m = PLURAL_SUFFIX.matcher(extra.getKey());
      UnitText other =
          m.find() ? sources.get(extra.getKey().substring(0, m.start()) + "_other") : null;
      units.add(new Unit(extra.getKey(), other, extra.getValue(), false));
    }
    return units;
  }

  /**
   * The language a bundle's name declares: {@code messages_es.properties}, {@code es.json}, {@code
   * locales/es/common.json}; {@code null} when it declares none (the source bundle, usually).
   */
  static String language(String name, boolean json) {
    Path path = Path.of(name);
    String file = path.getFileName().toString();
    int dot = file.lastIndexOf('.');
    String stem = dot < 0 ? file : file.substring(0, dot);
    if (json && LOCALE.matcher(stem).matches()) {
      return stem.replace('_', '-');
    }
    int us = stem.indexOf('_');
    if (us > 0) {
      String suffix = stem.substring(us + 1);
      if (LOCALE.matcher(suffix).matches()) {
        return suffix.replace('_', '-');
      }
    }
    if (json && path.getParent() != null) {
      String dir = path.getParent().getFileName().toString();
      if (LOCALE.matcher(dir).matches()) {
        return dir.replace('_', '-');
      }
    }
    return null;
  }

  private static String decode(Path path, InputFormat forced) {
    InputFormat format = forced != null ? forced : InputFormat.byExtension(path.toString());
    byte[] bytes = DocumentLoader.read(path);
    if (format == InputFormat.PROPERTIES) {
      try {
        return strict(bytes, StandardCharsets.UTF_8);
      } catch (CharacterCodingException e) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
      }
    }
    Charset declared = declared(bytes, format);
    if (declared != null
        && !declared.equals(StandardCharsets.UTF_8)
        && !declared.equals(StandardCharsets.US_ASCII)) {
      try {
        return strict(bytes, declared);
      } catch (CharacterCodingException e) {
        throw new DriftInputException(
            path + ": not valid " + declared.name() + ", the encoding the file declares");
      }
    }
    return DocumentLoader.load(path.toString(), bytes, InputFormat.XLIFF).text();
  }

  /** Decodes bytes that must all be valid in a charset. */
  private static String strict(byte[] bytes, Charset charset) throws CharacterCodingException {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  /** A PO header's {@code charset=}. */
  private static final Pattern PO_CHARSET =
      Pattern.compile("\"Content-Type:[^\"]*charset=([A-Za-z0-9._:-]+)");

  /** An XML declaration's {@code encoding=}. */
  private static final Pattern XML_ENCODING =
      Pattern.compile("\\A\\s*<\\?xml[^>]*encoding=[\"']([A-Za-z0-9._:-]+)");

  /**
   * The encoding a translation file declares: a PO file in its header's Content-Type ("charset=
   * ISO-8859-1": Debian's catalogs still ship some), an XLIFF file in its XML declaration; null
   * when it declares none, or one Java does not know (then it is read as UTF-8, and bytes that are
   * not fail as bad input).
   */
  static Charset declared(byte[] bytes, InputFormat format) {
    // every encoding a PO file or an XML declaration may name writes its ASCII as ASCII
    String head = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1);
    Matcher m =
        (format == InputFormat.PO || format == null && head.contains("msgid")
                ? PO_CHARSET
                : XML_ENCODING)
            .matcher(head);
    if (!m.find()) {
      return null;
    }
    try {
      return Charset.forName(m.group(1));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
