package dev.pgtrickle.dao.runtime;

import dev.pgtrickle.dao.runtime.internal.ServerCheck;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import javax.sql.DataSource;

/**
 * A scripted JDBC driver for unit tests: records every statement prepared and every parameter set,
 * answers queries with rows queued in advance, and counts what was opened and closed.
 */
public final class FakeJdbc {
  /** What {@code ReadOnly} puts before and after a statement it pipelines. */
  private static final String BEGIN = "BEGIN READ ONLY;\n";

  private static final String COMMIT = "\n;COMMIT";

  private final List<String> prepared = new ArrayList<>();
  private final List<String> binds = new ArrayList<>();
  private final Deque<Object[][]> results = new ArrayDeque<>();
  private SQLException failure;
  private int open;
  private boolean autoCommit = true;
  private boolean readOnly;
  private final List<String> transactions = new ArrayList<>();
  private String pgTrickleVersion = "0.108.3";
  private int serverChecks;

  /**
   * What {@code pgtrickle.version()} returns to {@code ServerCheck.SQL}, which this driver answers
   * by itself (not from the queued results, and not listed in {@link #prepared()}).
   */
  public FakeJdbc pgTrickleVersion(String version) {
    this.pgTrickleVersion = version;
    return this;
  }

  /** How often {@code ServerCheck.SQL} ran. */
  public int serverChecks() {
    return serverChecks;
  }

  /** Queues the rows of the next query's result. */
  public FakeJdbc returning(Object[]... rows) {
    results.add(rows);
    return this;
  }

  /** Makes every query fail with {@code failure}. */
  public FakeJdbc failing(SQLException failure) {
    this.failure = failure;
    return this;
  }

  /** The statements prepared, in order. */
  public List<String> prepared() {
    return prepared;
  }

  /** The parameters set, as {@code setLong(2, 5)}, in order. */
  public List<String> binds() {
    return binds;
  }

  /**
   * The transaction calls made, as {@code setAutoCommit(false)} or {@code commit}, in order; a
   * pipelined {@code BEGIN READ ONLY; ...; COMMIT} adds {@code BEGIN READ ONLY} and {@code COMMIT}
   * (or, when it fails, only the first), and a {@code ROLLBACK} statement {@code ROLLBACK}.
   */
  public List<String> transactions() {
    return transactions;
  }

  /** Whether connections are in auto-commit mode now. */
  public boolean autoCommit() {
    return autoCommit;
  }

  /** Whether connections are read-only now. */
  public boolean readOnly() {
    return readOnly;
  }

  /** How many connections, statements and result sets are open. */
  public int open() {
    return open;
  }

  public DataSource dataSource() {
    return proxy(
        DataSource.class,
        (self, method, args) -> {
          if (method.getName().equals("getConnection") && args == null) {
            return connection();
          }
          throw unsupported(method.getName());
        });
  }

  public Connection connection() {
    open++;
    boolean[] closed = {false};
    Connection[] connection = new Connection[1];
    connection[0] =
        proxy(
            Connection.class,
            (self, method, args) -> {
              switch (method.getName()) {
                case "prepareStatement":
                  String sql = (String) args[0];
                  if (sql.equals(ServerCheck.SQL)) {
                    serverChecks++;
                    return serverCheck(connection[0]);
                  }
                  boolean pipelined = sql.startsWith(BEGIN) && sql.endsWith(COMMIT);
                  prepared.add(
                      pipelined
                          ? sql.substring(BEGIN.length(), sql.length() - COMMIT.length())
                          : sql);
                  return statement(connection[0], pipelined);
                case "createStatement":
                  return plainStatement();
                case "createArrayOf":
                  return array((String) args[0], (Object[]) args[1]);
                case "getAutoCommit":
                  return autoCommit;
                case "setAutoCommit":
                  autoCommit = (Boolean) args[0];
                  transactions.add("setAutoCommit(" + autoCommit + ")");
                  return null;
                case "isReadOnly":
                  return readOnly;
                case "setReadOnly":
                  readOnly = (Boolean) args[0];
                  transactions.add("setReadOnly(" + readOnly + ")");
                  return null;
                case "commit":
                case "rollback":
                  transactions.add(method.getName());
                  return null;
                case "close":
                  return close(closed);
                case "toString":
                  return "FakeConnection";
                default:
                  throw unsupported(method.getName());
              }
            });
    return connection[0];
  }

  /** A statement that runs only {@code ROLLBACK}. */
  private java.sql.Statement plainStatement() {
    open++;
    boolean[] closed = {false};
    return proxy(
        java.sql.Statement.class,
        (self, method, args) -> {
          switch (method.getName()) {
            case "execute":
              if (!"ROLLBACK".equals(args[0])) {
                throw unsupported("execute(" + args[0] + ")");
              }
              transactions.add("ROLLBACK");
              return false;
            case "close":
              return close(closed);
            default:
              throw unsupported(method.getName());
          }
        });
  }

  private PreparedStatement serverCheck(Connection connection) {
    open++;
    boolean[] closed = {false};
    return proxy(
        PreparedStatement.class,
        (self, method, args) -> {
          switch (method.getName()) {
            case "executeQuery":
              if (failure != null) {
                throw failure;
              }
              return resultSet(new Object[][] {{pgTrickleVersion, false}});
            case "getConnection":
              return connection;
            case "close":
              return close(closed);
            default:
              throw unsupported(method.getName());
          }
        });
  }

