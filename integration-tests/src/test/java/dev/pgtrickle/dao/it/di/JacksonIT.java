package dev.pgtrickle.dao.it.di;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pgtrickle.dao.it.model.OrderTotals;
import dev.pgtrickle.dao.it.model.OrderTotalsDao;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Records returned by DAOs serialize with Jackson and come back equal: {@code BigDecimal} keeps its
 * scale, {@code OffsetDateTime} its instant and offset, {@code List} its order, and NULL columns
 * stay null.
 */
class JacksonIT {
  @RegisterExtension static final SalesFixture SALES = new SalesFixture("jackson_it");
  private static final ObjectMapper JSON = JsonMapper.create();

  private static List<CustomerSummary> customers() {
    List<CustomerSummary> customers =
        new CustomerSummaryDao(SALES.pool()).findAll(CustomerSummaryDao.CUSTOMER.asc());
    assertEquals(4, customers.size());
    return customers;
  }

  @Test
  void aRecordBecomesTheJsonAnApiWouldReturn() throws JsonProcessingException {
    CustomerSummary alice = customers().get(0);

    assertEquals(
        "{\"customer\":\"alice\",\"orderCount\":2,\"spent\":109.99,"
            + "\"lastOrderAt\":\"2026-11-01T11:00:00Z\",\"regions\":[\"East\",\"West\"]}",
        JSON.writeValueAsString(alice));
  }

  @Test
  void nullColumnsBecomeJsonNulls() throws JsonProcessingException {
    List<CustomerSummary> customers = customers();

    assertEquals(
        "{\"customer\":\"carol\",\"orderCount\":1,\"spent\":null,"
            + "\"lastOrderAt\":\"2026-11-02T12:00:00Z\",\"regions\":[\"North\"]}",
        JSON.writeValueAsString(customers.get(2)));
    assertEquals(
        "{\"customer\":\"dave\",\"orderCount\":1,\"spent\":42.00,"
            + "\"lastOrderAt\":\"2026-11-03T08:15:00Z\",\"regions\":null}",
        JSON.writeValueAsString(customers.get(3)));
  }

  @Test
  void recordsWithBigDecimalsTimesAndListsComeBackEqual() throws JsonProcessingException {
    List<CustomerSummary> customers = customers();

    List<CustomerSummary> back =
        JSON.readValue(JSON.writeValueAsString(customers), new TypeReference<>() {});

    assertEquals(customers, back);
    assertEquals(new BigDecimal("109.99"), back.get(0).spent());
    assertEquals(OffsetDateTime.parse("2026-11-01T11:00:00Z"), back.get(0).lastOrderAt());
    assertEquals(List.of("East", "West"), back.get(0).regions());
  }

  @Test
  void orderTotalsComeBackEqual() throws JsonProcessingException {
    List<OrderTotals> totals = new OrderTotalsDao(SALES.pool()).findAll();

    List<OrderTotals> back =
        JSON.readValue(JSON.writeValueAsString(totals), new TypeReference<List<OrderTotals>>() {});

    assertEquals(totals, back);
    back.sort(
        Comparator.comparing(OrderTotals::region, Comparator.nullsLast(Comparator.naturalOrder())));
    assertEquals(SalesFixture.SAMPLE_TOTALS, back);
  }
}
