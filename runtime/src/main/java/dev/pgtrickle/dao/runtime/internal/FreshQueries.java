package dev.pgtrickle.dao.runtime.internal;

import dev.pgtrickle.dao.runtime.Fresh;
import dev.pgtrickle.dao.runtime.Freshness;
import dev.pgtrickle.dao.runtime.ReadPolicy;
import dev.pgtrickle.dao.runtime.StreamTableException;
import dev.pgtrickle.dao.runtime.StreamTableName;
import dev.pgtrickle.dao.runtime.StreamTableNotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Runs fresh reads: statements rendered by {@link FreshSql}, whose rows carry the stream table's
 * catalog row. Every JDBC resource is closed on every path and every failure is translated.
 */
public final class FreshQueries {
  /** How often a read on a connection from the pool is tried. */
  private static final int READ_ATTEMPTS = 3;

  private FreshQueries() {}

  /**
   * Runs {@code freshSql} on a connection of {@code source}; returns the mapped rows and their
   * freshness, judged against the table's schedule. On the pool's connections a read that meets a
   * transaction the pool handed out open ({@link Failures#isSnapshotTooOld}) is tried again, up to
   * {@value #READ_ATTEMPTS} times; on the caller's connection the caller's transaction decides.
   *
   * @throws StreamTableNotFoundException if the table is not in pg_trickle's catalog
   */
  public static <T> Fresh<List<T>> list(
      ConnectionSource source,
      StreamTableName table,
      ServerCheck server,
      String freshSql,
      Binder binder,
      RowMapper<T> mapper) {
    int attempts = source.closesConnections() ? READ_ATTEMPTS : 1;
    for (int attempt = 1; ; attempt++) {
      try {
        return source.run(
            connection -> {
              server.verify(connection, table);
              return ReadOnly.query(
                  connection,
                  freshSql,
                  source.pipelined(freshSql),
                  binder,
                  rows -> read(rows, table, freshSql, mapper));
            });
      } catch (SQLException e) {
        throw translate(table, freshSql, e);
      } catch (StreamTableException e) {
        // Only a transaction the pool handed out open can get here; a new one reads correctly.
        if (!Failures.isSnapshotTooOld(e) || attempt == attempts) {
          throw e;
        }
      }
    }
  }

  /**
   * A fresh read under {@code policy} (see {@link ReadPolicy#read}); a policy without a budget of
   * its own takes {@code budget}, the DAO's declared one, when there is one.
   */
  public static <T> Fresh<List<T>> list(
      ConnectionSource source,
      StreamTableName table,
      ServerCheck server,
      String freshSql,
      Binder binder,
      RowMapper<T> mapper,
      ReadPolicy policy,
      Duration budget) {
    return withDefault(policy, budget)
        .read(() -> list(source, table, server, freshSql, binder, mapper));
  }

  /** {@code policy}, with {@code budget} if the policy has no budget of its own. */
  public static ReadPolicy withDefault(ReadPolicy policy, Duration budget) {
    Objects.requireNonNull(policy, "policy");
    return budget == null || policy.maxStaleness().isPresent()
        ? policy
        : policy.withMaxStaleness(budget);
  }

  private static <T> Fresh<List<T>> read(
      ResultSet rows, StreamTableName table, String freshSql, RowMapper<T> mapper)
      throws SQLException {
    if (!rows.next()) {
      throw Failures.notInCatalog(table, freshSql, "");
    }
    int rewritten = rows.getMetaData().getColumnCount();
    if (rows.getBoolean(rewritten)) {
      throw Failures.snapshotTooOld(table, freshSql);
    }
    int firstCatalogColumn = rewritten - FreshnessQuery.COLUMN_COUNT;
    int marker = firstCatalogColumn - 1;
    Freshness freshness = FreshnessQuery.map(table, rows, firstCatalogColumn);
    List<T> values = new ArrayList<>();
    do {
      rows.getBoolean(marker);
      if (!rows.wasNull()) {
        values.add(mapper.map(rows));
      }
    } while (rows.next());
    return Fresh.of(Collections.unmodifiableList(values), freshness);
  }

  private static StreamTableException translate(StreamTableName table, String sql, SQLException e) {
    if (Failures.UNDEFINED_TABLE.equals(e.getSQLState())) {
      return new StreamTableNotFoundException(
          table,
          "stream table "
              + table
              + " or pg_trickle's catalog does not exist: "
              + e.getMessage()
              + ". Check @StreamTableView's name and schema, that the stream table was created,"
              + " and that pg_trickle is installed in this database",
          sql,
          e.getSQLState(),
          e);
    }
    return Failures.translate(
        Failures.Path.FRESHNESS,
        table,
        "reading stream table " + table + " with its freshness",
        sql,
        e);
  }
}
