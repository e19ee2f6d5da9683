package dev.pgtrickle.dao.schema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The schema snapshot: the stream tables' user columns and types, contract generation and digest,
 * as a text file committed to the user's repository, so that the annotation processor can check
 * records against the database without reaching it. Written by the Maven plugin's {@code snapshot}
 * goal, compared with the live server by its {@code check} goal.
 *
 * <p>The format is line-based, deterministic and diff-friendly: tables sorted by schema and name,
 * columns in table order, every identifier and type double-quoted (inner quotes doubled), one fact
 * per line, {@code #} comments ignored:
 *
 * <pre>
 * # pgtrickle-dao schema snapshot 1
 * stream-table "public" "order_totals"
 *   contract-generation 3
 *   contract-digest 5e2b...
 *   column "region" "text"
 *   column "state" enum "order_state"
 * end
 * </pre>
 *
 * A line {@code contract-generation} or {@code contract-digest} is left out when the writing role
 * could not see it.
 *
 * @param tables the stream tables, sorted by schema and name
 */
public record SchemaSnapshot(List<StreamTableSchema> tables) {
  /** The first line of every snapshot; {@link #parse} rejects files without it. */
  public static final String HEADER = "# pgtrickle-dao schema snapshot 1";

  /** The file name the processor and the Maven plugin use when none is given. */
  public static final String DEFAULT_FILE = "pgtrickle-schema.txt";

  private static final Comparator<StreamTableSchema> ORDER =
      Comparator.comparing(StreamTableSchema::schema).thenComparing(StreamTableSchema::name);

  public SchemaSnapshot {
    List<StreamTableSchema> sorted = new ArrayList<>();
    for (StreamTableSchema table : tables) {
      sorted.add(table.forSnapshot());
    }
    sorted.sort(ORDER);
    for (int i = 1; i < sorted.size(); i++) {
      if (ORDER.compare(sorted.get(i - 1), sorted.get(i)) == 0) {
        throw new IllegalArgumentException(
            "stream table " + sorted.get(i).qualifiedName() + " appears twice in the snapshot");
      }
    }
    tables = List.copyOf(sorted);
  }

  /** The table {@code schema.name}, matched exactly. */
  public Optional<StreamTableSchema> table(String schema, String name) {
    return tables.stream()
        .filter(t -> t.schema().equals(schema) && t.name().equals(name))
        .findFirst();
  }

  /** The snapshot as text, always the same for the same tables. */
  public String write() {
    StringBuilder out = new StringBuilder();
    out.append(HEADER).append('\n');
    out.append(
        "# The stream tables' user columns, as pgtrickle-dao's annotation processor checks\n");
    out.append("# records against them. Rewrite with `mvn pgtrickle-dao:snapshot`; CI runs\n");
    out.append("# `mvn pgtrickle-dao:check`, which fails when this file is out of date.\n");
    for (StreamTableSchema table : tables) {
      out.append('\n');
      out.append("stream-table ")
          .append(Names.quote(table.schema()))
          .append(' ')
          .append(Names.quote(table.name()))
          .append('\n');
      table
          .contractGeneration()
          .ifPresent(g -> out.append("  contract-generation ").append(g).append('\n'));
      table
          .contractDigest()
          .ifPresent(d -> out.append("  contract-digest ").append(d).append('\n'));
      for (ColumnSchema column : table.columns()) {
        out.append("  column ").append(Names.quote(column.name())).append(' ');
        if (column.type().enumType()) {
          out.append("enum ");
        }
        out.append(Names.quote(column.type().name())).append('\n');
      }
      out.append("end\n");
    }
    return out.toString();
  }

  /** Writes {@link #write()} to {@code file} in UTF-8, creating its directory. */
  public void writeTo(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, write(), StandardCharsets.UTF_8);
  }

  /** Reads a snapshot file. */
  public static SchemaSnapshot read(Path file) throws IOException {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Parses a snapshot.
   *
   * @throws IllegalArgumentException naming the line, if the text is not a snapshot
   */
  public static SchemaSnapshot parse(String text) {
    String[] lines = text.split("\r?\n", -1);
    if (lines.length == 0 || !lines[0].strip().equals(HEADER)) {
      throw new IllegalArgumentException(
          "line 1: not a pgtrickle-dao schema snapshot (expected '" + HEADER + "')");
    }
    List<StreamTableSchema> tables = new ArrayList<>();
    String schema = null;
    String name = null;
    List<ColumnSchema> columns = new ArrayList<>();
    OptionalLong generation = OptionalLong.empty();
    Optional<String> digest = Optional.empty();
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      List<String> words = Tokens.split(line, i + 1);
      String keyword = words.get(0);
      int lineNumber = i + 1;
      if (name == null) {
        if (!keyword.equals("stream-table") || words.size() != 3) {
          throw new IllegalArgumentException(
              "line " + lineNumber + ": expected stream-table \"schema\" \"name\", found: " + line);
        }
        schema = words.get(1);
        name = words.get(2);
        continue;
      }
      switch (keyword) {
        case "contract-generation" -> {
          expect(words, 2, lineNumber, line);
          try {
            generation = OptionalLong.of(Long.parseLong(words.get(1)));
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                "line " + lineNumber + ": contract-generation needs a number: " + line, e);
          }
        }
        case "contract-digest" -> {
          expect(words, 2, lineNumber, line);
          digest = Optional.of(words.get(1));
        }
        case "column" -> {
          if (words.size() == 3) {
            columns.add(new ColumnSchema(words.get(1), ColumnType.of(words.get(2))));
          } else if (words.size() == 4 && words.get(2).equals("enum")) {
            columns.add(new ColumnSchema(words.get(1), ColumnType.enumOf(words.get(3))));
          } else {
            throw new IllegalArgumentException(
                "line "
                    + lineNumber
                    + ": expected column \"name\" \"type\" or column \"name\" enum \"type\": "
                    + line);
          }
        }
        case "end" -> {
          expect(words, 1, lineNumber, line);
          tables.add(
              new StreamTableSchema(
                  schema, name, columns, generation, digest, Optional.empty(), Optional.empty()));
          schema = null;
          name = null;
          columns = new ArrayList<>();
          generation = OptionalLong.empty();
          digest = Optional.empty();
        }
        default ->
            throw new IllegalArgumentException(
                "line " + lineNumber + ": unknown entry '" + keyword + "': " + line);
      }
    }
    if (name != null) {
      throw new IllegalArgumentException(
          "stream table " + Names.qualified(schema, name) + " has no closing 'end' line");
    }
    return new SchemaSnapshot(tables);
  }

  private static void expect(List<String> words, int count, int lineNumber, String line) {
    if (words.size() != count) {
      throw new IllegalArgumentException("line " + lineNumber + ": malformed entry: " + line);
    }
  }
}
