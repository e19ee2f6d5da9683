package dev.pgtrickle.dao.runtime.internal;

import dev.pgtrickle.dao.runtime.Fresh;
import dev.pgtrickle.dao.runtime.Freshness;
import dev.pgtrickle.dao.runtime.ReadPolicy;
import dev.pgtrickle.dao.runtime.StreamTableException;
import dev.pgtrickle.dao.runtime.StreamTableName;
import dev.pgtrickle.dao.runtime.StreamTableNotFoundException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Runs fresh reads: statements rendered by {@link FreshSql}, whose rows carry the stream table's
 * catalog row. Every JDBC resource is closed on every path and every failure is translated.
 */
public final class FreshQueries {
  /** How often a read on a connection from a data source is tried. */
  private static final int READ_ATTEMPTS = 3;

  private FreshQueries() {}

  /**
   * Runs {@code freshSql} on a connection from {@code dataSource}; returns the mapped rows and
   * their freshness, judged against the table's schedule.
   *
   * @throws StreamTableNotFoundException if the table is not in pg_trickle's catalog
   */
  public static <T> Fresh<List<T>> list(
      DataSource dataSource,
      StreamTableName table,
      ServerCheck server,
      String freshSql,
      Binder binder,
      RowMapper<T> mapper) {
    for (int attempt = 1; ; attempt++) {
      try (Connection connection = dataSource.getConnection()) {
        server.verify(connection, table);
        return ReadOnly.query(
            connection, freshSql, binder, rows -> read(rows, table, freshSql, mapper));
      } catch (SQLException e) {
        throw translate(table, freshSql, e);
      } catch (StreamTableException e) {
        // Only a transaction the pool handed out open can get here; a new one reads correctly.
        if (!Failures.isSnapshotTooOld(e) || attempt == READ_ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  /**
   * Like {@link #list(DataSource, StreamTableName, ServerCheck, String, Binder, RowMapper)} on the
   * caller's connection.
   */
  public static <T> Fresh<List<T>> list(
      Connection connection,
      StreamTableName table,
      ServerCheck server,
      String freshSql,
      Binder binder,
      RowMapper<T> mapper) {
    server.verify(connection, table);
    try {
      return ReadOnly.query(
          connection, freshSql, binder, rows -> read(rows, table, freshSql, mapper));
    } catch (SQLException e) {
      throw translate(table, freshSql, e);
    }
  }

  /**
   * A fresh read judged against {@code budget} (a DAO's declared {@code maxStaleness}), or against
   * the table's schedule when it is null (none declared). Never throws for staleness.
   */
  public static <T> Fresh<List<T>> list(
      DataSource dataSource,
      StreamTableName table,
      ServerCheck server,
      String freshSql,
      Binder binder,
      RowMapper<T> mapper,
      Duration budget) {
    return list(dataSource, table, server, freshSql, binder, mapper).withMaxStaleness(budget);
  }

  /**
   * Like {@link #list(DataSource, StreamTableName, ServerCheck, String, Binder, RowMapper,
   * Duration)}, on the caller's connection.
   */
  public static <T> Fresh<List<T>> list(
      Connection connection,
      StreamTableName table,
      ServerCheck server,
      String freshSql,
      Binder binder,
      RowMapper<T> mapper,
      Duration budget) {
    return list(connection, table, server, freshSql, binder, mapper).withMaxStaleness(budget);
  }

  /**
   * A fresh read under {@code policy} (see {@link ReadPolicy#read}); a policy without a budget of
   * its own takes {@code budget}, the DAO's declared one, when there is one.
   */
  public static <T> Fresh<List<T>> list(
      DataSource dataSource,
      StreamTableName table,
      ServerCheck server,
      String freshSql,
      Binder binder,
      RowMapper<T> mapper,
      ReadPolicy policy,
      Duration budget) {
    return withDefault(policy, budget)
        .read(() -> list(dataSource, table, server, freshSql, binder, mapper));
  }

  /** A fresh read under {@code policy} on the caller's connection. */
  public static <T> Fresh<List<T>> list(
      Connection connection,
      StreamTableName table,
      ServerCheck server,
      String freshSql,
      Binder binder,
      RowMapper<T> mapper,
      ReadPolicy policy,
      Duration budget) {
    return withDefault(policy, budget)
        .read(() -> list(connection, table, server, freshSql, binder, mapper));
  }

  /** {@code policy}, with {@code budget} if the policy has no budget of its own. */
  public static ReadPolicy withDefault(ReadPolicy policy, Duration budget) {
    Objects.requireNonNull(policy, "policy");
    return budget == null || policy.maxStaleness().isPresent()
        ? policy
        : policy.withMaxStaleness(budget);
  }

  /**
   * A fresh {@code SELECT count(*)}: {@code freshSql} is {@link FreshSql} over a query that yields
   * one {@code bigint}.
   */
  public static Fresh<Long> count(
      DataSource dataSource,
      StreamTableName table,
      ServerCheck server,
      String freshSql,
      Binder binder) {
    return list(dataSource, table, server, freshSql, binder, FreshQueries::firstLong)
        .map(FreshQueries::single);
  }

  /** A fresh count on the caller's connection. */
  public static Fresh<Long> count(
      Connection connection,
      StreamTableName table,
      ServerCheck server,
      String freshSql,
      Binder binder) {
    return list(connection, table, server, freshSql, binder, FreshQueries::firstLong)
        .map(FreshQueries::single);
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

  private static Long firstLong(ResultSet row) throws SQLException {
    return row.getLong(1);
  }

  private static Long single(List<Long> counts) {
    return counts.isEmpty() ? 0L : counts.get(0);
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
