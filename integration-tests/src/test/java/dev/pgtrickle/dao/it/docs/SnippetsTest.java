package dev.pgtrickle.dao.it.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java block of the README and of {@code docs/} is a region of a source file that the build
 * compiles (and, for the regions in integration tests, runs against PostgreSQL 18), so renaming a
 * method breaks the build, not the documentation. Run {@link Snippets#UPDATE_COMMAND} to copy the
 * regions into the Markdown after changing them.
 */
class SnippetsTest {

  @Test
  void everyJavaBlockOfTheDocumentationIsARegionOfCompiledCode() {
    Path root = RepositoryFiles.root();
    List<Path> markdown =
        RepositoryFiles.walk(root, path -> path.getFileName().toString().endsWith(".md"));
    List<Path> sources =
        RepositoryFiles.walk(
            root,
            path ->
                root.relativize(path).toString().contains("src/")
                    && Snippets.SOURCE_EXTENSIONS.contains(extension(path)));
    boolean update = Boolean.getBoolean("snippets.update");

    Snippets.Result result = new Snippets(root).check(markdown, sources, update);

    result.rewritten().forEach(file -> System.out.println("snippets: rewrote " + file));
    if (!result.problems().isEmpty()) {
      fail(
          result.problems().size()
              + " documentation snippet problem(s):\n"
              + String.join("\n", result.problems())
              + "\nTo copy every region into the Markdown that shows it, run:\n  "
              + Snippets.UPDATE_COMMAND);
    }
    assertTrue(markdown.stream().anyMatch(f -> f.endsWith("README.md")), "README.md was checked");
  }

  @Test
  void aBlockThatDiffersFromItsRegionIsReportedWithADiffAndRewrittenOnRequest(@TempDir Path dir)
      throws IOException {
    Path source =
        write(
            dir.resolve("src/Example.java"),
            "class Example {",
            "  void run() {",
            "    // tag::greet[]",
            "    String name = \"world\";",
            "    System.out.println(\"hello \" + name);",
            "    // end::greet[]",
            "  }",
            "}");
    Path doc =
        write(
            dir.resolve("doc.md"),
            "Intro",
            "",
            "<!-- snippet: greet -->",
            "```java",
            "System.out.println(\"hello \" + who);",
            "```",
            "Outro");
    Snippets snippets = new Snippets(dir);

    List<String> problems = snippets.check(List.of(doc), List.of(source), false).problems();

    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("doc.md:4: snippet 'greet' differs"), problems.get(0));
    assertTrue(problems.get(0).contains("src/Example.java:3"), problems.get(0));
    assertTrue(problems.get(0).contains("-System.out.println(\"hello \" + who);"), problems.get(0));
    assertTrue(problems.get(0).contains("+String name = \"world\";"), problems.get(0));

    Snippets.Result updated = snippets.check(List.of(doc), List.of(source), true);

    assertEquals(List.of(), updated.problems());
    assertEquals(List.of(doc), updated.rewritten());
    assertEquals(
        List.of(
            "Intro",
            "",
            "<!-- snippet: greet -->",
            "```java",
            "String name = \"world\";",
            "System.out.println(\"hello \" + name);",
            "```",
            "Outro"),
        Files.readAllLines(doc));
    assertEquals(List.of(), snippets.check(List.of(doc), List.of(source), false).problems());
  }

  @Test
  void aJavaBlockWithoutARegionAndAMarkerNamingNoRegionAreErrors(@TempDir Path dir)
      throws IOException {
    Path source = write(dir.resolve("src/A.java"), "class A {}");
    Path doc =
        write(
            dir.resolve("doc.md"),
            "```java",
            "dao.findAll();",
            "```",
            "<!-- snippet: missing -->",
            "```java",
            "x();",
            "```",
            "```sh",
            "mvn -B verify",
            "```");

    List<String> problems = new Snippets(dir).check(List.of(doc), List.of(source), true).problems();

    assertEquals(2, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("doc.md:1: a java block must show a region"));
    assertTrue(problems.get(1).startsWith("doc.md:5: no region 'missing'"));
  }

  @Test
  void regionsNestAndDropTheirMarkersAndIndentationAndUnshownOrUnclosedRegionsAreErrors(
      @TempDir Path dir) throws IOException {
    Path source =
        write(
            dir.resolve("src/B.java"),
            "class B {",
            "  // tag::outer[]",
            "  int a = 1;",
            "  // tag::inner[]",
            "  int b = 2;",
            "  // end::inner[]",
            "  // end::outer[]",
            "  // tag::unshown[]",
            "  int c = 3;",
            "  // end::unshown[]",
            "  // tag::open[]",
            "}");
    Path doc =
        write(
            dir.resolve("doc.md"),
            "<!-- snippet: outer -->",
            "```java",
            "int a = 1;",
            "int b = 2;",
            "```",
            "  <!-- snippet: inner -->",
            "  ```java",
            "  int b = 2;",
            "  ```");

    List<String> problems =
        new Snippets(dir).check(List.of(doc), List.of(source), false).problems();

    assertEquals(
        List.of(
            "src/B.java:11: tag::open[] without end::open[]",
            "src/B.java:8: region 'unshown' is shown by no Markdown block: show it (<!--"
                + " snippet: unshown -->) or remove its tags"),
        problems);
  }

  private static String extension(Path path) {
    String name = path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1);
  }

  private static Path write(Path file, String... lines) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, String.join("\n", lines) + "\n");
  }
}
