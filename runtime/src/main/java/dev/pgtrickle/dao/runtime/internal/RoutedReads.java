package dev.pgtrickle.dao.runtime.internal;

import dev.pgtrickle.dao.runtime.ReplicaRouting;
import dev.pgtrickle.dao.runtime.StreamTableName;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The data source of one DAO's reads when its data source is a {@link ReplicaRouting}: each
 * connection is asked of the routing for the DAO's stream table and budget. Everything else is the
 * routing's (so the primary's).
 */
public final class RoutedReads implements DataSource {
  private final ReplicaRouting routing;
  private final StreamTableName table;
  private final Duration budget;

  RoutedReads(ReplicaRouting routing, StreamTableName table, Duration budget) {
    this.routing = routing;
    this.table = table;
    this.budget = budget;
  }

  /** The routing these reads go through. */
  public ReplicaRouting routing() {
    return routing;
  }

  /** The same reads with another budget. */
  RoutedReads withBudget(Duration otherBudget) {
    return new RoutedReads(routing, table, otherBudget);
  }

  @Override
  public Connection getConnection() throws SQLException {
    return routing.getConnection(table, budget, StandbyProbe.INSTANCE);
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return routing.getConnection(username, password);
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return routing.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    routing.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    routing.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return routing.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return routing.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return type.isInstance(this) ? type.cast(this) : routing.unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return type.isInstance(this) || routing.isWrapperFor(type);
  }

  @Override
  public String toString() {
    return "reads of "
        + table
        + " (budget "
        + (budget == null ? "own bound" : budget)
        + ") via "
        + routing;
  }
}
