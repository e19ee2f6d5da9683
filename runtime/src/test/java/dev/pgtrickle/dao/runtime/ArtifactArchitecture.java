package dev.pgtrickle.dao.runtime;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The shape of an artifact built on the runtime (operations, definitions), checked on its compiled
 * classes with ArchUnit; each artifact's {@code ArchitectureTest} extends this with its root
 * package and its API budget. No package cycles (with the runtime's packages included), the runtime
 * never depends on it, its public API exposes no internal type, it stays small, and it keeps no
 * JVM-global mutable state.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ArtifactArchitecture {
  private final String root;
  private final int maxPublicTypes;

  private final JavaClasses classes;

  private final JavaClasses withRuntime;

  /** Checks the artifact whose packages are {@code root} and below. */
  protected ArtifactArchitecture(String root, int maxPublicTypes) {
    this.root = root;
    this.maxPublicTypes = maxPublicTypes;
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages(root);
    withRuntime =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(root, "dev.pgtrickle.dao.runtime");
  }

  @Test
  void packagesHaveNoCycles() {
    slices().matching(root + ".(**)").should().beFreeOfCycles().check(classes);
    // The runtime's own package cycle (its read API) is the runtime's test's business; here: none
    // through this artifact.
    slices().matching("dev.pgtrickle.dao.(*)..").should().beFreeOfCycles().check(withRuntime);
  }

  @Test
  void theRuntimeNeverDependsOnThisArtifact() {
    noClasses()
        .that()
        .resideInAPackage("dev.pgtrickle.dao.runtime..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(root + "..")
        .check(withRuntime);
  }

  @Test
  void publicSignaturesExposeNoInternalType() {
    List<String> exposed =
        classes.stream()
            .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
            .filter(c -> !isInternal(c))
            .flatMap(
                c ->
                    c.getMembers().stream()
                        .filter(
                            m ->
                                m.getModifiers().contains(JavaModifier.PUBLIC)
                                    || m.getModifiers().contains(JavaModifier.PROTECTED))
                        .filter(
                            m -> signature(m).stream().anyMatch(ArtifactArchitecture::isInternal))
                        .map(JavaMember::getFullName))
            .collect(Collectors.toList());
    assertTrue(exposed.isEmpty(), "public API members with internal types: " + exposed);
  }

  @Test
  void aSmallApi() {
    List<String> api =
        classes.stream()
            .filter(c -> !isInternal(c))
            .filter(c -> c.getEnclosingClass().isEmpty() && !c.isAnonymousClass())
            .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
            .map(JavaClass::getName)
            .sorted()
            .collect(Collectors.toList());
    assertTrue(api.size() <= maxPublicTypes, api.size() + " public top-level types: " + api);
  }

  @Test
  void noJvmGlobalMutableState() {
    fields().that().areStatic().should().beFinal().allowEmptyShould(true).check(classes);
    noFields()
        .that()
        .areStatic()
        .should()
        .haveRawType(
            describe(
                "a mutable container (a concrete collection or map, a concurrent map, a queue, an atomic)",
                (JavaClass t) ->
                    (!t.isInterface()
                            && (t.isAssignableTo(Map.class) || t.isAssignableTo(Collection.class)))
                        || t.isAssignableTo(ConcurrentMap.class)
                        || t.isAssignableTo(Queue.class)
                        || t.getPackageName().equals("java.util.concurrent.atomic")))
        .allowEmptyShould(true)
        .check(classes);
  }

  private static List<JavaClass> signature(JavaMember member) {
    List<JavaClass> types = new ArrayList<>();
    if (member instanceof JavaCodeUnit unit) {
      types.addAll(unit.getRawParameterTypes());
      types.add(unit.getRawReturnType());
      unit.getThrowsClause().getTypes().forEach(types::add);
    } else if (member instanceof JavaField field) {
      types.add(field.getRawType());
    }
    return types;
  }

  private static boolean isInternal(JavaClass type) {
    return type.getPackageName().contains(".internal");
  }
}
