// tag::quickstart-read[]
package dev.pgtrickle.dao.it.docs.quickstart;

import dev.pgtrickle.dao.runtime.Freshness;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;

/** Reads the stream table public.order_totals through the generated OrderTotalsDao. */
public final class OrderReport {
  private final OrderTotalsDao dao; // generated beside the record

  public OrderReport(DataSource dataSource) {
    this.dao = new OrderTotalsDao(dataSource); // or let your container inject it
  }

  /** Every region, the largest total first. */
  public List<OrderTotals> largestFirst() {
    return dao.findAll(OrderTotalsDao.TOTAL.desc().nullsLast());
  }

  /** One region's row; the value is always a bind parameter. */
  public List<OrderTotals> region(String region) {
    return dao.query().where(OrderTotalsDao.REGION.eq(region)).list();
  }

  /** Regions with more than {@code orders} orders, read through a server-side cursor. */
  public long busyRegions(long orders) {
    try (Stream<OrderTotals> rows = dao.streamAll()) { // close streams: they hold a connection
      return rows.filter(row -> row.orderCount() > orders).count();
    }
  }

  /** How old the rows are, by the server's clock: one catalog query. */
  public Duration age() {
    Freshness freshness = dao.freshness();
    return freshness.age();
  }

  // dao.save(row) does not compile: a DAO has no method that writes.
}
// end::quickstart-read[]
