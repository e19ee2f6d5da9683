package dev.pgtrickle.dao.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record as one row of a pg_trickle stream table. The pgtrickle-dao annotation processor
 * then generates {@code <Record>Dao} in the same package (for a nested record {@code Outer.Inner},
 * {@code Outer_InnerDao}): a read-only JDBC DAO with typed column constants for its typed query,
 * fresh reads and freshness accessors, and no method that writes.
 *
 * <p>Rules the processor enforces, each a compile error on the offending element:
 *
 * <ul>
 *   <li>the annotated type is a record: not a class, interface, enum or annotation ({@code
 *       [StreamTableNotARecord]}), not generic ({@code [StreamTableGenericRecord]}), not private,
 *       not local and not nested in a private type ({@code [StreamTableNotAccessible]}), with at
 *       least one component ({@code [StreamTableNoComponents]});
 *   <li>{@link #name()} and {@link #schema()} are valid stored names: not empty, at most 63 bytes
 *       in UTF-8 (PostgreSQL's limit), no control characters, and no dot in the schema ({@code
 *       [StreamTableInvalidName]});
 *   <li>every component has a supported type ({@code [StreamTableUnsupportedType]}; the README has
 *       the table) that exists ({@code [StreamTableUnresolvedType]}), and maps to its own column
 *       ({@code [StreamTableDuplicateColumn]}); no two components give the DAO the same column
 *       constant, as {@code orderCount} and {@code order_count} would ({@code
 *       [StreamTableNameClash]});
 *   <li>{@link RowId} sits on at most one component ({@code [StreamTableDuplicateRowId]}), a {@code
 *       long} ({@code [StreamTableRowIdType]}), without {@link ColumnName} ({@code
 *       [StreamTableRowIdWithColumn]});
 *   <li>column names follow the same rules as table names, and do not start with {@code __pgt_},
 *       which pg_trickle reserves, except through {@link RowId} ({@code
 *       [StreamTableReservedColumn]});
 *   <li>no other type already has the DAO's name ({@code [StreamTableCannotWrite]}).
 * </ul>
 *
 * <p>Names are used exactly as written, quoted in every statement: pg_trickle stores the name given
 * to {@code create_stream_table} without folding case, so {@code OrderTotals} and {@code
 * order_totals} are different tables.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface StreamTableView {

  /**
   * The stream table's name exactly as stored in {@code pgtrickle.pgt_stream_tables.pgt_name}.
   * Default: the record's simple name in snake_case ({@code OrderTotals} reads {@code
   * order_totals}).
   */
  String name() default "";

  /** The stream table's schema exactly as stored. Default: {@code public}. */
  String schema() default "public";

  /**
   * The staleness budget of this DAO's fresh reads ({@code query().listFresh()}): how old the data
   * may be, measured on the server's clock from the start of the table's last refresh of any kind
   * ({@code last_refresh_at}). Written in pg_trickle's own duration grammar, the one of its {@code
   * schedule} parameter: whole seconds ({@code "30"}), or numbers with the units {@code s}, {@code
   * m}, {@code h}, {@code d} and {@code w} ({@code "30s"}, {@code "5m"}, {@code "1h30m"}). Default:
   * empty, no budget, so fresh reads are judged against the table's own duration schedule. A value
   * that is not a duration is a compile error ({@code [StreamTableInvalidMaxStaleness]}).
   */
  String maxStaleness() default "";
}
