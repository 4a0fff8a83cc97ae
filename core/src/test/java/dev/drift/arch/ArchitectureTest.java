package dev.drift.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import dev.drift.DriftChecker;
import dev.drift.align.Aligner;
import dev.drift.align.Alignment;
import dev.drift.baseline.BaselineMatcher;
import dev.drift.embed.DocumentEmbedder;
import dev.drift.embed.EmbeddedPair;
import dev.drift.load.SourceDocument;
import dev.drift.report.DriftReport;
import dev.drift.report.ReportAssembler;
import dev.drift.score.DriftScorer;
import dev.drift.segment.SegmentedDocument;
import dev.drift.segment.SentenceSegmenter;
import dev.drift.shift.ShiftFinder;
import dev.drift.shift.Shifts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The stage rules of core, as a test: which package may use which (the table in the README's
 * Development section and in each package-info), the stage types with their input and output, and
 * the rules every module keeps ({@link DriftRules}). Change a rule here, in the same commit as the
 * code that needs it, with the reason in the commit message.
 */
class ArchitectureTest {
  private static final JavaClasses MAIN = DriftRules.main("dev.drift");
  private static final String ROOT = "dev.drift";

  /**
   * Which of drift's packages each package may use (besides itself and its own subpackages). The
   * pipeline stages come in order, and a stage may use only the stages before it; the packages
   * after them use the pipeline. Root means the facade's package, of which a stage may use only the
   * two exceptions.
   */
  static final Map<String, Set<String>> MAY_USE = new LinkedHashMap<>();

  static {
    MAY_USE.put("load", Set.of());
    MAY_USE.put("segment", Set.of("load"));
    MAY_USE.put("translate", Set.of("load", "segment", "language"));
    // Language detection reads segmented documents; the facade and translate consult it.
    MAY_USE.put("language", Set.of("load", "segment"));
    // The persistent cache keeps the translate stage's renderings too.
    MAY_USE.put("embed", Set.of("load", "segment", "translate"));
    MAY_USE.put("align", Set.of("load", "segment", "embed"));
    MAY_USE.put("shift", Set.of("load", "segment", "embed", "align"));
    MAY_USE.put("score", Set.of("load", "segment", "embed", "align", "shift"));
    // The report model is made of the stages' value types; its factory creates the renderers.
    MAY_USE.put(
        "report",
        Set.of(
            "load",
            "segment",
            "embed",
            "align",
            "shift",
            "score",
            "report.text",
            "report.json",
            "report.html",
            "report.sarif",
            "report.markdown"));
    // Renderers draw the report model, whose values are the shifts' and thresholds' types.
    for (String renderer : List.of("text", "json", "html", "sarif", "markdown")) {
      MAY_USE.put("report." + renderer, Set.of("report", "shift", "score"));
    }
    // The baseline matches shifts by their sentences and records them from reports.
    MAY_USE.put("baseline", Set.of("segment", "align", "shift", "report"));
    MAY_USE.put("tools", Set.of("embed", "baseline", "report", "report.json"));
    // Translation files: units with their texts (load's prose maps) and the unit checks' shifts.
    MAY_USE.put("bundle", Set.of("load", "shift"));
    MAY_USE.put(
        ROOT,
        Set.of(
            "load",
            "segment",
            "translate",
            "language",
            "embed",
            "align",
            "shift",
            "score",
            "report",
            "baseline",
            "tools",
            "bundle"));
    // A batch runs the facade over trees: one model handle, the baseline, every report format.
    MAY_USE.put(
        "batch",
        Set.of(
            ROOT,
            "load",
            "embed",
            "shift",
            "score",
            "baseline",
            "report",
            "report.text",
            "report.json",
            "report.html",
            "report.sarif",
            "report.markdown"));
    // The settings describe comparisons and batch runs, with the stages' value types.
    MAY_USE.put(
        "config", Set.of(ROOT, "batch", "load", "translate", "embed", "shift", "score", "report"));
    // Stale translations compare a source's versions through the facade; only it reads git (JGit).
    // Its outcome cache lives in the cache directory the options' CacheSettings (embed) name.
    // Its SARIF log goes through drift's one SARIF writer (report.sarif's SarifLog).
    MAY_USE.put("stale", Set.of(ROOT, "load", "embed", "shift", "report", "report.sarif"));
  }

