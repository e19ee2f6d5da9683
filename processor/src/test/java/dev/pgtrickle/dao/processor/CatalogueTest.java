package dev.pgtrickle.dao.processor;

import static com.google.common.truth.Truth.assertThat;

import dev.pgtrickle.dao.processor.diagnostics.Message;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The diagnostics catalogue: stable, well-formed tags, and a negative test for each. */
class CatalogueTest {

  private static List<NegativeCase> allCases() {
    List<NegativeCase> cases = new ArrayList<>();
    cases.addAll(RecordShapeDiagnosticsTest.cases());
    cases.addAll(TypeDiagnosticsTest.cases());
    cases.addAll(NameDiagnosticsTest.cases());
    cases.addAll(OptionDiagnosticsTest.cases());
    cases.addAll(WriteDiagnosticsTest.cases());
    cases.addAll(RepositoryDiagnosticsTest.cases());
    cases.addAll(QueryDiagnosticsTest.cases());
    cases.addAll(EntryPointDiagnosticsTest.cases());
    cases.addAll(MaxStalenessDiagnosticsTest.cases());
    cases.addAll(DefinitionDiagnosticsTest.cases());
    cases.addAll(ReliabilityDefectsTest.cases());
    cases.addAll(SchemaDiagnosticsTest.cases());
    return cases;
  }

  @Test
  void everyDiagnosticButTheInternalErrorHasANegativeTest() {
    Set<Message> covered = EnumSet.noneOf(Message.class);
    allCases().forEach(negativeCase -> covered.add(negativeCase.message()));

    Set<Message> expected = EnumSet.allOf(Message.class);
    expected.remove(Message.INTERNAL_ERROR); // FilerFailureTest, which needs a failing Filer
    assertThat(covered).containsExactlyElementsIn(expected);
  }

  @Test
  void tagsAreUniqueAndNamedAlike() {
    Set<String> tags = new HashSet<>();
    for (Message message : Message.values()) {
      assertThat(message.tag()).matches("StreamTable[A-Z][A-Za-z]+");
      assertThat(tags.add(message.tag())).isTrue();
    }
  }

  @Test
  void messagesStartWithTheTagAndEndWithAFullStop() {
    for (Message message : Message.values()) {
      if (message == Message.INTERNAL_ERROR) {
        continue; // ends with the stack trace
      }
      String text = message.format("a", "b", "c", "d", "e");
      assertThat(text).startsWith("[" + message.tag() + "] ");
      assertThat(text).endsWith(".");
      assertThat(text).doesNotContain("..");
    }
  }
}
