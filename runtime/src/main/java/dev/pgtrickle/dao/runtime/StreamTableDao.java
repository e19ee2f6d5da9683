package dev.pgtrickle.dao.runtime;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * What every generated DAO offers, for code that handles all stream tables alike (health checks,
 * admin pages, generic exporters). It has only reads: a stream table is written by pg_trickle
 * alone, and there is no way to write through a DAO.
 *
 * <p>Every method comes in two forms: one that takes a connection from the DAO's {@code DataSource}
 * and returns it before returning, and one that runs on the caller's {@link Connection}, inside the
 * caller's transaction (needed, for example, to read an IMMEDIATE table's changes before the
 * writing transaction commits). The second form never closes, commits or rolls back the caller's
 * connection.
 *
 * @param <T> the record type of one row
 */
public interface StreamTableDao<T> {

  /** The stream table this DAO reads. */
  StreamTableName streamTable();

  /** Returns every row, in no particular order. */
  List<T> findAll();

  /** Returns every row, in no particular order, read on {@code connection}. */
  List<T> findAll(Connection connection);

  /** Returns every row in the given order. */
  List<T> findAll(Order<T> order);

  /** Returns every row in the given order, read on {@code connection}. */
  List<T> findAll(Connection connection, Order<T> order);

  /**
   * Streams every row through a server-side cursor, fetching rows in batches, so tables larger than
   * the heap can be read. The stream holds a connection until it is closed: always use it in
   * try-with-resources.
   */
  Stream<T> streamAll();

  /**
   * Streams every row through a server-side cursor on the caller's connection. If the connection is
   * in auto-commit mode, auto-commit is switched off for the cursor and restored when the stream is
   * closed; the connection itself stays open. Close the stream (try-with-resources).
   */
  Stream<T> streamAll(Connection connection);

  /** Returns the number of rows. */
  long count();

  /** Returns the number of rows, counted on {@code connection}. */
  long count(Connection connection);

  /** Reads the table's freshness from pg_trickle's catalog, in one query. */
  Freshness freshness();

  /** Reads the table's freshness on {@code connection}. */
  Freshness freshness(Connection connection);

  /** Starts a typed query over the table; see {@link Select}. */
  Select<T> query();

  /**
   * This DAO reading on {@code connection}: every read of the returned DAO runs on it, inside the
   * caller's transaction, and leaves it open.
   */
  StreamTableDao<T> on(Connection connection);

  /**
   * The age of the data: {@link Freshness#age()} of a fresh {@link #freshness()} reading. Zero for
   * IMMEDIATE tables.
   */
  default Duration staleness() {
    return freshness().age();
  }
}
