package dev.drift.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Scanner;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractFileAssert;
import org.assertj.core.api.AbstractInputStreamAssert;
import org.assertj.core.api.AbstractPathAssert;

/**
 * Rules every drift module keeps, shared through core's test jar: no API that reads or writes text
 * in the platform's charset, which is ASCII on a machine with {@code LANG} unset or {@code C} (Java
 * 17) and turns every non-ASCII character into {@code ?}.
 */
public final class DriftRules {
  private DriftRules() {}

  /** A constructor or method that falls back to the platform charset. */
  private record Banned(Class<?> owner, String name, Class<?>... parameters) {
    boolean matches(JavaAccess<?> access) {
      // Calls and method references alike: String::getBytes decodes as surely as a call does.
      if (!(access.getTarget() instanceof AccessTarget.CodeUnitAccessTarget target)) {
        return false;
      }
      if (!target.getName().equals(name)
          || !target.getOwner().isAssignableTo(owner)
          || target.getRawParameterTypes().size() != parameters.length) {
        return false;
      }
      for (int k = 0; k < parameters.length; k++) {
        if (!target.getRawParameterTypes().get(k).isEquivalentTo(parameters[k])) {
          return false;
        }
      }
      return true;
    }

    @Override
    public String toString() {
      return owner.getSimpleName()
          + "."
          + name
          + List.of(parameters).stream()
              .map(Class::getSimpleName)
              .collect(Collectors.joining(", ", "(", ")"));
    }
  }

  private static final String NEW = "<init>";

  private static final List<Banned> PLATFORM_CHARSET =
      List.of(
          new Banned(FileReader.class, NEW, String.class),
          new Banned(FileReader.class, NEW, File.class),
          new Banned(FileReader.class, NEW, FileDescriptor.class),
          new Banned(FileWriter.class, NEW, String.class),
          new Banned(FileWriter.class, NEW, File.class),
          new Banned(FileWriter.class, NEW, String.class, boolean.class),
          new Banned(FileWriter.class, NEW, File.class, boolean.class),
          new Banned(FileWriter.class, NEW, FileDescriptor.class),
          new Banned(InputStreamReader.class, NEW, InputStream.class),
          new Banned(OutputStreamWriter.class, NEW, OutputStream.class),
          new Banned(PrintStream.class, NEW, OutputStream.class),
          new Banned(PrintStream.class, NEW, OutputStream.class, boolean.class),
          new Banned(PrintStream.class, NEW, String.class),
          new Banned(PrintStream.class, NEW, File.class),
          new Banned(PrintWriter.class, NEW, OutputStream.class),
          new Banned(PrintWriter.class, NEW, OutputStream.class, boolean.class),
          new Banned(PrintWriter.class, NEW, String.class),
          new Banned(PrintWriter.class, NEW, File.class),
          new Banned(Scanner.class, NEW, InputStream.class),
          new Banned(Scanner.class, NEW, File.class),
          new Banned(Scanner.class, NEW, Path.class),
          new Banned(String.class, NEW, byte[].class),
          new Banned(String.class, NEW, byte[].class, int.class, int.class),
          new Banned(String.class, "getBytes"),
          new Banned(ByteArrayOutputStream.class, "toString"),
          new Banned(AbstractPathAssert.class, "content"),
          new Banned(AbstractFileAssert.class, "content"),
          new Banned(AbstractPathAssert.class, "hasContent", String.class),
          new Banned(AbstractInputStreamAssert.class, "hasContent", String.class));

  /**
   * No class reads or writes text in the platform's charset: {@code FileReader}, {@code
   * FileWriter}, the String constructor from bytes and {@code String#getBytes} without a charset,
   * readers, writers and print streams without a charset (called or referenced), and AssertJ's
   * {@code content()} and {@code hasContent(String)} without {@code usingCharset}/a charset
   * argument.
   */
  public static final ArchRule NO_PLATFORM_CHARSET =
      noClasses()
          .should()
          .accessTargetWhere(
              DescribedPredicate.describe(
                  "an API that uses the platform charset " + PLATFORM_CHARSET,
                  access -> PLATFORM_CHARSET.stream().anyMatch(b -> b.matches(access))))
          .because(
              "with LANG unset or C, Java 17's platform charset is ASCII: name UTF-8 (or the"
                  + " format's charset) in every read and write");

  /**
   * A shell (the command line, the Maven plugin) is thin: it reaches the pipeline through the
   * facade, the batch runner, the settings and the report formats, never through a stage's worker.
   *
   * @param shellPackage the shell's package, such as {@code dev.drift.cli}
   * @return the rule
   */
  public static ArchRule thinShell(String shellPackage) {
    return noStageWorkers(
        shellPackage,
        "the shells parse, call core once, render and exit: the pipeline is core's",
        "dev.drift.segment..",
        "dev.drift.align..",
        "dev.drift.tools..");
  }

  /**
   * Classes of {@code pkg} depend on none of {@code packages} and on no stage's worker (finders,
   * scorers, assemblers, the embedders): they run the pipeline through core's facades.
   *
   * @param pkg the package, with its subpackages
   * @param because why
   * @param packages the packages besides the workers it must not reach
   * @return the rule
   */
  public static ArchRule noStageWorkers(String pkg, String because, String... packages) {
    return noClasses()
        .that()
        .resideInAPackage(pkg + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(packages)
        .orShould()
        .dependOnClassesThat()
        .haveSimpleNameEndingWith("Finder")
        .orShould()
        .dependOnClassesThat()
        .haveSimpleNameEndingWith("Scorer")
        .orShould()
        .dependOnClassesThat()
        .haveSimpleNameEndingWith("Assembler")
        .orShould()
        .dependOnClassesThat()
        .haveSimpleName("DocumentEmbedder")
        .orShould()
        .dependOnClassesThat()
        .haveSimpleName("OnnxEmbedder")
        .because(because);
  }

  /**
   * Classes of the given packages, main and test.
   *
   * @param packages the packages, with their subpackages
   * @return the classes
   */
  public static JavaClasses withTests(String... packages) {
    return new ClassFileImporter().importPackages(packages);
  }

  /**
   * Main classes of the given packages (no tests).
   *
   * @param packages the packages, with their subpackages
   * @return the classes
   */
  public static JavaClasses main(String... packages) {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(packages);
  }

  /**
   * Whether a class is one of drift's.
   *
   * @return the predicate
   */
  public static DescribedPredicate<JavaClass> drift() {
    return JavaClass.Predicates.resideInAPackage("dev.drift..");
  }
}
