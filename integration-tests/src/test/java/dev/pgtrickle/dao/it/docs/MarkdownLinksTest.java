package dev.pgtrickle.dao.it.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every relative link of the repository's Markdown points to a file that exists and, for a link
 * into a Markdown file, to a heading it has (anchors as GitHub writes them), so moving or renaming
 * a page or a section breaks the build, not the documentation.
 */
class MarkdownLinksTest {
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
  private static final Pattern HEADING = Pattern.compile("^#{1,6} (.+)$");
  private static final Pattern FENCE = Pattern.compile("^ *(```+|~~~+)");

  @Test
  void everyRelativeLinkReachesAFileAndHeadingThatExist() {
    Path root = RepositoryFiles.root();
    List<Path> markdown =
        RepositoryFiles.walk(root, path -> path.getFileName().toString().endsWith(".md"));

    List<String> problems = check(root, markdown);

    if (!problems.isEmpty()) {
      fail(problems.size() + " broken Markdown link(s):\n" + String.join("\n", problems));
    }
  }

  @Test
  void aMissingFileOrHeadingIsReported(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("docs"));
    Files.writeString(
        dir.resolve("docs/page.md"),
        "# A page\n\n## `@Query` methods\n\n## Refresh, pause, resume: admin\n");
    Files.writeString(
        dir.resolve("README.md"),
        String.join(
            "\n",
            "# Title",
            "[ok](docs/page.md) [ok](docs/page.md#query-methods)"
                + " [ok](docs/page.md#refresh-pause-resume-admin) [ok](#title)"
                + " [web](https://example.com/x#y)",
            "[gone](docs/missing.md) [bad anchor](docs/page.md#refresh-admin) [here](#nothing)",
            "```",
            "[in code](nowhere.md)",
            "```",
            "`[inline](nowhere.md)`",
            ""));

    List<String> problems =
        check(dir, List.of(dir.resolve("README.md"), dir.resolve("docs/page.md")));

    assertEquals(
        List.of(
            "README.md:3: docs/missing.md does not exist",
            "README.md:3: docs/page.md has no heading #refresh-admin",
            "README.md:3: README.md has no heading #nothing"),
        problems);
  }

  static List<String> check(Path root, List<Path> markdown) {
    Map<Path, Set<String>> anchors = new HashMap<>();
    List<String> problems = new ArrayList<>();
    for (Path file : markdown) {
      List<String> lines = read(file);
      String fence = null;
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        String next = fence(fence, line);
        if (next != null || fence != null) {
          fence = next;
          continue;
        }
        Matcher link = LINK.matcher(line.replaceAll("`[^`]*`", "``"));
        while (link.find()) {
          String target = link.group(1);
          if (target.matches("^[a-z][a-z0-9+.-]*:.*")) {
            continue; // https:, mailto:, ...
          }
          int hash = target.indexOf('#');
          String path = hash < 0 ? target : target.substring(0, hash);
          String anchor = hash < 0 ? null : target.substring(hash + 1);
          Path resolved = path.isEmpty() ? file : file.getParent().resolve(path).normalize();
          String where = root.relativize(file) + ":" + (i + 1) + ": ";
          if (!Files.exists(resolved)) {
            problems.add(where + root.relativize(resolved) + " does not exist");
          } else if (anchor != null
              && resolved.toString().endsWith(".md")
              && !anchors.computeIfAbsent(resolved, MarkdownLinksTest::anchors).contains(anchor)) {
            problems.add(where + root.relativize(resolved) + " has no heading #" + anchor);
          }
        }
      }
    }
    return problems;
  }

  /** The anchors GitHub gives a file's headings: lower case, punctuation dropped, spaces to -. */
  static Set<String> anchors(Path file) {
    Set<String> anchors = new HashSet<>();
    Map<String, Integer> seen = new HashMap<>();
    String fence = null;
    for (String line : read(file)) {
      String next = fence(fence, line);
      if (next != null || fence != null) {
        fence = next;
        continue;
      }
      Matcher heading = HEADING.matcher(line);
      if (!heading.matches()) {
        continue;
      }
      String slug =
          heading
              .group(1)
              .strip()
              .toLowerCase(Locale.ROOT)
              .replaceAll("[^\\p{L}\\p{N}_ -]", "")
              .replace(' ', '-');
      int count = seen.merge(slug, 1, Integer::sum);
      anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
    }
    return anchors;
  }

  /**
   * The open fence after {@code line}: its delimiter while inside a fenced block (which only the
   * same character repeated at least as often closes), null outside.
   */
  private static String fence(String open, String line) {
    Matcher fence = FENCE.matcher(line);
    if (!fence.find()) {
      return open;
    }
    String delimiter = fence.group(1);
    if (open == null) {
      return delimiter;
    }
    boolean closes =
        delimiter.charAt(0) == open.charAt(0)
            && delimiter.length() >= open.length()
            && line.strip().equals(delimiter);
    return closes ? null : open;
  }

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
