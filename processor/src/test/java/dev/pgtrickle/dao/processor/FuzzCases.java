package dev.pgtrickle.dao.processor;

import com.google.testing.compile.JavaFileObjects;
import dev.pgtrickle.dao.processor.diagnostics.Message;
import dev.pgtrickle.dao.processor.model.Names;
import dev.pgtrickle.dao.processor.validate.Validator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import javax.tools.JavaFileObject;

/**
 * Generates the processor fuzz's cases from a seed: records with SQL-hostile names (reserved words,
 * mixed case, quotes, {@code $}, unicode including U+2028/U+2029, exactly 63 bytes), every
 * supported component type, repositories with derived finders and {@code @Query} methods; a quarter
 * of them carry exactly one known defect and expect exactly its diagnostic. Every case lives in its
 * own package, so cases compile together without meeting.
 */
final class FuzzCases {
  /** Cases per batch: one seed, one compilation of the valid cases and one of the others. */
  static final int BATCH = 40;

  /** One generated input: its sources, and the diagnostic it must get (null: none). */
  record Case(
      String pkg,
      List<JavaFileObject> sources,
      Message expected,
      String defect,
      List<String> generated) {
    String show() {
      StringBuilder out =
          new StringBuilder(
              "case "
                  + pkg
                  + " expecting "
                  + expected
                  + (defect == null ? "" : " (" + defect + ")")
                  + ":\n");
      for (JavaFileObject source : sources) {
        try {
          out.append(source.getCharContent(true)).append('\n');
        } catch (java.io.IOException e) {
          out.append(e).append('\n');
        }
      }
      return out.toString();
    }
  }

  /** Annotations are written qualified: a case's record may be named Column or Query. */
  private static final String ANNOTATIONS = "dev.pgtrickle.dao.annotations.";

  private record Type(String java, String boxedElement, boolean string, boolean comparable) {}

  private record Comp(String name, Type type, String column) {}

  private static final List<Type> SUPPORTED =
      List.of(
          new Type("java.lang.String", "java.lang.String", true, true),
          new Type("boolean", "java.lang.Boolean", false, false),
          new Type("java.lang.Boolean", "java.lang.Boolean", false, false),
          new Type("short", "java.lang.Short", false, true),
          new Type("java.lang.Short", "java.lang.Short", false, true),
          new Type("int", "java.lang.Integer", false, true),
          new Type("java.lang.Integer", "java.lang.Integer", false, true),
          new Type("long", "java.lang.Long", false, true),
          new Type("java.lang.Long", "java.lang.Long", false, true),
          new Type("float", "java.lang.Float", false, true),
          new Type("java.lang.Float", "java.lang.Float", false, true),
          new Type("double", "java.lang.Double", false, true),
          new Type("java.lang.Double", "java.lang.Double", false, true),
          new Type("java.math.BigDecimal", "java.math.BigDecimal", false, true),
          new Type("java.math.BigInteger", "java.math.BigInteger", false, true),
          new Type("java.time.LocalDate", "java.time.LocalDate", false, true),
          new Type("java.time.LocalTime", "java.time.LocalTime", false, true),
          new Type("java.time.LocalDateTime", "java.time.LocalDateTime", false, true),
          new Type("java.time.OffsetDateTime", "java.time.OffsetDateTime", false, true),
          new Type("java.time.Instant", "java.time.Instant", false, true),
          new Type("java.util.UUID", "java.util.UUID", false, true),
          new Type("byte[]", null, false, false),
          new Type("Shade", "Shade", false, true),
          new Type("java.util.List<java.lang.String>", null, false, false),
          new Type("java.util.List<java.lang.Long>", null, false, false),
          new Type("java.util.List<java.lang.Integer>", null, false, false));

