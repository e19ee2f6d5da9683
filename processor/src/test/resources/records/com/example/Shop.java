package com.example;

import dev.pgtrickle.dao.annotations.ColumnName;
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
      @ColumnName("user") String user,
      @ColumnName("OrderTotals") long orderTotals,
      @ColumnName("net \"total\" <&> @a {b} */ \\u0041") BigDecimal net,
      Kind kind,
      String row,
      String statement,
      String connection,
      String dataSource,
      String Rows,
      long count) {}
}
