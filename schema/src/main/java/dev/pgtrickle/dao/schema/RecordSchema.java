package dev.pgtrickle.dao.schema;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What one {@code @StreamTableView} record expects of its stream table: the annotation processor
 * writes it next to every generated DAO, as the class-path resource {@link #resourceName(String)},
 * and the {@link SchemaVerifier} reads it at start-up.
 *
 * @param recordName the record's binary name
 * @param daoName the generated DAO's binary name
 * @param schema the stream table's schema, as stored
 * @param name the stream table's name, as stored
 * @param components the components, in declaration order
 */
public record RecordSchema(
    String recordName,
    String daoName,
    String schema,
    String name,
    List<ComponentSchema> components) {
  /** The first line of every record-schema resource. */
  public static final String HEADER = "# pgtrickle-dao record schema 1";

  /** The folder of the resources, under the class output. */
  public static final String FOLDER = "META-INF/pgtrickle-dao/schema/";

  public RecordSchema {
    Objects.requireNonNull(recordName, "recordName");
    Objects.requireNonNull(daoName, "daoName");
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(name, "name");
    components = List.copyOf(components);
  }

  /** The resource that holds the record schema of the DAO {@code daoName} (a binary name). */
  public static String resourceName(String daoName) {
    return FOLDER + daoName;
  }

  /** {@code schema.name}, each part quoted only when it needs to be. */
  public String qualifiedName() {
    return Names.qualified(schema, name);
  }

  /** The record's simple name, for messages: {@code OrderTotals}. */
  public String recordSimpleName() {
    String simple = recordName.substring(recordName.lastIndexOf('.') + 1);
    return simple.substring(simple.lastIndexOf('$') + 1);
  }

  /** The resource's text. */
  public String write() {
    StringBuilder out = new StringBuilder();
    out.append(HEADER).append('\n');
    out.append("record ")
        .append(Names.quote(recordName))
        .append(" dao ")
        .append(Names.quote(daoName))
        .append('\n');
    out.append("stream-table ")
        .append(Names.quote(schema))
        .append(' ')
        .append(Names.quote(name))
        .append('\n');
    for (ComponentSchema c : components) {
      out.append("  component ")
          .append(Names.quote(c.component()))
          .append(" column ")
          .append(Names.quote(c.column()))
          .append(" type ")
          .append(Names.quote(c.javaType()));
      if (c.lossy()) {
        out.append(" lossy");
      }
      if (c.rowId()) {
        out.append(" row-id");
      }
      out.append('\n');
    }
    out.append("end\n");
    return out.toString();
  }

  /** Parses {@link #write()}'s text. */
  public static RecordSchema parse(String text) {
    String[] lines = text.split("\r?\n");
    if (lines.length < 3 || !lines[0].strip().equals(HEADER)) {
      throw new IllegalArgumentException("not a pgtrickle-dao record schema");
    }
    List<String> record = Tokens.split(lines[1], 2);
    List<String> table = Tokens.split(lines[2], 3);
    if (record.size() != 4 || !record.get(0).equals("record") || !record.get(2).equals("dao")) {
      throw new IllegalArgumentException("line 2: expected record \"name\" dao \"name\"");
    }
    if (table.size() != 3 || !table.get(0).equals("stream-table")) {
      throw new IllegalArgumentException("line 3: expected stream-table \"schema\" \"name\"");
    }
    List<ComponentSchema> components = new ArrayList<>();
    for (int i = 3; i < lines.length; i++) {
      List<String> words = Tokens.split(lines[i], i + 1);
      if (words.isEmpty() || words.get(0).equals("end")) {
        continue;
      }
      if (words.size() < 6
          || !words.get(0).equals("component")
          || !words.get(2).equals("column")
          || !words.get(4).equals("type")) {
        throw new IllegalArgumentException("line " + (i + 1) + ": malformed component");
      }
      List<String> flags = words.subList(6, words.size());
      components.add(
          new ComponentSchema(
              words.get(1),
              words.get(3),
              words.get(5),
              flags.contains("lossy"),
              flags.contains("row-id")));
    }
    return new RecordSchema(record.get(1), record.get(3), table.get(1), table.get(2), components);
  }

  /**
   * The record schema of the DAO {@code daoName} on {@code loader}'s class path, or empty if none
   * was written (the name is not a DAO, or it was compiled without this processor version).
   */
  public static Optional<RecordSchema> load(ClassLoader loader, String daoName) {
    try (InputStream in = loader.getResourceAsStream(resourceName(daoName))) {
      if (in == null) {
        return Optional.empty();
      }
      try (BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        return Optional.of(parse(reader.lines().collect(Collectors.joining("\n"))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resourceName(daoName), e);
    }
  }
}
