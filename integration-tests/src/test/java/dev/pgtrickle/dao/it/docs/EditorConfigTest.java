package dev.pgtrickle.dao.it.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ec4j.core.EditorConfigLoader;
import org.ec4j.core.Resource.Resources;
import org.ec4j.core.ResourcePath.ResourcePaths;
import org.ec4j.core.ResourceProperties;
import org.ec4j.core.ResourcePropertiesService;
import org.ec4j.core.model.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file of the repository (tracked, or new and not ignored) obeys what {@code .editorconfig}
 * declares for it, read by ec4j, the reference Java parser of EditorConfig. Each declared property
 * is verified here; a property this test does not know fails it, so {@code .editorconfig} cannot
 * promise what nothing checks. {@code indent_size} is the step editors indent by: for Java it is
 * what google-java-format writes, which Spotless checks in the same build; lines aligned to content
 * (javadoc, XML attributes, SQL) keep their alignment.
 */
class EditorConfigTest {
  private static final Set<String> EDITOR_SETTINGS = Set.of("indent_size", "tab_width", "root");

  @Test
  void everyFileObeysTheEditorConfig() throws IOException {
    Path root = RepositoryFiles.root();
    List<Path> files = RepositoryFiles.all(root);

    List<String> problems = check(root, files);

    if (!problems.isEmpty()) {
      fail(
          problems.size()
              + " file(s) break .editorconfig:\n"
              + String.join("\n", problems.subList(0, Math.min(50, problems.size()))));
    }
    assertTrue(files.size() > 100, "the check saw the repository's files: " + files.size());
  }

  @Test
  void eachRuleFindsWhatBreaksIt(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve(".editorconfig"),
        String.join(
            "\n",
            "root = true",
            "[*]",
            "charset = utf-8",
            "end_of_line = lf",
            "insert_final_newline = true",
            "trim_trailing_whitespace = true",
            "indent_style = space",
            "[*.tsv]",
            "indent_style = tab",
            "[*.odd]",
            "spelling_language = en",
            ""));
    Files.writeString(dir.resolve("ok.txt"), "a\n  b\tc\n");
    Files.writeString(dir.resolve("crlf.txt"), "a\r\nb\r\n");
    Files.writeString(dir.resolve("final.txt"), "a\nb");
    Files.writeString(dir.resolve("trailing.txt"), "a \nb\n");
    Files.writeString(dir.resolve("tabs.txt"), "a\n\tb\n");
    Files.write(dir.resolve("latin1.txt"), new byte[] {'a', (byte) 0xe9, '\n'});
    Files.writeString(dir.resolve("bom.txt"), "\ufeffa\n");
    Files.writeString(dir.resolve("ok.tsv"), "a\n\tb\n");
    Files.writeString(dir.resolve("spaces.tsv"), "a\n  b\n");
    Files.writeString(dir.resolve("x.odd"), "a\n");
    List<Path> files = RepositoryFiles.walk(dir, path -> !path.endsWith(".editorconfig"));

    List<String> problems = check(dir, files);