  static Stream<String> packages() {
    return MAY_USE.keySet().stream();
  }

  private static String name(String pkg) {
    return pkg.equals(ROOT) ? ROOT : ROOT + "." + pkg;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("packages")
  void each_package_uses_only_what_the_table_allows(String pkg) {
    List<String> forbidden = new ArrayList<>();
    for (String other : MAY_USE.keySet()) {
      // The facade's package is left to the next rule: stages may use its two exceptions.
      if (!other.equals(pkg)
          && !other.equals(ROOT)
          && !MAY_USE.get(pkg).contains(other)
          && !isSubpackage(other, pkg)) {
        forbidden.add(name(other));
      }
    }
    var that = noClasses().that().resideInAPackage(name(pkg));
    var rule =
        that.should()
            .dependOnClassesThat(
                JavaClass.Predicates.resideInAnyPackage(forbidden.toArray(String[]::new)))
            .because(pkg + " may use only " + MAY_USE.get(pkg))
            .allowEmptyShould(true);
    rule.check(MAIN);
  }

  private static boolean isSubpackage(String other, String pkg) {
    return other.startsWith(pkg + ".");
  }

  @Test
  void every_package_of_core_is_in_the_table() {
    Set<String> known = MAY_USE.keySet();
    assertThat(MAIN.stream().map(JavaClass::getPackageName).distinct())
        .allSatisfy(
            p ->
                assertThat(p.equals(ROOT) ? ROOT : p.substring(ROOT.length() + 1))
                    .as("package %s is in ArchitectureTest.MAY_USE", p)
                    .isIn(known));
  }

  @Test
  void stages_use_only_the_two_exceptions_of_the_facades_package() {
    classes()
        .that()
        .resideOutsideOfPackages(ROOT, name("batch"), name("config"), name("stale"))
        .should()
        .onlyDependOnClassesThat(
            JavaClass.Predicates.resideOutsideOfPackage(ROOT)
                .or(JavaClass.Predicates.simpleName("DriftException"))
                .or(JavaClass.Predicates.simpleName("DriftInputException")))
        .check(MAIN);
  }

  @Test
  void packages_are_free_of_cycles() {
    slices().matching("dev.drift.(*)..").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void djl_and_sqlite_stay_inside_embed() {
    noClasses()
        .that()
        .resideOutsideOfPackage(name("embed"))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("ai.djl..", "org.sqlite..", "java.sql..")
        .check(MAIN);
  }

  @Test
  void the_language_detector_and_guava_stay_inside_language() {
    noClasses()
        .that()
        .resideOutsideOfPackage(name("language"))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.optimaize..", "com.google.common..")
        .check(MAIN);
  }

  @Test
  void jgit_stays_inside_stale() {
    noClasses()
        .that()
        .resideOutsideOfPackage(name("stale"))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.eclipse.jgit..")
        .check(MAIN);
  }

  @Test
  void renderers_never_recompute_what_a_stage_found() {
    noClasses()
        .that()
        .resideInAPackage(name("report") + ".*")
        .should()
        .dependOnClassesThat()
        .haveSimpleNameEndingWith("Finder")
        .orShould()
        .dependOnClassesThat()
        .haveSimpleNameEndingWith("Scorer")
        .orShould()
        .dependOnClassesThat()
        .haveSimpleNameEndingWith("Detector")
        .check(MAIN);
  }

  @Test
  void no_class_uses_the_platform_charset() {
    DriftRules.NO_PLATFORM_CHARSET.check(DriftRules.withTests("dev.drift"));
  }

  @Test
  void the_charset_rule_catches_each_kind_of_call() {
    var violations =
        DriftRules.NO_PLATFORM_CHARSET
            .evaluate(
                new com.tngtech.archunit.core.importer.ClassFileImporter()
                    .importClasses(archfixture.PlatformCharsetUser.class))
            .getFailureReport()
            .getDetails();
    // Each banned API by its owner and name as ArchUnit reports it: the byte[] constructor, the
    // encoder and the stream's toString, referenced; AssertJ's content(), called.
    assertThat(String.join("\n", violations))
        .contains("String.<init>([B)", "String.getBytes", "ByteArrayOutputStream.toString")
        .contains("AbstractPathAssert.content()");
  }

  /** A stage: its one type, its method, and that method's input and output types. */
  record Stage(Class<?> type, String method, Class<?> output, Class<?>... inputs) {}

  static Stream<Stage> stages() {
    return Stream.of(
        new Stage(
            SentenceSegmenter.class, "segment", SegmentedDocument.class, SourceDocument.class),
        new Stage(
            DocumentEmbedder.class,
            "embed",
            EmbeddedPair.class,
            SegmentedDocument.class,
            SegmentedDocument.class),
        new Stage(Aligner.class, "align", Alignment.class, EmbeddedPair.class),
        new Stage(
            ShiftFinder.class,
            "find",
            Shifts.class,
            Alignment.class,
            SegmentedDocument.class,
            SegmentedDocument.class,
            EmbeddedPair.class),
        new Stage(
            BaselineMatcher.class,
            "review",
            BaselineMatcher.Reviewed.class,
            Alignment.class,
            SegmentedDocument.class,
            SegmentedDocument.class,
            Shifts.class),
        new Stage(
            DriftScorer.class,
            "score",
            DriftScorer.Score.class,
            Alignment.class,
            SegmentedDocument.class,
            SegmentedDocument.class,
            Shifts.class,
            dev.drift.score.Thresholds.class),
        new Stage(ReportAssembler.class, "assemble", DriftReport.class));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stages")
  void each_stage_is_one_type_whose_public_method_takes_and_gives_records(Stage stage) {
    JavaClass type = MAIN.get(stage.type());
    List<JavaMethod> methods =
        type.getMethods().stream()
            .filter(m -> m.getName().equals(stage.method()))
            .filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
            .toList();
    assertThat(methods).as("public %s.%s", type.getSimpleName(), stage.method()).hasSize(1);
    JavaMethod method = methods.get(0);
    assertThat(method.getRawReturnType().isEquivalentTo(stage.output()))
        .as("%s returns %s", method.getFullName(), stage.output().getSimpleName())
        .isTrue();
    assertThat(stage.output().isRecord()).as("%s is a record", stage.output()).isTrue();
    if (stage.inputs().length > 0) {
      assertThat(method.getRawParameterTypes())
          .extracting(JavaClass::getName)
          .containsExactly(Stream.of(stage.inputs()).map(Class::getName).toArray(String[]::new));
    }
    for (Class<?> input : stage.inputs()) {
      assertThat(input.isRecord()).as("%s is a record", input).isTrue();
    }
    // The facade calls each stage.
    assertThat(MAIN.get(DriftChecker.class).getMethodCallsFromSelf())
        .anySatisfy(
            call -> assertThat(call.getTarget().getFullName()).isEqualTo(method.getFullName()));
  }

  @Test
  void main_sources_stay_small_and_the_facade_smaller() throws IOException {
    Path sources = Path.of("src/main/java");
    Map<Path, Long> tooLong = new LinkedHashMap<>();
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        long lines;
        try (Stream<String> l = Files.lines(file, StandardCharsets.UTF_8)) {
          lines = l.count();
        }
        long limit =
            file.endsWith("DriftChecker.java")
                ? 250
                : file.toString().contains("/report/") && file.toString().endsWith("Renderer.java")
                    ? 300
                    : 500;
        if (lines > limit) {
          tooLong.put(sources.relativize(file), lines);
        }
      }
    }
    assertThat(tooLong).as("source files over their limit (lines)").isEmpty();
  }
}
