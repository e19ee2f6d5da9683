package dev.pgtrickle.dao.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pgtrickle.dao.runtime.Column;
import dev.pgtrickle.dao.runtime.FakeJdbc;
import dev.pgtrickle.dao.runtime.StreamTableName;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

/**
 * The API's column types are interfaces; a query takes only the runtime's own columns, the
 * constants of generated DAOs, and says so for any other implementation before touching the
 * database.
 */
class ForeignColumnTest {
  record Row(String region) {}

  private static final StreamTableName TABLE = StreamTableName.of("public", "rows");

  @Test
  void aQueryRefusesAColumnThatIsNotAGeneratedConstant() {
    FakeJdbc jdbc = new FakeJdbc();
    TypedSelect<Row> all =
        TypedSelect.from(
            ConnectionSource.of(jdbc.dataSource()),
            TABLE,
            "SELECT \"region\" FROM \"public\".\"rows\"",
            row -> new Row(row.getString(1)));
    @SuppressWarnings("unchecked")
    Column<Row, String> foreign =
        (Column<Row, String>)
            Proxy.newProxyInstance(
                Column.class.getClassLoader(),
                new Class<?>[] {Column.class},
                (proxy, method, args) -> method.getName().equals("toString") ? "handmade" : null);

    IllegalArgumentException min =
        assertThrows(IllegalArgumentException.class, () -> all.min(foreign));
    assertTrue(
        min.getMessage().contains("handmade")
            && min.getMessage().contains("not a generated DAO's column constant"),
        min.getMessage());
    assertThrows(IllegalArgumentException.class, () -> all.count(foreign));
    assertEquals(0, jdbc.prepared().size(), "refused before any statement");
  }

  @Test
  void theFactoriesColumnsAreAccepted() {
    TypedColumn<Row, String> region = Columns.ofString("region");
    assertSame(region, TypedColumn.of(region));
  }
}
