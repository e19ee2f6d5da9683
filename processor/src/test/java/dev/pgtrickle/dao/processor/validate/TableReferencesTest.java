package dev.pgtrickle.dao.processor.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pgtrickle.dao.processor.validate.TableReferences.Reference;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The tables a defining query reads in FROM and JOIN, at any depth. */
class TableReferencesTest {
  private static String read(String sql) {
    List<String> names = new ArrayList<>();
    for (Reference reference : TableReferences.read(SqlTokens.of(sql))) {
      names.add(
          reference.schema() == null
              ? reference.name()
              : reference.schema() + "." + reference.name());
    }
    return String.join(",", names);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "SELECT a FROM orders|orders",
        "SELECT a FROM Sales.Orders o, \"Odd\".\"T x\" AS t, only u|sales.orders,Odd.T x,u",
        "SELECT a FROM a x JOIN b ON true LEFT JOIN LATERAL (SELECT 1 FROM c) y ON true|a,b,c",
        "SELECT a FROM (SELECT b FROM inner_t) s JOIN (d JOIN e USING (k)) ON true|inner_t,d,e",
        "WITH w AS (SELECT 1 FROM src) SELECT * FROM w|src",
        "WITH RECURSIVE r(n) AS NOT MATERIALIZED (SELECT 1 FROM a), s AS (SELECT 2) SELECT * FROM r,"
            + " s, public.r|a,public.r",
        "SELECT extract(year FROM d), substring(s FROM 2) FROM t|t",
        "SELECT a FROM generate_series(1, 3) g, t|t",
        "SELECT 'FROM fake' AS x, \"from\" FROM real_t -- FROM comment|real_t",
        "SELECT a FROM t WHERE x IN (SELECT y FROM u) UNION SELECT b FROM v|t,u,v",
        "SELECT a FROM t x(c1, c2), u|t,u"
      })
  void findsEveryTableReadInFromAndJoin(String sql, String expected) {
    assertEquals(expected, read(sql));
  }
}
