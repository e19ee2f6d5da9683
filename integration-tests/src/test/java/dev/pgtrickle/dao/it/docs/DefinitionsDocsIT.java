package dev.pgtrickle.dao.it.docs;

import static dev.pgtrickle.dao.it.support.Definitions.creationOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pgtrickle.dao.definitions.StreamTableDefinitions;
import dev.pgtrickle.dao.it.support.AdminRole;
import dev.pgtrickle.dao.it.support.TestDatabase;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The stream-tables-as-code page's plain API (docs/stream-tables-as-code.md): the module's
 * definitions created, applied and dropped by a role with only the administrator's grants.
 */
class DefinitionsDocsIT {
  private TestDatabase db;
  private AdminRole admin;

  @BeforeEach
  void createDatabaseRoleAndOrders() throws SQLException {
    db = TestDatabase.create("definitions_docs_it");
    admin = AdminRole.create(db, "public", AdminRole.Grants.DEFINITIONS);
    db.execute("CREATE TABLE orders (id bigserial PRIMARY KEY, region text, amount numeric(10,2))");
    db.execute("ALTER TABLE orders OWNER TO " + admin.name());
  }

  @AfterEach
  void dropDatabaseAndRole() throws SQLException {
    try {
      db.close();
    } finally {
      admin.close();
    }
  }

  @Test
  void theDefinitionsAreCreatedAppliedAndDroppedInDependencyOrder() throws SQLException {
    DataSource adminDataSource = admin.dataSource();
    // tag::definitions-api[]
    StreamTableDefinitions definitions = StreamTableDefinitions.load();
    definitions.createMissing(adminDataSource); // create_stream_table_if_not_exists, in order
    definitions.apply(adminDataSource); // create_or_replace_stream_table (+ target freshness)
    // end::definitions-api[]

    assertEquals(List.of("public.order_totals", "public.top_regions"), creationOrder(db));

    // tag::definitions-drop[]
    definitions.dropAll(adminDataSource); // drop_stream_table, reverse order, missing skipped
    // end::definitions-drop[]

    assertEquals("0", db.scalar("SELECT count(*) FROM pgtrickle.pgt_stream_tables"));
  }
}
