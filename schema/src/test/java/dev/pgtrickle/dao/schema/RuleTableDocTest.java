package dev.pgtrickle.dao.schema;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The documentation prints the rule table exactly as the code applies it. */
class RuleTableDocTest {
  @Test
  void schemaChecksDocumentPrintsTheRuleTable() throws Exception {
    Path doc = Path.of("..", "docs", "schema-checks.md");
    String text = Files.readString(doc, StandardCharsets.UTF_8);
    assertTrue(
        text.contains(CompatibilityRules.markdown()),
        "docs/schema-checks.md must contain the table CompatibilityRules.markdown() prints:\n"
            + CompatibilityRules.markdown());
  }
}
