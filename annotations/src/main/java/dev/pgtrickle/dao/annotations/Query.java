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
 * <p>A method returning the record, {@code List}, {@code Optional} or {@code Stream} of it reads
 * the record's columns by name from the query's result (it runs {@code SELECT <columns> FROM
 * (<query>) AS q}, so the query can select {@code *}); a method returning a scalar ({@code long},
 * {@code int}, {@code double}, {@code boolean}, {@code String}, {@code BigDecimal}, ... or an
 * {@code Optional} of one) reads the first column of the one row. It runs in a read-only
 * transaction, so a function that writes is rejected by PostgreSQL at run time.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Query {
  /** The SQL, with named parameters such as {@code :region}. */
  String value();
}
