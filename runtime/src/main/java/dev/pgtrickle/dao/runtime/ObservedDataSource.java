package dev.pgtrickle.dao.runtime;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} that carries a {@link StreamTableObserver}: made by {@link
 * StreamTableObserver#observe}, it hands out its delegate's connections unchanged.
 */
final class ObservedDataSource implements DataSource {
  private final DataSource delegate;
  private final StreamTableObserver observer;

  ObservedDataSource(DataSource delegate, StreamTableObserver observer) {
    this.delegate = delegate;
    this.observer = observer;
  }

  DataSource delegate() {
    return delegate;
  }

  StreamTableObserver observer() {
    return observer;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return delegate.getConnection();
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return delegate.getConnection(username, password);
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return delegate.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    delegate.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    delegate.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return delegate.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return delegate.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return type.isInstance(delegate) ? type.cast(delegate) : delegate.unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return type.isInstance(delegate) || delegate.isWrapperFor(type);
  }

  @Override
  public String toString() {
    return "observed " + delegate;
  }
}