  private static final List<String> UNSUPPORTED =
      List.of(
          "char",
          "java.lang.Character",
          "byte",
          "java.lang.Byte",
          "java.util.Date",
          "java.lang.Object",
          "java.util.Optional<java.lang.Long>",
          "java.util.List<java.lang.Double>",
          "java.util.Set<java.lang.String>",
          "java.util.Map<java.lang.String, java.lang.String>",
          "int[]",
          "long[]",
          "java.sql.Timestamp",
          "java.lang.Number",
          "java.lang.CharSequence",
          "java.time.ZonedDateTime",
          "java.time.Duration",
          "java.util.List<Shade>",
          "java.util.Collection<java.lang.String>",
          "java.lang.Runnable");

  /** SQL-hostile identifiers: reserved words, case, quotes, separators, comment starters. */
  private static final List<String> HOSTILE_SQL =
      List.of(
          "select",
          "from",
          "order",
          "user",
          "table",
          "group",
          "Where",
          "LIMIT",
          "offset",
          "end",
          "MixedCase",
          "UPPER",
          "with space",
          "quote\"inside",
          "it's",
          "back\\slash",
          "dollar$sign",
          "semi;colon",
          "dash--dash",
          "slash/*star",
          "line\u2028sep",
          "para\u2029sep",
          "ünïcödé",
          "漢字",
          "emoji😀",
          "ω",
          "%_like",
          ":param",
          "?",
          "$1",
          "\u00a0nbsp");

  /** Java identifiers that collide with what generated code names. */
  private static final List<String> HOSTILE_COMPONENTS =
      List.of(
          "row",
          "columns",
          "check",
          "map",
          "dataSource",
          "connection",
          "value",
          "statement",
          "rows",
          "binder",
          "select",
          "query",
          "table",
          "count",
          "all",
          "freshHead",
          "findAll",
          "maxStaleness",
          "$dollar",
          "_under",
          "é",
          "漢",
          "ω",
          "camelCaseName",
          "x1",
          "aB",
          "limit",
          "offset",
          "fresh",
          "mapper",
          "index",
          "e",
          "i",
          "result");

  private static final List<String> HOSTILE_RECORDS =
      List.of(
          "String",
          "Long",
          "Override",
          "Integer",
          "Object",
          "Rows",
          "Select",
          "Column",
          "Order",
          "List",
          "Stream",
          "Optional",
          "Dao",
          "É",
          "漢字",
          "$Money",
          "_Under",
          "X");

  /** Words a derived finder reads as keywords: kept out of components that get finders. */
  private static final List<String> KEYWORD_PREFIXES =
      List.of(
          "and", "or", "not", "in", "like", "between", "desc", "asc", "is", "ignore", "greater",
          "less", "order", "by", "top", "first", "all", "equal", "null");

  private final Random random;
  private final String prefix;

  FuzzCases(long seed) {
    this.random = new Random(seed);
    this.prefix = "fuzz.s" + Long.toHexString(seed).replace('-', 'm');
  }

  List<Case> batch() {
    List<Case> cases = new ArrayList<>();
    for (int i = 0; i < BATCH; i++) {
      cases.add(next(prefix + ".c" + i));
    }
    return cases;
  }

  private <T> T pick(List<T> from) {
    return from.get(random.nextInt(from.size()));
  }

