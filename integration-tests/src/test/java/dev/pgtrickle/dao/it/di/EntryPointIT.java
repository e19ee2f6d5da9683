package dev.pgtrickle.dao.it.di;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.it.model.OrderTotalsDao;
import dev.pgtrickle.dao.runtime.StreamTableDao;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Without a container: the generated {@code StreamTableDaos.create(dataSource)} of a package. */
class EntryPointIT {
  @RegisterExtension static final SalesFixture SALES = new SalesFixture("entry_point_it");

  @Test
  void theEntryPointGivesEveryDaoOfItsPackage() {
    dev.pgtrickle.dao.it.model.StreamTableDaos daos =
        dev.pgtrickle.dao.it.model.StreamTableDaos.create(SALES.pool());

    OrderTotalsDao orderTotals = daos.orderTotalsDao();
    SalesFixture.assertSampleTotals(orderTotals.findAll());
    assertSame(orderTotals, daos.orderTotalsDao(), "created once");
    assertTrue(daos.all().contains(orderTotals));
    assertTrue(daos.all().contains(daos.liveTotalsDao()));
    Set<Class<?>> classes = new HashSet<>();
    for (StreamTableDao<?> dao : daos.all()) {
      assertEquals(OrderTotalsDao.class.getPackage(), dao.getClass().getPackage());
      assertTrue(classes.add(dao.getClass()), "one DAO per record: " + dao.getClass());
    }
  }

  @Test
  void eachPackageHasItsOwn() {
    // tag::entry-point[]
    StreamTableDaos daos = StreamTableDaos.create(SALES.pool());

    List<StreamTableDao<?>> all = daos.all();
    // end::entry-point[]
    assertEquals(List.of(daos.customerSummaryDao()), all);
    assertEquals(4, daos.customerSummaryDao().count());
  }

  @Test
  void aNullDataSourceIsRefused() {
    DataSource none = null;
    assertThrows(NullPointerException.class, () -> StreamTableDaos.create(none));
  }
}
