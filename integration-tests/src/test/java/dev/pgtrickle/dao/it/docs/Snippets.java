package dev.pgtrickle.dao.it.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the code blocks of the Markdown documentation equal to regions of source files that the
 * build compiles and runs.
 *
 * <p>A region is the lines between two marker comments, each on a line of its own: {@code //
 * tag::NAME[]} and {@code // end::NAME[]} in Java ({@code <!-- ... -->} in XML, {@code --} in SQL,
 * {@code #} in properties and YAML), without the marker lines of other regions inside it and
 * without its common indentation. A Markdown block shows a region when the line before its opening
 * fence is {@code <!-- snippet: NAME -->}. Every {@code java} block must show one, so no Java in
 * the documentation escapes the compiler; blocks in other languages may.
 */
final class Snippets {
  /** The command that copies every region into the Markdown that shows it. */
  static final String UPDATE_COMMAND =
      "mvn -B -q test -pl integration-tests -am -Dtest=SnippetsTest"
          + " -Dsurefire.failIfNoSpecifiedTests=false -Dsnippets.update=true";

  private static final Pattern MARKER = Pattern.compile("^ *<!-- snippet: ([A-Za-z0-9_.-]+) -->$");
  private static final Pattern FENCE = Pattern.compile("^( *)(```+|~~~+)\\s*([A-Za-z0-9_+-]*).*$");
  private static final Pattern TAG = marker("tag");
  private static final Pattern END = marker("end");

  /** A comment line of its own: {@code // KIND::NAME[]}, {@code <!-- KIND::NAME[] -->}, ... */
  private static Pattern marker(String kind) {
    return Pattern.compile(
        "^\\s*(?://|#|--|<!--)\\s*" + kind + "::([A-Za-z0-9_.-]+)\\[\\]\\s*(?:-->)?\\s*$");
  }

  /** Extensions of the files searched for regions. */
  static final Set<String> SOURCE_EXTENSIONS =
      Set.of("java", "xml", "sql", "properties", "yml", "yaml", "kts");

  /** A region of a source file. */
  record Region(String name, Path file, int line, List<String> lines) {}

  /** A fenced code block of a Markdown file, with the snippet it shows (null for none). */
  record Block(
      Path file,
      int fenceLine,
      String language,
      String snippet,
      String indent,
      List<String> lines) {
    /** The 0-based index of the block's first content line in its file. */
    int firstContentIndex() {
      return fenceLine;
    }
  }

  /** What a check found: the problems, and the Markdown files rewritten (only when updating). */
  record Result(List<String> problems, List<Path> rewritten) {}

  private final Path root;

  Snippets(Path root) {
    this.root = root;
  }

  /** Every region of the source files under the modules' {@code src} directories. */
  Map<String, Region> regions(List<Path> sources, List<String> problems) {
    Map<String, Region> regions = new LinkedHashMap<>();
    for (Path file : sources) {
      List<String> lines = read(file);
      Map<String, Integer> open = new LinkedHashMap<>();
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        Matcher tag = TAG.matcher(line);
        if (tag.matches()) {
          if (open.putIfAbsent(tag.group(1), i) != null) {
            problems.add(where(file, i) + ": region '" + tag.group(1) + "' opened twice");
          }
        }
        Matcher end = END.matcher(line);
        if (end.matches()) {
          String name = end.group(1);
          Integer start = open.remove(name);
          if (start == null) {
            problems.add(where(file, i) + ": end::" + name + "[] without tag::" + name + "[]");
            continue;
          }
          Region region = new Region(name, file, start + 1, body(lines.subList(start + 1, i)));
          Region previous = regions.putIfAbsent(name, region);
          if (previous != null) {
            problems.add(
                where(file, start)
                    + ": region '"
                    + name
                    + "' is also defined at "
                    + where(previous.file(), previous.line() - 1));
          }
        }
      }
      open.forEach(
          (name, start) ->
              problems.add(
                  where(file, start) + ": tag::" + name + "[] without end::" + name + "[]"));
    }
    return regions;
  }

  /** The fenced code blocks of one Markdown file. */
  List<Block> blocks(Path file, List<String> problems) {
    List<String> lines = read(file);
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher marker = MARKER.matcher(lines.get(i));
      Matcher fence = FENCE.matcher(lines.get(i));
      if (marker.matches()) {
        if (i + 1 >= lines.size() || !FENCE.matcher(lines.get(i + 1)).matches()) {
          problems.add(
              where(file, i)
                  + ": <!-- snippet: "
                  + marker.group(1)
                  + " --> must be followed by a fenced code block");
        }
        continue;
      }
      if (!fence.matches()) {
        continue;
      }
      String indent = fence.group(1);
      String delimiter = fence.group(2);
      int close = i + 1;
      while (close < lines.size() && !isClosing(lines.get(close), indent, delimiter)) {
        close++;
      }
      if (close == lines.size()) {
        problems.add(where(file, i) + ": code block is never closed");
        return blocks;
      }
      Matcher before = i > 0 ? MARKER.matcher(lines.get(i - 1)) : null;
      String snippet = before != null && before.matches() ? before.group(1) : null;
      List<String> content = new ArrayList<>();
      for (String line : lines.subList(i + 1, close)) {
        content.add(line.startsWith(indent) ? line.substring(indent.length()) : line.strip());
      }
      blocks.add(new Block(file, i + 1, fence.group(3), snippet, indent, content));
      i = close;
    }
    return blocks;
  }

  /**
   * Compares every Markdown block that shows a snippet with its region; with {@code update},
   * rewrites the blocks that differ instead of reporting them.
   */
  Result check(List<Path> markdown, List<Path> sources, boolean update) {
    List<String> problems = new ArrayList<>();
    Map<String, Region> regions = regions(sources, problems);
    Set<String> used = new TreeSet<>();
    List<Path> rewritten = new ArrayList<>();
    for (Path file : markdown) {
      List<Block> blocks = blocks(file, problems);
      List<Block> stale = new ArrayList<>();
      for (Block block : blocks) {
        if (block.snippet() == null) {
          if (block.language().equals("java")) {
            problems.add(
                where(file, block.fenceLine() - 1)
                    + ": a java block must show a region of code the build compiles: put"
                    + " <!-- snippet: NAME --> on the line before it and // tag::NAME[] ..."
                    + " // end::NAME[] around that code in a test");
          }
          continue;
        }
        used.add(block.snippet());
        Region region = regions.get(block.snippet());
        if (region == null) {
          problems.add(
              where(file, block.fenceLine() - 1)
                  + ": no region '"
                  + block.snippet()
                  + "' (tag::"
                  + block.snippet()
                  + "[] ... end::"
                  + block.snippet()
                  + "[]) in any source file; regions: "
                  + new TreeSet<>(regions.keySet()));
        } else if (!region.lines().equals(block.lines())) {
          if (update) {
            stale.add(block);
          } else {
            problems.add(
                where(file, block.fenceLine() - 1)
                    + ": snippet '"
                    + block.snippet()
                    + "' differs from its region at "
                    + where(region.file(), region.line() - 1)
                    + "\n"
                    + diff(block.lines(), region.lines()));
          }
        }
      }
      if (!stale.isEmpty()) {
        rewrite(file, stale, regions);
        rewritten.add(file);
      }
    }
    for (Region region : regions.values()) {
      if (!used.contains(region.name())) {
        problems.add(
            where(region.file(), region.line() - 1)
                + ": region '"
                + region.name()
                + "' is shown by no Markdown block: show it (<!-- snippet: "
                + region.name()
                + " -->) or remove its tags");
      }
    }
    return new Result(problems, rewritten);
  }

  private void rewrite(Path file, List<Block> stale, Map<String, Region> regions) {
    List<String> lines = new ArrayList<>(read(file));
    for (int b = stale.size() - 1; b >= 0; b--) {
      Block block = stale.get(b);
      int first = block.firstContentIndex();
      List<String> replacement = new ArrayList<>();
      for (String line : regions.get(block.snippet()).lines()) {
        replacement.add(line.isEmpty() ? "" : block.indent() + line);
      }
      lines.subList(first, first + block.lines().size()).clear();
      lines.addAll(first, replacement);
    }
    try {
      Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isClosing(String line, String indent, String delimiter) {
    String stripped = line.strip();
    return line.startsWith(indent)
        && stripped.startsWith(delimiter)
        && stripped.chars().allMatch(c -> c == delimiter.charAt(0));
  }

  /** A region's lines without marker lines, surrounding blank lines and common indentation. */
  static List<String> body(List<String> lines) {
    List<String> kept = new ArrayList<>();
    for (String line : lines) {
      if (!TAG.matcher(line).matches() && !END.matcher(line).matches()) {
        kept.add(line.stripTrailing());
      }
    }
    while (!kept.isEmpty() && kept.get(0).isEmpty()) {
      kept.remove(0);
    }
    while (!kept.isEmpty() && kept.get(kept.size() - 1).isEmpty()) {
      kept.remove(kept.size() - 1);
    }
    int indent = Integer.MAX_VALUE;
    for (String line : kept) {
      if (!line.isEmpty()) {
        indent = Math.min(indent, line.length() - line.stripLeading().length());
      }
    }
    List<String> body = new ArrayList<>();
    for (String line : kept) {
      body.add(line.isEmpty() ? "" : line.substring(indent));
    }
    return body;
  }

  /**
   * A line-by-line comparison: lines only in the Markdown ({@code -}) and only in the region
   * ({@code +}).
   */
  static String diff(List<String> markdown, List<String> region) {
    int[][] common = new int[markdown.size() + 1][region.size() + 1];
    for (int i = markdown.size() - 1; i >= 0; i--) {
      for (int j = region.size() - 1; j >= 0; j--) {
        common[i][j] =
            markdown.get(i).equals(region.get(j))
                ? common[i + 1][j + 1] + 1
                : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    StringBuilder out = new StringBuilder("    --- Markdown\n    +++ region\n");
    int i = 0;
    int j = 0;
    while (i < markdown.size() || j < region.size()) {
      if (i < markdown.size() && j < region.size() && markdown.get(i).equals(region.get(j))) {
        i++;
        j++;
      } else if (j < region.size()
          && (i == markdown.size() || common[i][j + 1] >= common[i + 1][j])) {
        out.append("    +").append(region.get(j++)).append('\n');
      } else {
        out.append("    -").append(markdown.get(i++)).append('\n');
      }
    }
    return out.toString();
  }

  private String where(Path file, int index) {
    return root.relativize(file) + ":" + (index + 1);
  }

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
