package dev.pgtrickle.dao.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Maps a {@code long} component to the stream table's {@code __pgt_row_id} column.
 *
 * <p><strong>Row ids are internal to pg_trickle.</strong> They are hashes of the row's key
 * columns, may be negative, are not guaranteed unique (keyless sources and partitioned tables can
 * repeat them), and change when a row's key changes or the table is reinitialised. Use them to tell
 * rows apart within one read, never as a stable business key or in a URL.
 *
 * <p>At most one component per record; it must be a primitive {@code long} and must not also carry
 * {@link Column}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface RowId {}
