package dev.pgtrickle.dao.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the stream-table column a record component maps to. Without it, a component maps to its
 * name in snake_case ({@code orderCount} reads {@code order_count}).
 *
 * <p>The name is used exactly as written and quoted in SQL, so reserved words ({@code order},
 * {@code user}) and mixed case ({@code "Total"}) work. It must not be empty, must be at most 63
 * bytes in UTF-8, must not contain control characters, and must not start with {@code __pgt_}
 * (pg_trickle's internal columns; map {@code __pgt_row_id} with {@link RowId}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface ColumnName {
  /** The column's name exactly as stored. */
  String value();
}
