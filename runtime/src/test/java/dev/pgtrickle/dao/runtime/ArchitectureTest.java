package dev.pgtrickle.dao.runtime;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
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

/**
 * The shape of the runtime artifact, checked on its compiled classes with ArchUnit: no package
 * cycles, the public API does not lean on {@code internal}, at most 25 public top-level types
 * outside {@code internal}, and no JVM-global mutable state.
 */
class ArchitectureTest {
  private static final String RUNTIME = "dev.pgtrickle.dao.runtime";

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(RUNTIME);

  @Test
  void packagesHaveNoCycles() {
    slices().matching("dev.pgtrickle.dao.(**)").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void theApiDoesNotDependOnInternal() {
    noClasses()
        .that()
        .resideOutsideOfPackage(RUNTIME + ".internal..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(RUNTIME + ".internal..")
        .check(CLASSES);
  }

  @Test
  void internalDependsOnlyOnTheApiNeverTheOtherWayRound() {
    noClasses()
        .that()
        .resideInAPackage(RUNTIME + ".internal..")
        .should()
        .dependOnClassesThat(
            resideInAPackage("dev.pgtrickle.dao.operations..")
                .or(resideInAPackage("dev.pgtrickle.dao.definitions..")))
        .check(CLASSES);
  }

  @Test
  void publicSignaturesExposeNoInternalType() {
    List<String> exposed =
        CLASSES.stream()
            .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
            .filter(c -> !c.getPackageName().startsWith(RUNTIME + ".internal"))
            .flatMap(
                c ->
                    c.getMembers().stream()
                        .filter(
                            m ->
                                m.getModifiers().contains(JavaModifier.PUBLIC)
                                    || m.getModifiers().contains(JavaModifier.PROTECTED))
                        .filter(m -> signature(m).stream().anyMatch(ArchitectureTest::isInternal))
                        .map(m -> m.getFullName()))
            .collect(Collectors.toList());
    assertTrue(exposed.isEmpty(), "public API members with internal types: " + exposed);
  }

  /** The raw types a member's callers see: parameters, return type, field type, throws. */
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
    return type.getPackageName().startsWith(RUNTIME + ".internal");
  }

  @Test
  void atMostTwentyFivePublicTopLevelTypesOutsideInternal() {
    List<String> api = PublicTypes.topLevel(CLASSES, RUNTIME);
    assertTrue(api.size() <= 25, api.size() + " public top-level types: " + api);
  }

  @Test
  void noJvmGlobalMutableState() {
    fields().that().areStatic().should().beFinal().check(CLASSES);
    noFields()
        .that()
        .areStatic()
        .should()
        .haveRawType(
            DescribedPredicate.describe(
                "a mutable container (a concrete collection or map, a concurrent map, a queue, an atomic)",
                (JavaClass t) ->
                    (!t.isInterface()
                            && (t.isAssignableTo(Map.class) || t.isAssignableTo(Collection.class)))
                        || t.isAssignableTo(ConcurrentMap.class)
                        || t.isAssignableTo(Queue.class)
                        || t.getPackageName().equals("java.util.concurrent.atomic")))
        .check(CLASSES);
  }

  /** Counts public types the way the issue does; shared by the operations and definitions tests. */
  static final class PublicTypes {
    private PublicTypes() {}

    static List<String> topLevel(JavaClasses classes, String root) {
      return classes.stream()
          .filter(c -> c.getPackageName().startsWith(root))
          .filter(c -> !c.getPackageName().contains(".internal"))
          .filter(c -> c.getEnclosingClass().isEmpty() && !c.isAnonymousClass())
          .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
          .map(JavaClass::getName)
          .sorted()
          .collect(Collectors.toList());
    }
  }
}
