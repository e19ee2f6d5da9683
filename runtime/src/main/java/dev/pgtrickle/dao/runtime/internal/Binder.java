package dev.pgtrickle.dao.runtime.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Sets the bind parameters of a prepared statement. */
@FunctionalInterface
public interface Binder {
  /** A binder for statements without parameters. */
  Binder NONE = statement -> {};

  /** Sets every parameter of {@code statement}. */
  void bind(PreparedStatement statement) throws SQLException;
}
