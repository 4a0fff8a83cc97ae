package dev.drift.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import dev.drift.DriftInputException;
import dev.drift.batch.BatchRequest;
import dev.drift.batch.TranslationPattern;
import dev.drift.batch.TranslationTree;
import dev.drift.config.YamlTree.Field;
import dev.drift.config.YamlTree.Mapping;
import dev.drift.config.YamlTree.Node;
import dev.drift.config.YamlTree.Scalar;
import dev.drift.config.YamlTree.Sequence;
import dev.drift.embed.ModelSettings;
import dev.drift.report.ReportFormat;
import dev.drift.shift.Glossary;
import dev.drift.translate.TranslatorSettings;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Reads and validates a configuration file. Every key has the name of the matching CLI option and
 * Maven parameter:
 *
 * <pre>{@code
 * sourceDirectory: docs/en
 * translationDirectories: [docs/fr, {directory: docs/deutsch, language: de}]
 * includes: ["**}{@code /*.md"]
 * maxDrift: 0.3
 * failSeverity: error
 * baseline: drift-baseline.yaml
 * glossary:
 *   - TASS
 *   - term: Kyiv
 *     translations: {de: Kyjiw}
 *     forbidden: [Kiev]
 * }</pre>
 *
 * Unknown keys, values of the wrong type or out of range fail with a {@link ConfigException} that
 * names the file, the line, the column and the key. Stateless.
 */
public final class ConfigReader {
  /** The file names looked for in a directory, in order. */
  public static final List<String> FILE_NAMES = List.of("drift.yaml", ".drift.yaml");

  /** Every top-level key: the settings a file may hold. */
  public static final Set<String> KEYS =
      Setting.all().values().stream()
          .filter(Setting::inFile)
          .map(Setting::key)
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private static final Set<String> TREE_KEYS = Set.of("directory", "language");
  private static final Set<String> TERM_KEYS = Set.of("term", "translations", "forbidden");

  private final Path file;
  private final Path base;

  private ConfigReader(Path file) {
    this.file = file;
    // Relative to the file as given, so that paths in reports stay as short as the user's.
    Path parent = file.getParent();
    this.base = parent == null ? Path.of("") : parent;
  }

  /**
   * Finds the configuration file of a directory: {@code drift.yaml}, else {@code .drift.yaml}.
   *
   * @param directory the directory, usually the working directory
   * @return the file, if there is one
   * @throws DriftInputException if both exist, since only one can be meant
   */
  public static Optional<Path> find(Path directory) {
    List<Path> found =
        FILE_NAMES.stream().map(directory::resolve).filter(Files::isRegularFile).toList();
    if (found.size() > 1) {
      throw new DriftInputException(
          directory.resolve(FILE_NAMES.get(0))
              + " and "
              + FILE_NAMES.get(1)
              + " both exist; keep one, or name it with --config");
    }
    return found.stream().findFirst();
  }