  private boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }

  private Case next(String pkg) {
    Message defect =
        chance(25)
            ? pick(
                List.of(
                    Message.INVALID_NAME,
                    Message.RESERVED_COLUMN,
                    Message.UNSUPPORTED_TYPE,
                    Message.INVALID_MAX_STALENESS,
                    Message.DUPLICATE_COLUMN,
                    Message.INVALID_FINDER,
                    Message.UNKNOWN_COMPONENT,
                    Message.NAME_TOO_LONG))
            : null;
    String recordName =
        defect == Message.NAME_TOO_LONG
            ? "R" + "x".repeat(252 + random.nextInt(20))
            : chance(30) ? pick(HOSTILE_RECORDS) : javaName(true);
    List<String> annotation = new ArrayList<>();
    String derivedTable = Names.snakeCase(recordName);
    if (defect == Message.NAME_TOO_LONG || bytes(derivedTable) > 63 || chance(60)) {
      annotation.add("name = " + javaString(chance(50) ? pick(HOSTILE_SQL) : sqlName(63)));
    }
    if (chance(40)) {
      annotation.add("schema = " + javaString(schemaName()));
    }
    String describe = null;
    if (defect == Message.INVALID_NAME) {
      int how = random.nextInt(3);
      annotation.removeIf(a -> a.startsWith("name") || a.startsWith("schema"));
      if (how == 0) {
        annotation.add("name = " + javaString("t".repeat(64)));
        describe = "a 64-byte name";
      } else if (how == 1) {
        annotation.add("name = \"\"");
        describe = "an empty name";
      } else {
        annotation.add("schema = \"a.b\"");
        describe = "a dot in the schema";
      }
    }
    if (chance(30)) {
      annotation.add(
          "maxStaleness = "
              + javaString(
                  pick(List.of("30", "30s", "5m", "1h30m", "2d", "1w", "3551w", "0s", "86400"))));
    }
    if (defect == Message.INVALID_MAX_STALENESS) {
      annotation.removeIf(a -> a.startsWith("maxStaleness"));
      String bad =
          pick(
              List.of(
                  "30 s",
                  "1.5h",
                  "-1",
                  "1h30",
                  "five",
                  "30S",
                  "*/5 * * * *",
                  "1y",
                  "9999999999999999999999w"));
      annotation.add("maxStaleness = " + javaString(bad));
      describe = "maxStaleness " + bad;
    }

    List<Comp> components = components();
    List<String> componentLines = new ArrayList<>();
    for (Comp c : components) {
      componentLines.add(
          (c.column == null ? "" : "@" + ANNOTATIONS + "ColumnName(" + javaString(c.column) + ") ")
              + c.type.java
              + " "
              + c.name);
    }
    if (defect == Message.RESERVED_COLUMN) {
      componentLines.add(
          "@"
              + ANNOTATIONS
              + "ColumnName(\"__pgt_"
              + sqlName(20).replace("\"", "")
              + "\") long reservedOne");
      describe = "a __pgt_ column";
    } else if (defect == Message.UNSUPPORTED_TYPE) {
      String type = pick(UNSUPPORTED);
      componentLines.add(type + " unsupportedOne");
      describe = "a component of type " + type;
    } else if (defect == Message.DUPLICATE_COLUMN) {
      componentLines.add("@" + ANNOTATIONS + "ColumnName(\"dup\") long dupOne");
      componentLines.add("@" + ANNOTATIONS + "ColumnName(\"dup\") long dupTwo");
      describe = "two components on column dup";
    }
    List<JavaFileObject> sources = new ArrayList<>();
    sources.add(
        JavaFileObjects.forSourceString(
            pkg + "." + recordName,
            "package "
                + pkg
                + ";\n"
                + "@"
                + ANNOTATIONS
                + "StreamTableView("
                + String.join(", ", annotation)
                + ")\n"
                + "public record "
                + recordName
                + "(\n    "
                + String.join(",\n    ", componentLines)
                + ") {\n"
                + "  public enum Shade { LIGHT, DARK }\n"
                + "}\n"));
    boolean repository =
        defect == Message.INVALID_FINDER
            || defect == Message.UNKNOWN_COMPONENT
            || (defect == null && chance(50));
    if (repository) {
      List<String> methods = methods(recordName, components);
      List<Comp> usable = usable(components);
      Comp first = usable.isEmpty() ? components.get(0) : usable.get(0);
      if (defect == Message.INVALID_FINDER) {
        if (usable.isEmpty() || chance(50)) {
          methods.add(
              "java.util.List<"
                  + recordName
                  + "> findTop"
                  + pick(List.of("2147483648", "999999999999", "99999999999999999999"))
                  + "By"
                  + finderWord(first)
                  + "("
                  + first.type.java.replace("Shade", recordName + ".Shade")
                  + " v);");
          describe = "Top beyond int";
        } else {
          methods.add(
              "java.util.List<"
                  + recordName
                  + "> findBy"
                  + finderWord(first)
                  + "OrderBy("
                  + first.type.java.replace("Shade", recordName + ".Shade")
                  + " v);");
          describe = "OrderBy at the end";
        }
      } else if (defect == Message.UNKNOWN_COMPONENT) {
        methods.add("long countByZzqx" + random.nextInt(1000) + "(long v);");
        describe = "an unknown component";
      }
      sources.add(
          JavaFileObjects.forSourceString(
              pkg + "." + recordName + "Repository",
              "package "
                  + pkg
                  + ";\n"
                  + "@"
                  + ANNOTATIONS
                  + "StreamTableRepository("
                  + recordName
                  + ".class)\n"
                  + "public interface "
                  + recordName
                  + "Repository {\n  "
                  + String.join("\n  ", methods)
                  + "\n}\n"));
    }
    List<String> generated =
        new ArrayList<>(List.of(pkg + "." + recordName + "Dao", pkg + ".StreamTableDaos"));
    if (repository) {
      generated.add(pkg + "." + recordName + "RepositoryImpl");
    }
    return new Case(pkg, sources, defect, describe, generated);
  }

  /** One to eight components with distinct names, constants, finders and columns. */
  private List<Comp> components() {
    int n = 1 + random.nextInt(8);
    Set<String> constants = new HashSet<>();
    Set<String> finders = new HashSet<>();
    Set<String> columns = new HashSet<>();
    List<Comp> out = new ArrayList<>();
    for (int tries = 0; out.size() < n && tries < 50; tries++) {
      String name = chance(35) ? pick(HOSTILE_COMPONENTS) : javaName(false);
      String column = chance(50) ? (chance(50) ? pick(HOSTILE_SQL) : sqlName(63)) : null;
      String stored = column != null ? column : Names.snakeCase(name);
      if (!constants.add(Names.constantName(name))
          || !finders.add(name.toLowerCase(Locale.ROOT))
          || Names.constantName(name).equals(Validator.STREAM_TABLE)
          || stored.startsWith("__pgt_")
          || stored.equals("dup")
          || bytes(stored) > 63
          || !columns.add(stored)) {
        continue;
      }
      out.add(new Comp(name, pick(SUPPORTED), column));
    }
    return out;
  }

  /** Components a derived finder can name without reading part of them as a keyword. */
  private static List<Comp> usable(List<Comp> components) {
    List<Comp> usable = new ArrayList<>();
    for (Comp c : components) {
      String lower = c.name.toLowerCase(Locale.ROOT);
      boolean keyword = KEYWORD_PREFIXES.stream().anyMatch(lower::startsWith);
      boolean prefixOfAnother =
          components.stream()
              .anyMatch(o -> o != c && o.name.toLowerCase(Locale.ROOT).startsWith(lower));
      if (!keyword && !prefixOfAnother && !Character.isUpperCase(c.name.codePointAt(0))) {
        usable.add(c);
      }
    }
    return usable;
  }

  /** Derived finders and {@code @Query} methods over the components. */
  private List<String> methods(String record, List<Comp> components) {
    List<String> methods = new ArrayList<>();
    List<Comp> usable = usable(components);
    int count = random.nextInt(5);
    for (int m = 0; m < count && !usable.isEmpty(); m++) {
      Comp c = pick(usable);
      String word = finderWord(c);
      String returns = "java.util.List<" + record + ">";
      String verb = "find";
      int shape = random.nextInt(4);
      if (shape == 1) {
        verb = "stream";
        returns = "java.util.stream.Stream<" + record + ">";
      } else if (shape == 2) {
        verb = "count";
        returns = "long";
      } else if (shape == 3) {
        verb = "exists";
        returns = "boolean";
      }
      String top =
          (verb.equals("find") || verb.equals("stream")) && chance(30)
              ? "Top" + (1 + random.nextInt(Integer.MAX_VALUE))
              : "";
      String operator = "";
      String params = c.type.java + " v";
      int op = random.nextInt(6);
      if (op == 1 && c.type.comparable) {
        operator = pick(List.of("GreaterThan", "LessThanEqual", "Not"));
      } else if (op == 2) {
        operator = pick(List.of("IsNull", "IsNotNull"));
        params = "";
      } else if (op == 3 && c.type.string) {
        operator = pick(List.of("Like", "NotLike", "IgnoreCase", "LikeIgnoreCase"));
      } else if (op == 4 && c.type.comparable) {
        operator = "Between";
        params = c.type.java + " low, " + c.type.java + " high";
      } else if (op == 5 && c.type.boxedElement != null) {
        operator = pick(List.of("In", "NotIn"));
        params = "java.util.Collection<" + c.type.boxedElement + "> values";
      }
      String order = "";
      if (!verb.equals("count") && !verb.equals("exists") && chance(40)) {
        order = "OrderBy" + finderWord(pick(usable)) + pick(List.of("", "Asc", "Desc"));
      }
      String name = verb + top + "By" + word + operator + order;
      if (methods.stream().anyMatch(existing -> existing.contains(" " + name + "("))) {
        continue;
      }
      methods.add(returns + " " + name + "(" + params.replace("Shade", record + ".Shade") + ");");
    }
    if (chance(50)) {
      Comp c = pick(components);
      String column = c.column != null ? c.column : Names.snakeCase(c.name);
      String sql =
          "SELECT * FROM "
              + sqlIdent("public")
              + " WHERE "
              + sqlIdent(column)
              + " IS NOT NULL AND 'it''s -- not a comment' <> :text";
      methods.add(
          "@"
              + ANNOTATIONS
              + "Query("
              + javaString(sql)
              + ")\n  java.util.List<"
              + record
              + "> hostileQuery"
              + methods.size()
              + "(java.lang.String text);");
    }
    return methods;
  }

  private static String finderWord(Comp c) {
    int first = c.name.codePointAt(0);
    return new String(Character.toChars(Character.toUpperCase(first)))
        + c.name.substring(Character.charCount(first));
  }

  private String schemaName() {
    String name = (chance(50) ? pick(HOSTILE_SQL) : sqlName(63)).replace(".", "");
    return name.isEmpty() ? "s" : name;
  }

  /** A random valid stored name of at most {@code maxBytes} bytes, sometimes exactly 63. */
  private String sqlName(int maxBytes) {
    String alphabet = "abcXYZ_ $\"'é漢😀\u2028-;.";
    StringBuilder name = new StringBuilder();
    int target = chance(20) ? maxBytes : 1 + random.nextInt(maxBytes);
    while (true) {
      int cp =
          alphabet.codePointAt(
              alphabet.offsetByCodePoints(
                  0, random.nextInt(alphabet.codePointCount(0, alphabet.length()))));
      String next = name + new String(Character.toChars(cp));
      if (bytes(next) > target) {
        break;
      }
      name.setLength(0);
      name.append(next);
    }
    String result = name.length() == 0 ? "n" : name.toString();
    return result.startsWith("__pgt_") ? "x" + result.substring(1) : result;
  }

  private String javaName(boolean type) {
    String first = type ? "ABCDEFGHÉΩ$" : "abcdefghéω$_";
    String rest = "abcdefghijklmnopqrstuvwxyzABCXYZ0123456789_$éß漢";
    StringBuilder name = new StringBuilder();
    name.appendCodePoint(
        first.codePointAt(
            first.offsetByCodePoints(0, random.nextInt(first.codePointCount(0, first.length())))));
    int length = random.nextInt(12);
    for (int i = 0; i < length; i++) {
      name.appendCodePoint(
          rest.codePointAt(
              rest.offsetByCodePoints(0, random.nextInt(rest.codePointCount(0, rest.length())))));
    }
    String result = name.toString();
    return javax.lang.model.SourceVersion.isName(result)
            && !result.equals("_")
            && !List.of("record", "var", "yield", "sealed", "permits").contains(result)
        ? result
        : (type ? "Rec" : "comp") + random.nextInt(1000);
  }

  private static int bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  private static String sqlIdent(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  /** {@code text} as a Java string literal, with every non-ASCII character escaped. */
  static String javaString(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c < 0x20 || c > 0x7e) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
