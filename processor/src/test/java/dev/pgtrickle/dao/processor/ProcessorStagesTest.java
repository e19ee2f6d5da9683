package dev.pgtrickle.dao.processor;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

/**
 * The processor's stages depend one way, checked on its compiled classes with ArchUnit:
 *
 * <pre>
 *   diagnostics &lt;- model &lt;- parse
 *                  model &lt;- validate &lt;- write
 *                  model &lt;- write
 *   the top-level package (processors, steps, options) and schema: see below
 * </pre>
 *
 * <p>{@code model} uses only {@code diagnostics}; {@code parse} and {@code validate} use only
 * {@code model} and {@code diagnostics}; {@code write} also reads what {@code validate} decided
 * (its plans), never the other way round; {@code schema} (the build-time schema check) uses no
 * stage; the top-level package uses them all and no stage uses it. Every package of the processor
 * belongs to one of these, so a new package has to be placed before the build passes. A second rule
 * forbids any cycle among the packages. Both rules are also run against a fixture that breaks them,
 * so a rule that silently checks nothing fails here too.
 */
class ProcessorStagesTest {
  private static final String PROCESSOR = "dev.pgtrickle.dao.processor";

  /** A model class that uses a writer class (a later stage) and so closes a cycle. */
  private static final String FIXTURE = "dev.pgtrickle.dao.stagefixture";

  static final String STAGES_RULE = "processor stages depend one way";

  static final String CYCLES_RULE = "processor packages are free of cycles";

  /** The stage rule for the processor rooted at {@code root}. */
  static ArchRule stagesDependOneWay(String root) {
    return layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .withOptionalLayers(true)
        .ensureAllClassesAreContainedInArchitecture()
        .layer("processors")
        .definedBy(root)
        .layer("parse")
        .definedBy(root + ".parse..")
        .layer("model")
        .definedBy(root + ".model..")
        .layer("validate")
        .definedBy(root + ".validate..")
        .layer("write")
        .definedBy(root + ".write..")
        .layer("diagnostics")
        .definedBy(root + ".diagnostics..")
        .layer("schema")
        .definedBy(root + ".schema..")
        .whereLayer("processors")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("model")
        .mayOnlyAccessLayers("diagnostics")
        .whereLayer("parse")
        .mayOnlyAccessLayers("model", "diagnostics")
        .whereLayer("validate")
        .mayOnlyAccessLayers("model", "diagnostics")
        .whereLayer("write")
        .mayOnlyAccessLayers("model", "diagnostics", "validate")
        .whereLayer("diagnostics")
        .mayNotAccessAnyLayer()
        .whereLayer("schema")
        .mayNotAccessAnyLayer()
        .as(
            STAGES_RULE
                + " (model uses only diagnostics; parse and validate use only model and"
                + " diagnostics; write also reads validate; schema uses no stage; only the"
                + " top-level package uses them all)");
  }

  /** The cycle rule: one slice per package under {@code root}, the root package included. */
  static ArchRule packagesAreFreeOfCycles(String root) {
    return slices()
        .assignedFrom(
            new SliceAssignment() {
              @Override
              public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String name = javaClass.getPackageName();
                return name.equals(root) || name.startsWith(root + ".")
                    ? SliceIdentifier.of(name)
                    : SliceIdentifier.ignore();
              }

              @Override
              public String getDescription() {
                return "the packages of " + root;
              }
            })
        .should()
        .beFreeOfCycles()
        .as(CYCLES_RULE);
  }

  private static JavaClasses processor() {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(PROCESSOR);
  }

  @Test
  void stagesDependOneWay() {
    stagesDependOneWay(PROCESSOR).check(processor());
  }

  @Test
  void packagesAreFreeOfCycles() {
    packagesAreFreeOfCycles(PROCESSOR).check(processor());
  }

  @Test
  void theImportSeesEveryStage() {
    JavaClasses classes = processor();
    for (String stage : new String[] {"parse", "model", "validate", "write", "diagnostics"}) {
      assertTrue(
          classes.stream().anyMatch(c -> c.getPackageName().equals(PROCESSOR + "." + stage)),
          "no class imported from " + stage);
    }
  }

  @Test
  void aModelThatUsesTheWriterBreaksBothRulesByName() {
    JavaClasses fixture = new ClassFileImporter().importPackages(FIXTURE);
    EvaluationResult stages = stagesDependOneWay(FIXTURE).evaluate(fixture);
    EvaluationResult cycles = packagesAreFreeOfCycles(FIXTURE).evaluate(fixture);
    String stagesReport = String.join("\n", stages.getFailureReport().toString());
    String cyclesReport = String.join("\n", cycles.getFailureReport().toString());
    assertAll(
        () -> assertTrue(stages.hasViolation(), "the stage rule let model use write"),
        () -> assertTrue(stagesReport.contains(STAGES_RULE), stagesReport),
        () -> assertTrue(stagesReport.contains("FixtureModel"), stagesReport),
        () -> assertTrue(stagesReport.contains("FixtureWriter"), stagesReport),
        () -> assertTrue(cycles.hasViolation(), "the cycle rule missed model <-> write"),
        () -> assertTrue(cyclesReport.contains(CYCLES_RULE), cyclesReport),
        () -> assertTrue(cyclesReport.contains(FIXTURE + ".model"), cyclesReport));
  }
}