  private PreparedStatement statement(Connection connection, boolean pipelined) {
    open++;
    boolean[] closed = {false};
    ResultSet[] pending = {null};
    int[] resultsSeen = {0};
    return proxy(
        PreparedStatement.class,
        (self, method, args) -> {
          String name = method.getName();
          if (name.startsWith("set")
              && args != null
              && args.length == 2
              && args[0] instanceof Integer) {
            Object value = args[1];
            String shown =
                value instanceof byte[] bytes ? Arrays.toString(bytes) : String.valueOf(value);
            binds.add(name + "(" + args[0] + ", " + shown + ")");
            return null;
          }
          switch (name) {
            case "setFetchSize":
              return null;
            case "getConnection":
              return connection;
            case "executeQuery":
              if (pipelined) {
                throw unsupported("executeQuery on a pipelined statement");
              }
              if (failure != null) {
                throw failure;
              }
              return nextResult();
            case "execute":
              if (!pipelined) {
                throw unsupported("execute on a plain statement");
              }
              transactions.add("BEGIN READ ONLY");
              if (failure != null) {
                throw failure;
              }
              pending[0] = nextResult();
              transactions.add("COMMIT");
              return false;
            case "getMoreResults":
              return ++resultsSeen[0] == 1;
            case "getResultSet":
              return resultsSeen[0] == 1 ? pending[0] : null;
            case "close":
              return close(closed);
            default:
              throw unsupported(name);
          }
        });
  }

  /** Counts a resource closed, once however often it is closed; for a proxy's {@code close}. */
  private Object close(boolean[] closed) {
    if (!closed[0]) {
      closed[0] = true;
      open--;
    }
    return null;
  }

  private ResultSet nextResult() {
    return resultSet(results.isEmpty() ? new Object[0][] : results.remove());
  }

  private ResultSet resultSet(Object[][] rows) {
    open++;
    int[] position = {-1};
    boolean[] wasNull = {false};
    boolean[] closed = {false};
    return proxy(
        ResultSet.class,
        (self, method, args) -> {
          String name = method.getName();
          switch (name) {
            case "next":
              position[0]++;
              return position[0] < rows.length;
            case "wasNull":
              return wasNull[0];
            case "getRow":
              return position[0] < 0 || position[0] >= rows.length ? 0 : position[0] + 1;
            case "getMetaData":
              int columns = rows.length == 0 ? 0 : rows[0].length;
              return proxy(
                  java.sql.ResultSetMetaData.class,
                  (meta, metaMethod, metaArgs) -> {
                    switch (metaMethod.getName()) {
                      case "getColumnCount":
                        return columns;
                      case "getColumnType":
                        return jdbcType(rows, (Integer) metaArgs[0]);
                      case "getColumnTypeName":
                        return "fake" + jdbcType(rows, (Integer) metaArgs[0]);
                      default:
                        throw unsupported(metaMethod.getName());
                    }
                  });
            case "close":
              return close(closed);
            default:
              break;
          }
          if (!name.startsWith("get") || args == null) {
            throw unsupported(name);
          }
          Object value = rows[position[0]][(Integer) args[0] - 1];
          wasNull[0] = value == null;
          switch (name) {
            case "getLong":
              return value == null ? 0L : ((Number) value).longValue();
            case "getInt":
              return value == null ? 0 : ((Number) value).intValue();
            case "getShort":
              return value == null ? (short) 0 : ((Number) value).shortValue();
            case "getFloat":
              return value == null ? 0f : ((Number) value).floatValue();
            case "getDouble":
              return value == null ? 0d : ((Number) value).doubleValue();
            case "getBoolean":
              return value != null && (Boolean) value;
            case "getBigDecimal":
              return value == null ? null : new BigDecimal(value.toString());
            case "getString":
              return value == null ? null : value.toString();
            case "getObject":
              return args.length == 2 ? ((Class<?>) args[1]).cast(value) : value;
            default:
              throw unsupported(name);
          }
        });
  }

  /** The JDBC type pgjdbc would report for the first non-null value of column {@code index}. */
  private static int jdbcType(Object[][] rows, int index) {
    for (Object[] row : rows) {
      Object value = row[index - 1];
      if (value instanceof Long) {
        return java.sql.Types.BIGINT;
      } else if (value instanceof Integer) {
        return java.sql.Types.INTEGER;
      } else if (value instanceof Short) {
        return java.sql.Types.SMALLINT;
      } else if (value instanceof BigDecimal || value instanceof java.math.BigInteger) {
        return java.sql.Types.NUMERIC;
      } else if (value instanceof Float) {
        return java.sql.Types.REAL;
      } else if (value instanceof Double) {
        return java.sql.Types.DOUBLE;
      } else if (value instanceof Boolean) {
        return java.sql.Types.BIT;
      } else if (value != null) {
        return java.sql.Types.VARCHAR;
      }
    }
    return java.sql.Types.NULL;
  }

  private static Array array(String type, Object[] elements) {
    String shown =
        type + Arrays.deepToString(elements) + " as " + elements.getClass().getSimpleName();
    return proxy(
        Array.class,
        (self, method, args) -> {
          if (method.getName().equals("toString")) {
            return shown;
          }
          throw unsupported(method.getName());
        });
  }

  private static <T> T proxy(Class<T> type, InvocationHandler handler) {
    return type.cast(
        Proxy.newProxyInstance(FakeJdbc.class.getClassLoader(), new Class<?>[] {type}, handler));
  }

  private static UnsupportedOperationException unsupported(String method) {
    return new UnsupportedOperationException("FakeJdbc does not script " + method);
  }
}
