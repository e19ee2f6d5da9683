package dev.pgtrickle.dao.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The SQL of a method of a {@link StreamTableRepository} interface: one read-only query ({@code
 * SELECT}, {@code WITH ... SELECT}, {@code VALUES} or {@code TABLE}), checked at compile time with
 * a tokenizer that understands PostgreSQL's quoting. Values are named parameters, {@code :region},
 * bound from the method parameters of the same name; every parameter must be used and every name
 * must be a parameter.
 *
 * <p>The statement runs exactly as written (its {@code ORDER BY} is the result's order), in a
 * read-only transaction, so a function that writes is rejected by PostgreSQL at run time. A method
 * returning a record, {@code List}, {@code Optional} or {@code Stream} of one may return the
 * repository's record or any other record (a projection) whose components match the select list:
 * one column per component, named like the component's column, in component order; checked at
 * compile time, with column types checked where the query reads the stream table's columns
 * directly, and on the first row otherwise. A lone {@code *} (or {@code t.*}) is spelled out as the
 * record's columns. A method returning a scalar ({@code long}, {@code int}, {@code double}, {@code
 * boolean}, {@code String}, {@code BigDecimal}, ... or an {@code Optional} of one) reads the first
 * column of the one row. A {@code null} argument is bound as SQL {@code NULL}, so {@code region =
 * :region} matches no row for it; write {@code region IS NOT DISTINCT FROM :region} for {@code IS
 * NULL} semantics.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Query {
  /** The SQL, with named parameters such as {@code :region}. */
  String value();
}