  /**
   * Reads a configuration file.
   *
   * @param file the file
   * @return its settings
   * @throws ConfigException if the file is malformed or holds an unknown key or a bad value
   * @throws DriftInputException if the file cannot be read
   */
  public static Settings read(Path file) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(file, in);
    } catch (NoSuchFileException e) {
      throw new DriftInputException(file + ": no such configuration file", e);
    } catch (IOException e) {
      throw new DriftInputException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads configuration text as if it were the given file (the fuzz test's way in).
   *
   * @param file the file the text stands for, for messages and relative paths
   * @param in the text
   * @return its settings
   * @throws ConfigException if the text is malformed or holds an unknown key or a bad value
   * @throws IOException if the text cannot be read
   */
  static Settings read(Path file, Reader in) throws IOException {
    return new ConfigReader(file).parse(YamlTree.parse(file, in));
  }

  private Settings parse(Node root) {
    Settings.Builder settings = Settings.builder(file);
    if (root == null || (root instanceof Scalar s && s.text() == null)) {
      return settings.build();
    }
    Mapping m = mapping(root, null);
    checkKeys(m, KEYS);
    for (Field f : m.fields().values()) {
      if (!(f.value() instanceof Scalar s && s.text() == null)) {
        read(settings, Setting.all().get(f.key()), f.value());
      }
    }
    Map<String, Field> f = m.fields();
    Settings read = settings.build();
    Double warning = read.get(Setting.WARNING_SCORE);
    Double error = read.get(Setting.ERROR_SCORE);
    if (warning != null && error != null && warning > error) {
      throw error(f.get("warningScore").value(), "must not be above errorScore " + error);
    }
    return read;
  }

  /** Reads one setting's value from its node, the way YAML writes values of its type. */
  private <T> void read(Settings.Builder settings, Setting<T> setting, Node node) {
    Object value;
    if (setting == Setting.TRANSLATION_DIRECTORIES) {
      value = trees(node);
    } else if (setting == Setting.TRANSLATION_PATTERN) {
      value = parse(node, text -> new TranslationPattern(base, text));
    } else if (setting == Setting.GLOSSARY) {
      value = glossary(node);
    } else if (setting == Setting.TRANSLATOR) {
      value = translators(node);
    } else if (setting == Setting.BUNDLE_DIRECTORIES) {
      value = list(node).stream().map(this::path).toList();
    } else if (setting == Setting.INCLUDES || setting == Setting.EXCLUDES) {
      value = globs(node);
    } else if (setting == Setting.FORMATS) {
      value = formats(node);
    } else if (setting == Setting.SOURCE_LANGUAGE || setting == Setting.TRANSLATION_LANGUAGE) {
      value = language(node);
    } else if (setting.type() == Double.class) {
      value = number(node, setting.min(), setting.max());
    } else if (setting == Setting.MODEL) {
      value = model(node);
    } else if (setting.type() == Path.class) {
      value = path(node);
    } else {
      value = parse(node, setting::parse);
    }
    try {
      settings.set(setting, setting.type().cast(value));
    } catch (IllegalArgumentException e) {
      throw error(node, e.getMessage());
    }
  }

  private List<TranslationTree> trees(Node node) {
    List<TranslationTree> trees = new ArrayList<>();
    for (Node item : list(node)) {
      if (item instanceof Mapping m) {
        checkKeys(m, TREE_KEYS);
        Field dir = required(m, "directory");
        Field lang = required(m, "language");
        trees.add(new TranslationTree(path(dir.value()), language(lang.value())));
      } else {
        Path dir = path(item);
        try {
          trees.add(TranslationTree.of(dir));
        } catch (DriftInputException e) {
          throw error(item, e.getMessage() + " (use {directory: …, language: …})");
        }
      }
    }
    return trees;
  }

  private List<String> globs(Node node) {
    List<String> globs = new ArrayList<>();
    for (Node item : list(node)) {
      String glob = string(item);
      try {
        BatchRequest.checkGlob(glob);
      } catch (DriftInputException e) {
        throw error(item, e.getMessage());
      }
      globs.add(glob);
    }
    return globs;
  }

  private List<ReportFormat> formats(Node node) {
    List<ReportFormat> formats = new ArrayList<>();
    for (Node item : list(node)) {
      for (String name : string(item).split(",")) {
        if (!name.isBlank()) {
          formats.add(parse(item, n -> ReportFormat.parse(name)));
        }
      }
    }
    return formats;
  }

  /** {@code translator: apertium}, or one per language: {@code {es: apertium, fr: "my-mt"}}. */
  private Map<String, String> translators(Node node) {
    if (!(node instanceof Mapping m)) {
      return Map.of(TranslatorSettings.ANY, nonBlank(node));
    }
    Map<String, String> translators = new LinkedHashMap<>();
    for (Field lang : m.fields().values()) {
      String language =
          lang.key().equals(TranslatorSettings.ANY)
              ? TranslatorSettings.ANY
              : language(
                  new Scalar(
                      lang.key(),
                      JsonToken.VALUE_STRING,
                      lang.location(),
                      m.path() + "." + lang.key()));
      translators.put(language, nonBlank(lang.value()));
    }
    return translators;
  }

  private Glossary glossary(Node node) {
    List<Glossary.Term> terms = new ArrayList<>();
    for (Node item : list(node)) {
      if (item instanceof Mapping m) {
        checkKeys(m, TERM_KEYS);
        String term = string(required(m, "term").value());
        Map<String, String> renderings = new LinkedHashMap<>();
        Field translations = m.fields().get("translations");
        if (translations != null) {
          for (Field lang : mapping(translations.value(), "translations").fields().values()) {
            language(
                new Scalar(
                    lang.key(),
                    JsonToken.VALUE_STRING,
                    lang.location(),
                    keyPath(translations, lang)));
            renderings.put(lang.key(), nonBlank(lang.value()));
          }
        }
        List<String> forbidden = new ArrayList<>();
        Field wrong = m.fields().get("forbidden");
        if (wrong != null) {
          list(wrong.value()).forEach(n -> forbidden.add(nonBlank(n)));
        }
        terms.add(new Glossary.Term(nonBlankText(item, term), renderings, forbidden));
      } else {
        terms.add(Glossary.Term.verbatim(nonBlank(item)));
      }
    }
    return new Glossary(terms);
  }

  private static String keyPath(Field parent, Field child) {
    return parent.value().path() + "." + child.key();
  }

  private Field required(Mapping m, String key) {
    Field f = m.fields().get(key);
    if (f == null || (f.value() instanceof Scalar s && s.text() == null)) {
      JsonLocation at = m.location();
      throw new ConfigException(
          file,
          at.getLineNr(),
          at.getColumnNr(),
          m.path().isEmpty() ? key : m.path() + "." + key,
          "missing",
          null);
    }
    return f;
  }

  private void checkKeys(Mapping m, Set<String> known) {
    for (Field f : m.fields().values()) {
      if (!known.contains(f.key())) {
        String suggestion = suggest(f.key(), known);
        String path = m.path().isEmpty() ? f.key() : m.path() + "." + f.key();
        throw new ConfigException(
            file,
            f.location().getLineNr(),
            f.location().getColumnNr(),
            null,
            "unknown key '"
                + path
                + "'"
                + (suggestion == null ? "" : " (did you mean '" + suggestion + "'?)")
                + "; known keys: "
                + String.join(", ", known.stream().sorted().toList()),
            null);
      }
    }
  }

  /** The known key closest to a mistyped one, if it is close: case aside, or two edits away. */
  static String suggest(String key, Set<String> known) {
    return known.stream()
        .filter(
            k ->
                k.equalsIgnoreCase(key)
                    || distance(k.toLowerCase(Locale.ROOT), key.toLowerCase(Locale.ROOT)) <= 2)
        .min(Comparator.comparingInt((String k) -> distance(k, key)).thenComparing(k -> k))
        .orElse(null);
  }

  private static int distance(String a, String b) {
    return LevenshteinDistance.getDefaultInstance().apply(a, b);
  }

  private Mapping mapping(Node node, String what) {
    if (node instanceof Mapping m) {
      return m;
    }
    throw error(
        node, what == null ? "the file must be a mapping of keys to values" : "must be a mapping");
  }

  private List<Node> list(Node node) {
    if (node instanceof Sequence s) {
      return s.items();
    }
    if (node instanceof Scalar) {
      return List.of(node);
    }
    throw error(node, "must be a list");
  }

  private String string(Node node) {
    if (node instanceof Scalar s && s.text() != null) {
      return s.text();
    }
    throw error(node, "must be a single value");
  }

  private String nonBlank(Node node) {
    return nonBlankText(node, string(node));
  }

  private String nonBlankText(Node node, String text) {
    if (text.isBlank()) {
      throw error(node, "must not be empty");
    }
    return text;
  }

  private Path path(Node node) {
    return base.resolve(nonBlank(node)).normalize();
  }

  /** A model directory, resolved like any path, or a bundled model's name such as {@code auto}. */
  private Path model(Node node) {
    return ModelSettings.resolve(base, nonBlank(node));
  }

  private String language(Node node) {
    String tag = nonBlank(node);
    try {
      Locale locale = new Locale.Builder().setLanguageTag(tag.replace('_', '-')).build();
      if (locale.getLanguage().isEmpty()) {
        throw error(node, "'" + tag + "' names no language");
      }
      return tag.replace('_', '-');
    } catch (java.util.IllformedLocaleException e) {
      throw error(node, "'" + tag + "' is not a BCP 47 language tag (e.g. en, fr, pt-BR)");
    }
  }

  private double number(Node node, double min, double max) {
    Double value = numeric(node);
    if (value == null) {
      throw error(
          node,
          "must be a number between " + fmt(min) + " and " + fmt(max) + ", not " + shown(node));
    }
    if (!(value >= min && value <= max)) {
      String text = ((Scalar) node).text();
      throw error(node, "must be between " + fmt(min) + " and " + fmt(max) + ", not " + text);
    }
    return value;
  }

  /** A scalar the parser took for a number, as a double; {@code null} for anything else. */
  private static Double numeric(Node node) {
    if (!(node instanceof Scalar s)
        || (s.token() != JsonToken.VALUE_NUMBER_INT && s.token() != JsonToken.VALUE_NUMBER_FLOAT)) {
      return null;
    }
    try {
      // YAML 1.1, which the parser follows, lets digits be grouped with underscores (1_000).
      return Double.parseDouble(s.text().replace("_", ""));
    } catch (NumberFormatException e) {
      return null; // other YAML 1.1 integer forms (0x1F, 1:30) are numbers to the parser, not here
    }
  }

  private <T> T parse(Node node, Function<String, T> parser) {
    String text = string(node);
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException e) {
      throw error(node, e.getMessage());
    }
  }

  private static String shown(Node node) {
    if (node instanceof Scalar s) {
      return "'" + s.text() + "'";
    }
    return node instanceof Sequence ? "a list" : "a mapping";
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? String.valueOf((int) d) : String.valueOf(d);
  }

  private ConfigException error(Node node, String problem) {
    JsonLocation at = node.location();
    return new ConfigException(
        file,
        at.getLineNr(),
        at.getColumnNr(),
        node.path().isEmpty() ? null : node.path(),
        problem,
        null);
  }
}