    assertEquals(
        List.of(
            "bom.txt: charset = utf-8, but the file starts with a byte order mark",
            "crlf.txt:1: end_of_line = lf, but the line ends with CR LF",
            "final.txt: insert_final_newline = true, but the file does not end with a line break",
            "latin1.txt: charset = utf-8, but the file is not valid UTF-8",
            "spaces.tsv:2: indent_style = tab, but the line is indented with spaces",
            "tabs.txt:2: indent_style = space, but the line is indented with a tab",
            "trailing.txt:1: trim_trailing_whitespace = true, but the line ends with whitespace",
            "x.odd: .editorconfig declares spelling_language = en, which this check does not"
                + " verify: verify it in EditorConfigTest or remove it"),
        problems);
  }

  /** The problems of {@code files} against the {@code .editorconfig} files up to {@code root}. */
  static List<String> check(Path root, List<Path> files) throws IOException {
    ResourcePropertiesService service =
        ResourcePropertiesService.builder()
            .rootDirectory(ResourcePaths.ofPath(root, StandardCharsets.UTF_8))
            .loader(EditorConfigLoader.default_())
            .keepUnset(false)
            .build();
    List<String> problems = new ArrayList<>();
    for (Path file : files) {
      String name = root.relativize(file).toString();
      ResourceProperties properties =
          service.queryProperties(Resources.ofPath(file, StandardCharsets.UTF_8));
      Map<String, Property> declared = properties.getProperties();
      if (declared.isEmpty()) {
        problems.add(name + ": no section of .editorconfig applies to this file");
        continue;
      }
      byte[] bytes = Files.readAllBytes(file);
      String text = decode(bytes);
      for (Property property : declared.values()) {
        String value = property.getSourceValue().toLowerCase(java.util.Locale.ROOT);
        String rule = property.getName() + " = " + value;
        switch (property.getName()) {
          case "charset" -> charset(name, rule, value, bytes, text, problems);
          case "end_of_line" -> endOfLine(name, rule, value, text, problems);
          case "insert_final_newline" -> {
            boolean ends = text != null && (text.endsWith("\n") || text.endsWith("\r"));
            if (text != null && !text.isEmpty() && ends != value.equals("true")) {
              problems.add(
                  name
                      + ": "
                      + rule
                      + (ends
                          ? ", but the file ends with a line break"
                          : ", but the file does not end with a line break"));
            }
          }
          case "trim_trailing_whitespace" -> {
            if (value.equals("true")) {
              eachLine(
                  text,
                  (line, number) -> {
                    if (!line.isEmpty() && Character.isWhitespace(line.charAt(line.length() - 1))) {
                      problems.add(
                          name
                              + ":"
                              + number
                              + ": "
                              + rule
                              + ", but the line ends with whitespace");
                    }
                  });
            }
          }
          case "indent_style" -> indentStyle(name, rule, value, text, problems);
          default -> {
            if (!EDITOR_SETTINGS.contains(property.getName())) {
              problems.add(
                  name
                      + ": .editorconfig declares "
                      + rule
                      + ", which this check does not verify: verify it in EditorConfigTest or"
                      + " remove it");
            }
          }
        }
      }
    }
    problems.sort(null);
    return problems;
  }

  private static void charset(
      String name, String rule, String value, byte[] bytes, String text, List<String> problems) {
    boolean bom =
        bytes.length >= 3
            && bytes[0] == (byte) 0xef
            && bytes[1] == (byte) 0xbb
            && bytes[2] == (byte) 0xbf;
    switch (value) {
      case "utf-8" -> {
        if (text == null) {
          problems.add(name + ": " + rule + ", but the file is not valid UTF-8");
        } else if (bom) {
          problems.add(name + ": " + rule + ", but the file starts with a byte order mark");
        }
      }
      case "utf-8-bom" -> {
        if (text == null || !bom) {
          problems.add(name + ": " + rule + ", but the file is not UTF-8 with a byte order mark");
        }
      }
      default ->
          problems.add(
              name
                  + ": .editorconfig declares "
                  + rule
                  + ", which this check does not verify: verify it in EditorConfigTest or remove"
                  + " it");
    }
  }

  private static void endOfLine(
      String name, String rule, String value, String text, List<String> problems) {
    if (text == null) {
      return;
    }
    int line = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\r' && c != '\n') {
        continue;
      }
      boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
      String found = crlf ? "crlf" : c == '\r' ? "cr" : "lf";
      if (!found.equals(value)) {
        problems.add(
            name
                + ":"
                + line
                + ": "
                + rule
                + ", but the line ends with "
                + (crlf ? "CR LF" : c == '\r' ? "CR" : "LF"));
        return; // one report per file
      }
      if (crlf) {
        i++;
      }
      line++;
    }
  }

  private static void indentStyle(
      String name, String rule, String value, String text, List<String> problems) {
    eachLine(
        text,
        (line, number) -> {
          int end = 0;
          while (end < line.length() && (line.charAt(end) == ' ' || line.charAt(end) == '\t')) {
            end++;
          }
          String indent = line.substring(0, end);
          if (end == line.length()) {
            return; // blank lines are trim_trailing_whitespace's business
          }
          if (value.equals("space") && indent.contains("\t")) {
            problems.add(
                name + ":" + number + ": " + rule + ", but the line is indented with a tab");
          } else if (value.equals("tab") && indent.startsWith(" ")) {
            problems.add(
                name + ":" + number + ": " + rule + ", but the line is indented with spaces");
          }
        });
  }

  private interface LineVisitor {
    void visit(String line, int number);
  }

  private static void eachLine(String text, LineVisitor visitor) {
    if (text == null) {
      return;
    }
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      visitor.visit(lines[i], i + 1);
    }
  }

  /** The file's text, or null when it is not valid UTF-8. */
  private static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
