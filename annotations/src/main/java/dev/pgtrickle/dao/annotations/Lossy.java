package dev.pgtrickle.dao.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Accepts that this component reads its column lossily: a column type that the compatibility rule
 * table lists as lossy for the component's type: {@code String} over a column that is not text,
 * such as {@code bigint} or {@code jsonb}, which reads the value's text form. Without it, the
 * schema checks (at build time against the snapshot or a live server, and at start-up) report such
 * a component as an error. It changes nothing about how the column is read, and a column type the
 * table says never reads stays an error.
 *
 * <pre>{@code
 * @StreamTableView(name = "order_totals")
 * record OrderTotalsText(String region, @Lossy String total) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface Lossy {}
