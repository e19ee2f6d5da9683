package com.example;

import dev.pgtrickle.dao.annotations.Column;
import dev.pgtrickle.dao.annotations.StreamTableView;
import java.math.BigDecimal;

public final class Shop {
  private Shop() {}

  public enum Kind {
    RETAIL,
    WHOLESALE
  }

  @StreamTableView(name = "order", schema = "Sales")
  public record Order(
      @Column("user") String user,
      @Column("OrderTotals") long orderTotals,
      @Column("net \"total\" <&> @a {b} */ \\u0041") BigDecimal net,
      Kind kind,
      String row,
      String statement,
      String connection,
      String dataSource,
      String Rows,
      long count) {}
}
