package dev.pgtrickle.dao.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one compatibility rule table: for every supported component type, the PostgreSQL column types
 * that read into it {@linkplain Fit#EXACT exactly}, those that read {@linkplain Fit#LOSSY lossily}
 * (an error unless the component carries {@code @Lossy}), and, by omission, those that {@linkplain
 * Fit#NEVER never} read. The build-time check, the start-up verifier, the Maven plugin's record
 * generator and the documentation ({@link #markdown()}) all use this table, and it agrees with what
 * the runtime's readers accept: a read the table calls exact or lossy succeeds, one it calls never
 * fails with a {@code ColumnMappingException}.
 *
 * <p>Java types are named as written with qualified names ({@code int}, {@code java.lang.Long},
 * {@code java.util.List<java.lang.String>}, {@code byte[]}); every enum is {@value #ENUM}. Column
 * types are PostgreSQL's {@code format_type} names without typmod ({@code bigint}, {@code character
 * varying}, {@code timestamp with time zone}, {@code text[]}); an enum type is {@link
 * ColumnType#enumType() marked} as such.
 *
 * <p>Primitive components: pg_trickle declares no user column {@code NOT NULL}, so every column can
 * hold NULL and a primitive component throws {@code UnexpectedNullException} when it meets one.
 * That is a {@linkplain #nullableNote note}, never an error: the defining query may well exclude
 * NULL, which no check here can prove.
 */
public final class CompatibilityRules {
  /** The name every enum component type goes by in the table. */
  public static final String ENUM = "enum";

  /** Marks "every other type" in a lossy list. */
  private static final String ANY_OTHER = "any other type";

  private static final Map<String, Rule> RULES = new LinkedHashMap<>();

  static {
    rule(
        "java.lang.String",
        List.of("text", "character varying", "character", "name", "an enum type"),
        List.of(ANY_OTHER));
    rule(ENUM, List.of("text", "character varying", "character", "name", "an enum type"), none());
    both("boolean", "java.lang.Boolean", List.of("boolean"), none());
    both("short", "java.lang.Short", List.of("smallint"), none());
    both("int", "java.lang.Integer", List.of("integer", "smallint"), none());
    both("long", "java.lang.Long", List.of("bigint", "integer", "smallint"), none());
    both("float", "java.lang.Float", List.of("real"), none());
    both("double", "java.lang.Double", List.of("double precision", "real"), none());
    rule("java.math.BigDecimal", List.of("numeric", "bigint", "integer", "smallint"), none());
    rule("java.math.BigInteger", List.of("numeric", "bigint", "integer", "smallint"), none());
    rule("java.time.LocalDate", List.of("date"), none());
    rule("java.time.LocalTime", List.of("time without time zone"), none());
    rule("java.time.LocalDateTime", List.of("timestamp without time zone"), none());
    rule("java.time.OffsetDateTime", List.of("timestamp with time zone"), none());
    rule("java.time.Instant", List.of("timestamp with time zone"), none());
    rule("java.util.UUID", List.of("uuid"), none());
    rule("byte[]", List.of("bytea"), none());
    rule("dev.pgtrickle.dao.runtime.RowIdentity", List.of("bytea"), none());
    rule(
        "java.util.List<java.lang.String>",
        List.of("text[]", "character varying[]", "character[]", "name[]"),
        none());
    rule("java.util.List<java.lang.Long>", List.of("bigint[]", "integer[]", "smallint[]"), none());
    rule("java.util.List<java.lang.Integer>", List.of("integer[]", "smallint[]"), none());
  }

  private CompatibilityRules() {}

  /** One row of the table. */
  private record Rule(List<String> exact, List<String> lossy) {}

  private static List<String> none() {
    return List.of();
  }

  private static void rule(String javaType, List<String> exact, List<String> lossy) {
    RULES.put(javaType, new Rule(exact, lossy));
  }

  private static void both(String primitive, String boxed, List<String> exact, List<String> lossy) {
    rule(primitive, exact, lossy);
    rule(boxed, exact, lossy);
  }

  /** The Java types the table knows, in the table's order ({@value #ENUM} for every enum). */
  public static List<String> javaTypes() {
    return List.copyOf(RULES.keySet());
  }

  /** Whether {@code javaType} is in the table. */
  public static boolean supports(String javaType) {
    return RULES.containsKey(javaType);
  }

  /**
   * How a column of type {@code column} reads into a component of type {@code javaType}.
   *
   * @throws IllegalArgumentException if {@code javaType} is not in the table
   */
  public static Fit fit(String javaType, ColumnType column) {
    Rule rule = RULES.get(javaType);
    if (rule == null) {
      throw new IllegalArgumentException(
          "no compatibility rule for Java type " + javaType + "; supported: " + javaTypes());
    }
    if (rule.exact().contains(column.name())
        || ((javaType.equals(ENUM) || javaType.equals("java.lang.String")) && column.enumType())) {
      return Fit.EXACT;
    }
    if (rule.lossy().contains(column.name()) || rule.lossy().contains(ANY_OTHER)) {
      return Fit.LOSSY;
    }
    return Fit.NEVER;
  }

  /**
   * The column types {@code javaType} reads exactly, as a phrase: {@code bigint, integer or
   * smallint}.
   */
  public static String exactly(String javaType) {
    Rule rule = RULES.get(javaType);
    return rule == null ? "nothing" : phrase(rule.exact());
  }

  /** The column types {@code javaType} reads lossily, as a phrase, or empty when none. */
  public static Optional<String> lossily(String javaType) {
    Rule rule = RULES.get(javaType);
    return rule == null || rule.lossy().isEmpty()
        ? Optional.empty()
        : Optional.of(phrase(rule.lossy()));
  }

  /** Whether {@code javaType} is a primitive, which cannot hold the NULL every column may hold. */
  public static boolean isPrimitive(String javaType) {
    return switch (javaType) {
      case "boolean", "short", "int", "long", "float", "double" -> true;
      default -> false;
    };
  }

  /** The note on a primitive component: every pg_trickle column is nullable. */
  public static String nullableNote(String component, String javaType, String column) {
    return "component "
        + component
        + " is a primitive "
        + javaType
        + ", but pg_trickle declares no column NOT NULL, so column \""
        + column
        + "\" may hold NULL, which a "
        + javaType
        + " cannot: a read that meets one throws UnexpectedNullException. Use the boxed type if"
        + " NULL can occur";
  }

  /**
   * The Java type a generated record declares for a column: the first type, in table order, whose
   * exact types include the column's (boxed, since every column is nullable; {@code String} for
   * enums and for types the table has no exact reader for, which then needs {@code @Lossy}).
   */
  public static String javaTypeFor(ColumnType column) {
    if (column.enumType()) {
      return "java.lang.String";
    }
    for (Map.Entry<String, Rule> entry : RULES.entrySet()) {
      String type = entry.getKey();
      if (!isPrimitive(type)
          && !type.equals(ENUM)
          && !type.equals("dev.pgtrickle.dao.runtime.RowIdentity")
          && fit(type, column) == Fit.EXACT) {
        return type;
      }
    }
    return "java.lang.String";
  }

  /** The table as Markdown, as printed in {@code docs/schema-checks.md}. */
  public static String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("| Java component type | reads exactly | reads lossily (needs `@Lossy`) |\n");
    out.append("|---|---|---|\n");
    List<String> done = new ArrayList<>();
    for (Map.Entry<String, Rule> entry : RULES.entrySet()) {
      String type = entry.getKey();
      if (done.contains(type)) {
        continue;
      }
      String label = "`" + simple(type) + "`";
      String boxed = boxedOf(type);
      if (boxed != null) {
        label += " / `" + simple(boxed) + "`";
        done.add(boxed);
      }
      if (type.equals(ENUM)) {
        label = "any enum";
      }
      Rule rule = entry.getValue();
      out.append("| ")
          .append(label)
          .append(" | ")
          .append(codes(rule.exact()))
          .append(" | ")
          .append(rule.lossy().isEmpty() ? "none" : codes(rule.lossy()))
          .append(" |\n");
    }
    out.append("\nEvery other combination never reads and is always an error.\n");
    return out.toString();
  }

  private static String boxedOf(String primitive) {
    return switch (primitive) {
      case "boolean" -> "java.lang.Boolean";
      case "short" -> "java.lang.Short";
      case "int" -> "java.lang.Integer";
      case "long" -> "java.lang.Long";
      case "float" -> "java.lang.Float";
      case "double" -> "java.lang.Double";
      default -> null;
    };
  }

  /** {@code java.util.List<java.lang.String>} to {@code List<String>}. */
  static String simple(String type) {
    return type.replaceAll("\\b[a-z][a-z0-9_]*\\.", "");
  }

  private static String codes(List<String> types) {
    List<String> quoted = new ArrayList<>();
    for (String type : types) {
      quoted.add(type.equals(ANY_OTHER) || type.startsWith("an ") ? type : "`" + type + "`");
    }
    return String.join(", ", quoted);
  }

  private static String phrase(List<String> types) {
    if (types.size() == 1) {
      return types.get(0);
    }
    return String.join(", ", types.subList(0, types.size() - 1))
        + " or "
        + types.get(types.size() - 1);
  }
}
