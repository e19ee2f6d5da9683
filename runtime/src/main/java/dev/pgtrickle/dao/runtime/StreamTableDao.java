package dev.pgtrickle.dao.runtime;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What every generated DAO offers, for code that handles all stream tables alike (health checks,
 * admin pages, generic exporters): code written against this interface loses nothing a DAO has,
 * typed queries and fresh reads included. It has only reads: a stream table is written by
 * pg_trickle alone, and there is no way to write through a DAO.
 *
 * <p>Every read takes a connection from the DAO's {@code DataSource}, runs in a read-only
 * transaction and returns the connection before it returns (a stream, when it is closed). To read
 * on a connection of your own, inside your transaction (needed, for example, to read an IMMEDIATE
 * table's changes before the writing transaction commits), take {@link #on(Connection)} first:
 * {@code dao.on(connection).findAll()}, {@code dao.on(connection).query().where(...).list()}.
 *
 * <p>Fresh reads (rows together with the freshness of exactly these rows) are a step of the query:
 * {@code dao.query().listFresh()}, {@code dao.query().where(...).listFresh(ReadPolicy.fail())}.
 *
 * @param <T> the record type of one row
 */
public interface StreamTableDao<T> {

  /** The stream table this DAO reads. */
  StreamTableName streamTable();

  /**
   * The budget declared by the record's {@code @StreamTableView(maxStaleness = ...)}, by which its
   * fresh reads are judged, or empty when none is declared (then the table's own schedule is the
   * bound).
   */
  Optional<Duration> maxStaleness();

  /** Returns every row, in no particular order. */
  List<T> findAll();

  /** Returns every row, sorted by {@code sort}. */
  List<T> findAll(Sort<T> sort);

  /**
   * Streams every row through a server-side cursor, fetching rows in batches, so tables larger than
   * the heap can be read. The stream holds a connection until it is closed: always use it in
   * try-with-resources.
   */
  Stream<T> streamAll();

  /** Returns the number of rows. */
  long count();

  /** Reads the table's freshness from pg_trickle's catalog, in one query. */
  Freshness freshness();

  /**
   * The age of the data: {@link Freshness#age()} of a fresh {@link #freshness()} reading. Zero for
   * IMMEDIATE tables.
   */
  default Duration staleness() {
    return freshness().age();
  }

  /** Starts a typed query over the table; see {@link Select}. */
  Select<T> query();

  /**
   * This DAO, reading on {@code connection}: every read of the returned DAO (its queries and fresh
   * reads included) runs on the caller's connection, inside the caller's transaction if one is open
   * (else in a read-only transaction of its own), and never closes, commits or rolls it back. A
   * stream from it, in auto-commit mode, switches auto-commit off for its cursor and restores it
   * when closed. Costs one small allocation; as thread-safe as the connection.
   */
  StreamTableDao<T> on(Connection connection);
}
