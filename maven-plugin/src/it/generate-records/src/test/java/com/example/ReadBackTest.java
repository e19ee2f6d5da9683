package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.generated.CustomerStats;
import com.example.generated.CustomerStatsDao;
import com.example.generated.DailyRevenue;
import com.example.generated.DailyRevenueDao;
import com.example.generated.OrderTotals;
import com.example.generated.OrderTotalsDao;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** The generated records, turned into DAOs by the processor, read the stream tables back. */
class ReadBackTest {
  private static PGSimpleDataSource dataSource() {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(System.getProperty("pgtrickle.url"));
    dataSource.setUser(System.getProperty("pgtrickle.user"));
    dataSource.setPassword(System.getProperty("pgtrickle.password"));
    return dataSource;
  }

  @Test
  void orderTotals() {
    List<OrderTotals> rows = new OrderTotalsDao(dataSource()).findAll();
    assertEquals(4, rows.size());
    OrderTotals east =
        rows.stream().filter(r -> "East".equals(r.region())).findFirst().orElseThrow();
    assertEquals(2L, east.orderCount());
    assertEquals(new BigDecimal("105.49"), east.total());
  }

  @Test
  void dailyRevenue() {
    List<DailyRevenue> rows = new DailyRevenueDao(dataSource()).findAll();
    DailyRevenue first = rows.stream().min(Comparator.comparing(DailyRevenue::day)).orElseThrow();
    assertEquals(LocalDate.of(2026, 11, 1), first.day());
    assertEquals(new BigDecimal("109.99"), first.revenue());
  }

  @Test
  void customerStats() {
    CustomerStats alice =
        new CustomerStatsDao(dataSource())
            .findAll().stream()
                .filter(r -> r.customer().equals("alice"))
                .findFirst()
                .orElseThrow();
    assertEquals(List.of("East", "West"), alice.regions());
    assertEquals(2L, alice.orderCount());
  }
}
