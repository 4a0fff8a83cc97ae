package dev.drift.stale;

import dev.drift.DriftChecker;
import dev.drift.DriftException;
import dev.drift.DriftInputException;
import dev.drift.DriftOptions;
import dev.drift.load.DocumentLoader;
import dev.drift.load.SourceDocument;
import dev.drift.report.DriftReport;
import dev.drift.report.SentenceRef;
import dev.drift.stale.GitHistory.LastCommit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.ObjectId;

/**
 * {@code drift stale}: for every translated file, the source as it was when the translation was
 * last updated (its base) against the source now, classified by meaning with the facade's pipeline.
 *
 * <pre>{@code
 * try (StaleChecker stale = StaleChecker.create(DriftOptions.defaults())) {
 *   StaleReport report = stale.check(StaleRequest.of(Path.of("docs/en"), List.of(Path.of("docs/es"))));
 * }
 * }</pre>
 *
 * <p>The base of a translation is, in order: the {@code --since} revision; the revision its front
 * matter names ({@code source-revision: <sha>}); the last commit that touched the translation file.
 * The current source is the file in the work tree, uncommitted edits included. Not thread-safe.
 */
public final class StaleChecker implements AutoCloseable {
  /** The extensions of the documents looked at. */
  static final Set<String> DOCUMENTS =
      Set.of("md", "markdown", "mdown", "html", "htm", "xhtml", "txt");

