package dev.drift.batch;

import dev.drift.BundleChecker;
import dev.drift.load.InputFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a tree's translation files are told apart and grouped: by extension, and by the language a
 * monolingual bundle's path names, the way {@link java.util.ResourceBundle} names its files ({@code
 * messages_es.properties}, {@code messages_pt_BR.properties}) or i18n libraries name theirs ({@code
 * es.json}, {@code es/common.json}). Stateless.
 */
final class TranslationFiles {
  /** {@code base_lang}, {@code base_lang_REGION}, {@code base_lang_Script_REGION}. */
  private static final Pattern SUFFIX =
      Pattern.compile("(.+?)_([a-z]{2,3}(?:_[A-Z][a-z]{3})?(?:_(?:[A-Z]{2}|[0-9]{3}))?)");

  /** A file name stem or directory that is a language tag on its own. */
  private static final Pattern TAG =
      Pattern.compile("[a-z]{2,3}(?:[-_][A-Z][a-z]{3})?(?:[-_](?:[A-Z]{2}|[0-9]{3}))?");

  private TranslationFiles() {}

  /**
   * A monolingual bundle's place in its group.
   *
   * @param relativePath its path in the tree
   * @param key the same for every language of one bundle
   * @param language the language its path names, or {@code null} (a base bundle)
   * @param form how the language is written in the path, to name a missing original
   */
  record Slot(String relativePath, String key, String language, Form form) {}

  /** Where a bundle's path names its language. */
  enum Form {
    NONE,
    SUFFIX,
    STEM,
    DIRECTORY
  }

  static boolean isTranslationFile(String rel) {
    InputFormat f = InputFormat.byExtension(rel);
    return f != null && f.bundle();
  }

  static boolean isBilingual(String rel) {
    InputFormat f = InputFormat.byExtension(rel);
    return f == InputFormat.XLIFF || f == InputFormat.PO;
  }

  /** The slot of a monolingual bundle ({@code .properties} or JSON). */
  static Slot slot(String rel) {
    int slash = rel.lastIndexOf('/');
    String dir = slash < 0 ? "" : rel.substring(0, slash + 1);
    String file = rel.substring(slash + 1);
    int dot = file.lastIndexOf('.');
    String stem = dot < 0 ? file : file.substring(0, dot);
    String ext = dot < 0 ? "" : file.substring(dot);
    if (TAG.matcher(stem).matches() && TranslationTree.isKnownLanguage(stem)) {
      return new Slot(rel, dir + "{lang}" + ext, tag(stem), Form.STEM);
    }
    Matcher m = SUFFIX.matcher(stem);
    if (m.matches() && TranslationTree.isKnownLanguage(m.group(2))) {
      return new Slot(rel, dir + m.group(1) + ext, tag(m.group(2)), Form.SUFFIX);
    }
    if (!dir.isEmpty()) {
      String parent = dir.substring(0, dir.length() - 1);
      int up = parent.lastIndexOf('/');
      String name = parent.substring(up + 1);
      if (TAG.matcher(name).matches() && TranslationTree.isKnownLanguage(name)) {
        String grand = up < 0 ? "" : parent.substring(0, up + 1);
        return new Slot(rel, grand + "{lang}/" + file, tag(name), Form.DIRECTORY);
      }
    }
    return new Slot(rel, rel, null, Form.NONE);
  }

  /**
   * The original of a group: the bundle naming no language, else the one in the source language.
   *
   * @return the original, or {@code null} when the group has none
   */
  static Slot original(List<Slot> group, String sourceLanguage) {
    for (Slot s : group) {
      if (s.language() == null) {
        return s;
      }
    }
    for (Slot s : group) {
      if (s.language().equalsIgnoreCase(sourceLanguage)) {
        return s;
      }
    }
    return null;
  }

  /** Where the original of a bundle without one was expected, for the message. */
  static String originalPath(Slot s, String sourceLanguage) {
    return switch (s.form()) {
      case SUFFIX -> s.key();
      case STEM, DIRECTORY -> s.key().replace("{lang}", sourceLanguage);
      case NONE -> s.relativePath();
    };
  }

  /**
   * The target language a bilingual file is in: the one its name gives ({@code es.po}, {@code
   * messages_es.xlf}), else the one it declares, else {@code und}.
   */
  static String declaredLanguage(Path file, String rel) {
    Slot slot = slot(rel);
    if (slot.language() != null) {
      return slot.language();
    }
    String declared = BundleChecker.targetLanguage(file);
    return declared == null ? "und" : declared;
  }

  private static String tag(String text) {
    return text.replace('_', '-');
  }
}
