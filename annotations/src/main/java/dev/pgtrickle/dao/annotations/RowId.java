package dev.pgtrickle.dao.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Maps a component of type {@code dev.pgtrickle.dao.runtime.RowIdentity} to the stream table's
 * {@code __pgt_row_id} column, a {@code bytea NOT NULL} since pg_trickle 0.87.16 (row identity V2;
 * it was a {@code bigint} hash before, and {@code @RowId long} is now a compile error).
 *
 * <p><strong>Row ids are internal to pg_trickle.</strong> They encode the row's key columns in the
 * extension's own format, are not guaranteed unique (keyless sources and partitioned tables can
 * repeat them), and change when a row's key changes or the table is rebuilt. Use them to tell rows
 * apart within one read, never as a stable business key or in a URL.
 *
 * <p>At most one component per record; it must be a {@code RowIdentity} and must not also carry
 * {@link ColumnName}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface RowId {}