  private static final String FETCH =
      " (a shallow clone? fetch the whole history: fetch-depth: 0 in actions/checkout, or git"
          + " fetch --unshallow)";
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}([-_][A-Za-z0-9]{2,8})*");

  private final DriftChecker checker;
  private final Map<String, DriftChecker> byLanguage = new HashMap<>();
  private final Map<String, Object> compared = new HashMap<>();
  private final StaleCache cache;
  private Map<String, LastCommit> lastCommits = Map.of();

  private StaleChecker(DriftChecker checker) {
    this.checker = checker;
    this.cache = StaleCache.of(checker.options());
  }

  /**
   * Creates a checker; the model loads on the first changed source.
   *
   * @param options the comparison options (model, cache, translator, languages)
   * @return the checker; close it when done
   */
  public static StaleChecker create(DriftOptions options) {
    return new StaleChecker(DriftChecker.create(options));
  }

  /**
   * Finds the stale translations.
   *
   * @param request the directories and the base
   * @return the report
   * @throws DriftInputException if a directory is missing or not in a git work tree, or {@code
   *     --since} names no revision
   * @throws DriftException if git or the model fails
   */
  public StaleReport check(StaleRequest request) {
    for (Path dir : concat(request.source(), request.translations())) {
      if (!Files.isDirectory(dir)) {
        throw new DriftInputException(dir + ": not a directory");
      }
    }
    try (GitHistory git = GitHistory.open(request.source())) {
      ObjectId since = null;
      if (request.since() != null) {
        since =
            git.resolve(request.since())
                .orElseThrow(
                    () ->
                        new DriftInputException(
                            "--since " + request.since() + ": no such commit here" + FETCH));
      }
      Map<String, Path> sources = documents(request.source(), request.translations());
      List<String> translated = new ArrayList<>();
      for (Path dir : request.translations()) {
        documents(dir, List.of()).values().forEach(f -> git.relative(f).ifPresent(translated::add));
      }
      lastCommits = since == null ? git.lastCommits(translated) : Map.of();
      List<StaleDocument> documents = new ArrayList<>();
      for (Path dir : request.translations()) {
        String language = language(request, dir);
        Map<String, Path> translations = documents(dir, List.of());
        for (Map.Entry<String, Path> source : sources.entrySet()) {
          Path translation = translations.get(source.getKey());
          if (translation == null) {
            documents.add(
                new StaleDocument(
                    null,
                    name(source.getValue()),
                    language,
                    StaleStatus.UNTRANSLATED,
                    null,
                    null,
                    null,
                    List.of(),
                    List.of()));
          } else {
            documents.add(document(git, request, since, source.getValue(), translation, language));
          }
        }
        for (Map.Entry<String, Path> translation : translations.entrySet()) {
          if (!sources.containsKey(translation.getKey())) {
            documents.add(
                new StaleDocument(
                    name(translation.getValue()),
                    null,
                    language,
                    StaleStatus.ORPHANED,
                    null,
                    null,
                    null,
                    List.of(),
                    List.of()));
          }
        }
      }
      documents.sort(
          Comparator.comparing((StaleDocument d) -> d.source() == null ? "" : d.source())
              .thenComparing(d -> d.translation() == null ? "" : d.translation()));
      return StaleReport.of(git.head().map(ObjectId::name).orElse(null), documents);
    }
  }

  private StaleDocument document(
      GitHistory git,
      StaleRequest request,
      ObjectId since,
      Path source,
      Path translation,
      String language) {
    byte[] translated = DocumentLoader.read(translation);
    String sourcePath = git.relative(source).orElse(null);
    String translationPath = git.relative(translation).orElse(null);
    Outline out = new Outline(name(translation), name(source), language);
    if (sourcePath == null || translationPath == null) {
      return out.unknown("outside the git work tree of " + request.source());
    }
    ObjectId base;
    if (since != null) {
      base = since;
      out.baseFrom = "--since";
    } else {
      Optional<String> named = frontMatter(translated, request.frontMatterKey());
      if (named.isPresent()) {
        out.baseFrom = "front matter";
        Optional<ObjectId> found = git.resolve(named.get());
        if (found.isEmpty()) {
          out.base = named.get();
          return out.unknown(
              request.frontMatterKey() + " " + named.get() + " is not in this repository" + FETCH);
        }
        base = found.get();
      } else {
        out.baseFrom = "translation commit";
        Optional<LastCommit> last = Optional.ofNullable(lastCommits.get(translationPath));
        if (last.isEmpty()) {
          return out.unknown("the translation was never committed, so it has no base yet");
        }
        base = last.get().id();
        if (last.get().shallowBoundary()) {
          out.base = base.name();
          return out.unknown(
              "the history before "
                  + base.abbreviate(7).name()
                  + " is missing, so the commit that last touched the translation is unknown"
                  + FETCH);
        }
      }
    }
    out.base = base.name();
    Optional<String> basePath = git.pathAt(base, sourcePath);
    if (basePath.isEmpty()) {
      return out.unknown(
          "the source did not exist at " + base.abbreviate(7).name() + ", nor under another name");
    }
    if (!basePath.get().equals(sourcePath)) {
      out.baseSource = basePath.get();
    }
    byte[] old = git.read(base, basePath.get()).orElseThrow();
    byte[] now = DocumentLoader.read(source);
    if (Arrays.equals(old, now)) {
      return out.done(StaleStatus.CURRENT, List.of());
    }
    String key = cache.key(language, old, now, translated);
    Optional<StaleCache.Entry> cached = cache.get(key);
    if (cached.isPresent()) {
      out.notes.addAll(cached.get().notes());
      return out.done(cached.get().status(), cached.get().changes());
    }
    StaleDocument document =
        changed(out, old, now, source, sourcePath, base, translation, translated, language);
    cache.put(key, new StaleCache.Entry(document.status(), document.changes(), document.notes()));
    return document;
  }

  private StaleDocument changed(
      Outline out,
      byte[] old,
      byte[] now,
      Path source,
      String sourcePath,
      ObjectId base,
      Path translation,
      byte[] translated,
      String language) {
    SourceDocument oldDoc = DocumentLoader.load(source.toString(), old, options().inputFormat());
    List<StaleChange> changes = changes(sourcePath, base, oldDoc, source, now);
    boolean meaning = changes.stream().anyMatch(StaleChange::meaning);
    if (meaning) {
      changes = point(changes, oldDoc, translation, translated, language, out);
    }
    return out.done(meaning ? StaleStatus.OUTDATED : StaleStatus.COSMETIC, changes);
  }

  @SuppressWarnings("unchecked")
  private List<StaleChange> changes(
      String sourcePath, ObjectId base, SourceDocument old, Path source, byte[] now) {
    // Three languages share a source, and often its base: compare each version pair once.
    return (List<StaleChange>)
        compared.computeIfAbsent(
            sourcePath + "@" + base.name() + "#" + Arrays.hashCode(now),
            k -> {
              DriftChecker same =
                  checker(options().originalLanguage(), options().originalLanguage());
              SourceDocument current =
                  DocumentLoader.load(source.toString(), now, options().inputFormat());
              return ChangeClassifier.changes(same.compare(old, current));
            });
  }

  private List<StaleChange> point(
      List<StaleChange> changes,
      SourceDocument old,
      Path translation,
      byte[] translated,
      String language,
      Outline out) {
    DriftReport aligned;
    try {
      SourceDocument written =
          DocumentLoader.load(translation.toString(), translated, options().inputFormat());
      aligned = checker(options().originalLanguage(), language).compare(old, written);
    } catch (DriftInputException e) {
      // The note is cached by content: it must not name the file, which may move or be a copy.
      String why = e.getMessage();
      if (why != null && why.startsWith(translation.toString())) {
        why = "the translation" + why.substring(translation.toString().length());
      }
      out.notes.add(
          "the changes are not located in the translation (the source change alone is shown): "
              + why);
      return changes;
    }
    List<StaleChange> located = new ArrayList<>();
    for (StaleChange change : changes) {
      // An added sentence has no rendering yet: point at the one of the sentence it follows.
      SentenceRef anchor = change.old() != null ? change.old() : change.after();
      located.add(
          change.meaning() && anchor != null
              ? change.withTranslation(ChangeClassifier.rendering(aligned, anchor))
              : change);
    }
    return located;
  }

  private DriftChecker checker(String original, String translation) {
    return byLanguage.computeIfAbsent(
        original + ">" + translation, k -> checker.withLanguages(original, translation));
  }

  private DriftOptions options() {
    return checker.options();
  }

  private String language(StaleRequest request, Path dir) {
    String named = request.languages().get(dir);
    if (named != null) {
      return named;
    }
    Path name = dir.toAbsolutePath().normalize().getFileName();
    String tag = name == null ? "" : name.toString();
    return LANGUAGE.matcher(tag).matches()
        ? tag.replace('_', '-')
        : options().effectiveTranslationLanguage();
  }

  /**
   * The revision a translation's front matter names.
   *
   * @param bytes the translation
   * @param key the front-matter key
   * @return the revision, if the file opens with front matter that names one
   */
  static Optional<String> frontMatter(byte[] bytes, String key) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (!text.startsWith("---")) {
      return Optional.empty();
    }
    int end = text.indexOf("\n---", 3);
    if (end < 0) {
      return Optional.empty();
    }
    Matcher m =
        Pattern.compile("(?m)^" + Pattern.quote(key) + "\\s*:\\s*[\"']?([^\\s\"'#]+)")
            .matcher(text.substring(0, end));
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** The documents under a directory by relative path, leaving out hidden files and the others. */
  private static Map<String, Path> documents(Path dir, List<Path> leaveOut) {
    Map<String, Path> found = new TreeMap<>();
    List<Path> skip =
        leaveOut.stream().map(p -> p.toAbsolutePath().normalize()).collect(Collectors.toList());
    try (Stream<Path> files = Files.walk(dir)) {
      files
          .filter(Files::isRegularFile)
          .forEach(
              file -> {
                Path relative = dir.relativize(file);
                Path absolute = file.toAbsolutePath().normalize();
                boolean hidden = false;
                for (Path part : relative) {
                  hidden |= part.toString().startsWith(".");
                }
                if (!hidden && skip.stream().noneMatch(absolute::startsWith) && isDocument(file)) {
                  found.put(relative.toString().replace('\\', '/'), file);
                }
              });
    } catch (IOException | UncheckedIOException e) {
      throw new DriftInputException(dir + ": cannot list (" + e.getMessage() + ")", e);
    }
    return found;
  }

  private static boolean isDocument(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 && DOCUMENTS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  private static String name(Path file) {
    return file.toString().replace('\\', '/');
  }

  private static List<Path> concat(Path first, List<Path> rest) {
    List<Path> all = new ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return all;
  }

  @Override
  public void close() {
    checker.close();
  }

  /** A document entry being filled in. */
  private static final class Outline {
    final String translation;
    final String source;
    final String language;
    final List<String> notes = new ArrayList<>();
    String base;
    String baseFrom;
    String baseSource;

    Outline(String translation, String source, String language) {
      this.translation = translation;
      this.source = source;
      this.language = language;
    }

    StaleDocument unknown(String note) {
      notes.add(note);
      return done(StaleStatus.UNKNOWN, List.of());
    }

    StaleDocument done(StaleStatus status, List<StaleChange> changes) {
      return new StaleDocument(
          translation, source, language, status, base, baseFrom, baseSource, changes, notes);
    }
  }
}
