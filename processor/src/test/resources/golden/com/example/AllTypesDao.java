package com.example;

import com.example.status.Status;
import dev.pgtrickle.dao.runtime.AbstractStreamTableDao;
import dev.pgtrickle.dao.runtime.Column;
import dev.pgtrickle.dao.runtime.NumberColumn;
import dev.pgtrickle.dao.runtime.RowIdentity;
import dev.pgtrickle.dao.runtime.StreamTableName;
import dev.pgtrickle.dao.runtime.TextColumn;
import dev.pgtrickle.dao.runtime.UnexpectedNullException;
import dev.pgtrickle.dao.runtime.freshness.Fresh;
import dev.pgtrickle.dao.runtime.internal.FreshSql;
import dev.pgtrickle.dao.runtime.internal.Rows;
import dev.pgtrickle.dao.runtime.internal.ValueKind;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import javax.annotation.processing.Generated;
import javax.sql.DataSource;

/**
 * Read-only DAO for stream table {@code reporting.all_types}, generated from {@link AllTypes}.
 *
 * <p>It only reads: pg_trickle alone writes a stream table, so to change these rows,
 * write to the source tables of its defining query and let pg_trickle refresh it.
 * Every statement names its columns and binds every value as a parameter.
 * {@code findAll}, {@code streamAll} and {@code query} run
 *
 * <pre>
 * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
 *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
 *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
 *        "id", "payload", "status", "tags", "ids", "ranks"
 * FROM "reporting"."all_types"
 * </pre>
 *
 * and {@code count} runs
 *
 * <pre>
 * SELECT count(*)
 * FROM "reporting"."all_types"
 * </pre>
 *
 * <p>The reads every stream table has, freshness included, are inherited from
 * {@link AbstractStreamTableDao}; this class adds the finders of its own columns.
 *
 * <p>Thread-safe: the DAO holds nothing but its {@link DataSource}. Each method takes a
 * connection and returns it before it returns, except that a stream from
 * {@code streamAll()} holds its connection until the stream is closed. The methods
 * that take a {@link Connection} run on it and leave it open.
 */
@Generated("dev.pgtrickle.dao.processor.StreamTableProcessor")
@Named
@Singleton
public final class AllTypesDao extends AbstractStreamTableDao<AllTypes> {
  /**
   * The stream table this DAO reads: {@code reporting.all_types}.
   */
  public static final StreamTableName STREAM_TABLE = StreamTableName.of("reporting", "all_types");

  /**
   * Column {@code __pgt_row_id}, pg_trickle's row id, read into {@link AllTypes#rowId()}.
   */
  public static final Column<AllTypes, RowIdentity> ROW_ID = Column.ofRowId("__pgt_row_id");

  /**
   * Column {@code text}, read into {@link AllTypes#text()}.
   */
  public static final TextColumn<AllTypes> TEXT = Column.ofString("text");

  /**
   * Column {@code flag}, read into {@link AllTypes#flag()}.
   */
  public static final Column<AllTypes, Boolean> FLAG = Column.ofBoolean("flag");

  /**
   * Column {@code small}, read into {@link AllTypes#small()}.
   */
  public static final NumberColumn<AllTypes, Short, Long, BigDecimal> SMALL =
      Column.ofShort("small");

  /**
   * Column {@code count}, read into {@link AllTypes#count()}.
   */
  public static final NumberColumn<AllTypes, Integer, Long, BigDecimal> COUNT =
      Column.ofInteger("count");

  /**
   * Column {@code big}, read into {@link AllTypes#big()}.
   */
  public static final NumberColumn<AllTypes, Long, BigDecimal, BigDecimal> BIG =
      Column.ofLong("big");

  /**
   * Column {@code ratio}, read into {@link AllTypes#ratio()}.
   */
  public static final NumberColumn<AllTypes, Float, Float, Double> RATIO = Column.ofFloat("ratio");

  /**
   * Column {@code score}, read into {@link AllTypes#score()}.
   */
  public static final NumberColumn<AllTypes, Double, Double, Double> SCORE =
      Column.ofDouble("score");

  /**
   * Column {@code maybe_flag}, read into {@link AllTypes#maybeFlag()}.
   */
  public static final Column<AllTypes, Boolean> MAYBE_FLAG = Column.ofBoolean("maybe_flag");

  /**
   * Column {@code maybe_small}, read into {@link AllTypes#maybeSmall()}.
   */
  public static final NumberColumn<AllTypes, Short, Long, BigDecimal> MAYBE_SMALL =
      Column.ofShort("maybe_small");

  /**
   * Column {@code maybe_count}, read into {@link AllTypes#maybeCount()}.
   */
  public static final NumberColumn<AllTypes, Integer, Long, BigDecimal> MAYBE_COUNT =
      Column.ofInteger("maybe_count");

  /**
   * Column {@code maybe_big}, read into {@link AllTypes#maybeBig()}.
   */
  public static final NumberColumn<AllTypes, Long, BigDecimal, BigDecimal> MAYBE_BIG =
      Column.ofLong("maybe_big");

  /**
   * Column {@code maybe_ratio}, read into {@link AllTypes#maybeRatio()}.
   */
  public static final NumberColumn<AllTypes, Float, Float, Double> MAYBE_RATIO =
      Column.ofFloat("maybe_ratio");

  /**
   * Column {@code maybe_score}, read into {@link AllTypes#maybeScore()}.
   */
  public static final NumberColumn<AllTypes, Double, Double, Double> MAYBE_SCORE =
      Column.ofDouble("maybe_score");

  /**
   * Column {@code amount}, read into {@link AllTypes#amount()}.
   */
  public static final NumberColumn<AllTypes, BigDecimal, BigDecimal, BigDecimal> AMOUNT =
      Column.ofBigDecimal("amount");

  /**
   * Column {@code huge}, read into {@link AllTypes#huge()}.
   */
  public static final NumberColumn<AllTypes, BigInteger, BigDecimal, BigDecimal> HUGE =
      Column.ofBigInteger("huge");

  /**
   * Column {@code day}, read into {@link AllTypes#day()}.
   */
  public static final Column<AllTypes, LocalDate> DAY = Column.ofLocalDate("day");

  /**
   * Column {@code time}, read into {@link AllTypes#time()}.
   */
  public static final Column<AllTypes, LocalTime> TIME = Column.ofLocalTime("time");

  /**
   * Column {@code local_at}, read into {@link AllTypes#localAt()}.
   */
  public static final Column<AllTypes, LocalDateTime> LOCAL_AT = Column.ofLocalDateTime("local_at");

  /**
   * Column {@code offset_at}, read into {@link AllTypes#offsetAt()}.
   */
  public static final Column<AllTypes, OffsetDateTime> OFFSET_AT =
      Column.ofOffsetDateTime("offset_at");

  /**
   * Column {@code at}, read into {@link AllTypes#at()}.
   */
  public static final Column<AllTypes, Instant> AT = Column.ofInstant("at");

  /**
   * Column {@code id}, read into {@link AllTypes#id()}.
   */
  public static final Column<AllTypes, UUID> ID = Column.ofUuid("id");

  /**
   * Column {@code payload}, read into {@link AllTypes#payload()}.
   */
  public static final Column<AllTypes, byte[]> PAYLOAD = Column.ofBytes("payload");

  /**
   * Column {@code status}, read into {@link AllTypes#status()}.
   */
  public static final Column<AllTypes, Status> STATUS = Column.ofEnum("status", Status::valueOf);

  /**
   * Column {@code tags}, read into {@link AllTypes#tags()}.
   */
  public static final Column<AllTypes, List<String>> TAGS = Column.ofStringList("tags");

  /**
   * Column {@code ids}, read into {@link AllTypes#ids()}.
   */
  public static final Column<AllTypes, List<Long>> IDS = Column.ofLongList("ids");

  /**
   * Column {@code ranks}, read into {@link AllTypes#ranks()}.
   */
  public static final Column<AllTypes, List<Integer>> RANKS = Column.ofIntegerList("ranks");

  private static final String FIND_ALL = "SELECT \"__pgt_row_id\", \"text\", \"flag\", \"small\","
      + " \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\"";

  private static final String COUNT_ = "SELECT count(*) FROM \"reporting\".\"all_types\"";

  private static final String FIND_BY_ROW_ID = FIND_ALL + " WHERE \"__pgt_row_id\" = ?";

  private static final String FIND_BY_TEXT = FIND_ALL + " WHERE \"text\" = ?";

  private static final String FIND_BY_TEXT_NULL = FIND_ALL + " WHERE \"text\" IS NULL";

  private static final String FIND_BY_FLAG = FIND_ALL + " WHERE \"flag\" = ?";

  private static final String FIND_BY_SMALL = FIND_ALL + " WHERE \"small\" = ?";

  private static final String FIND_BY_COUNT = FIND_ALL + " WHERE \"count\" = ?";

  private static final String FIND_BY_BIG = FIND_ALL + " WHERE \"big\" = ?";

  private static final String FIND_BY_RATIO = FIND_ALL + " WHERE \"ratio\" = ?";

  private static final String FIND_BY_SCORE = FIND_ALL + " WHERE \"score\" = ?";

  private static final String FIND_BY_MAYBE_FLAG = FIND_ALL + " WHERE \"maybe_flag\" = ?";

  private static final String FIND_BY_MAYBE_FLAG_NULL = FIND_ALL + " WHERE \"maybe_flag\" IS NULL";

  private static final String FIND_BY_MAYBE_SMALL = FIND_ALL + " WHERE \"maybe_small\" = ?";

  private static final String FIND_BY_MAYBE_SMALL_NULL = FIND_ALL
      + " WHERE \"maybe_small\" IS NULL";

  private static final String FIND_BY_MAYBE_COUNT = FIND_ALL + " WHERE \"maybe_count\" = ?";

  private static final String FIND_BY_MAYBE_COUNT_NULL = FIND_ALL
      + " WHERE \"maybe_count\" IS NULL";

  private static final String FIND_BY_MAYBE_BIG = FIND_ALL + " WHERE \"maybe_big\" = ?";

  private static final String FIND_BY_MAYBE_BIG_NULL = FIND_ALL + " WHERE \"maybe_big\" IS NULL";

  private static final String FIND_BY_MAYBE_RATIO = FIND_ALL + " WHERE \"maybe_ratio\" = ?";

  private static final String FIND_BY_MAYBE_RATIO_NULL = FIND_ALL
      + " WHERE \"maybe_ratio\" IS NULL";

  private static final String FIND_BY_MAYBE_SCORE = FIND_ALL + " WHERE \"maybe_score\" = ?";

  private static final String FIND_BY_MAYBE_SCORE_NULL = FIND_ALL
      + " WHERE \"maybe_score\" IS NULL";

  private static final String FIND_BY_AMOUNT = FIND_ALL + " WHERE \"amount\" = ?";

  private static final String FIND_BY_AMOUNT_NULL = FIND_ALL + " WHERE \"amount\" IS NULL";

  private static final String FIND_BY_HUGE = FIND_ALL + " WHERE \"huge\" = ?";

  private static final String FIND_BY_HUGE_NULL = FIND_ALL + " WHERE \"huge\" IS NULL";

  private static final String FIND_BY_DAY = FIND_ALL + " WHERE \"day\" = ?";

  private static final String FIND_BY_DAY_NULL = FIND_ALL + " WHERE \"day\" IS NULL";

  private static final String FIND_BY_TIME = FIND_ALL + " WHERE \"time\" = ?";

  private static final String FIND_BY_TIME_NULL = FIND_ALL + " WHERE \"time\" IS NULL";

  private static final String FIND_BY_LOCAL_AT = FIND_ALL + " WHERE \"local_at\" = ?";

  private static final String FIND_BY_LOCAL_AT_NULL = FIND_ALL + " WHERE \"local_at\" IS NULL";

  private static final String FIND_BY_OFFSET_AT = FIND_ALL + " WHERE \"offset_at\" = ?";

  private static final String FIND_BY_OFFSET_AT_NULL = FIND_ALL + " WHERE \"offset_at\" IS NULL";

  private static final String FIND_BY_AT = FIND_ALL + " WHERE \"at\" = ?";

  private static final String FIND_BY_AT_NULL = FIND_ALL + " WHERE \"at\" IS NULL";

  private static final String FIND_BY_ID = FIND_ALL + " WHERE \"id\" = ?";

  private static final String FIND_BY_ID_NULL = FIND_ALL + " WHERE \"id\" IS NULL";

  private static final String FIND_BY_PAYLOAD = FIND_ALL + " WHERE \"payload\" = ?";

  private static final String FIND_BY_PAYLOAD_NULL = FIND_ALL + " WHERE \"payload\" IS NULL";

  private static final String FIND_BY_STATUS = FIND_ALL + " WHERE \"status\" = ?";

  private static final String FIND_BY_STATUS_NULL = FIND_ALL + " WHERE \"status\" IS NULL";

  private static final String FIND_BY_TAGS = FIND_ALL + " WHERE \"tags\" = ?";

  private static final String FIND_BY_TAGS_NULL = FIND_ALL + " WHERE \"tags\" IS NULL";

  private static final String FIND_BY_IDS = FIND_ALL + " WHERE \"ids\" = ?";

  private static final String FIND_BY_IDS_NULL = FIND_ALL + " WHERE \"ids\" IS NULL";

  private static final String FIND_BY_RANKS = FIND_ALL + " WHERE \"ranks\" = ?";

  private static final String FIND_BY_RANKS_NULL = FIND_ALL + " WHERE \"ranks\" IS NULL";

  private static final String FRESH_HEAD = FreshSql.HEAD + "'reporting'" + FreshSql.NAME_IS
      + "'all_types'" + FreshSql.DATA_HEAD;

  private static final String FIND_ALL_FRESH = FRESH_HEAD + FIND_ALL + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_ROW_ID = FRESH_HEAD + FIND_BY_ROW_ID
      + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_TEXT = FRESH_HEAD + FIND_BY_TEXT + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_TEXT_NULL = FRESH_HEAD + FIND_BY_TEXT_NULL
      + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_FLAG = FRESH_HEAD + FIND_BY_FLAG + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_SMALL = FRESH_HEAD + FIND_BY_SMALL + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_COUNT = FRESH_HEAD + FIND_BY_COUNT + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_BIG = FRESH_HEAD + FIND_BY_BIG + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_RATIO = FRESH_HEAD + FIND_BY_RATIO + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_SCORE = FRESH_HEAD + FIND_BY_SCORE + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_MAYBE_FLAG = FRESH_HEAD + FIND_BY_MAYBE_FLAG
      + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_MAYBE_FLAG_NULL = FRESH_HEAD + FIND_BY_MAYBE_FLAG_NULL
      + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_MAYBE_SMALL = FRESH_HEAD + FIND_BY_MAYBE_SMALL
      + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_MAYBE_SMALL_NULL = FRESH_HEAD + FIND_BY_MAYBE_SMALL_NULL
      + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_MAYBE_COUNT = FRESH_HEAD + FIND_BY_MAYBE_COUNT
      + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_MAYBE_COUNT_NULL = FRESH_HEAD + FIND_BY_MAYBE_COUNT_NULL
      + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_MAYBE_BIG = FRESH_HEAD + FIND_BY_MAYBE_BIG
      + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_MAYBE_BIG_NULL = FRESH_HEAD + FIND_BY_MAYBE_BIG_NULL
      + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_MAYBE_RATIO = FRESH_HEAD + FIND_BY_MAYBE_RATIO
      + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_MAYBE_RATIO_NULL = FRESH_HEAD + FIND_BY_MAYBE_RATIO_NULL
      + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_MAYBE_SCORE = FRESH_HEAD + FIND_BY_MAYBE_SCORE
      + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_MAYBE_SCORE_NULL = FRESH_HEAD + FIND_BY_MAYBE_SCORE_NULL
      + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_AMOUNT = FRESH_HEAD + FIND_BY_AMOUNT
      + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_AMOUNT_NULL = FRESH_HEAD + FIND_BY_AMOUNT_NULL
      + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_HUGE = FRESH_HEAD + FIND_BY_HUGE + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_HUGE_NULL = FRESH_HEAD + FIND_BY_HUGE_NULL
      + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_DAY = FRESH_HEAD + FIND_BY_DAY + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_DAY_NULL = FRESH_HEAD + FIND_BY_DAY_NULL
      + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_TIME = FRESH_HEAD + FIND_BY_TIME + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_TIME_NULL = FRESH_HEAD + FIND_BY_TIME_NULL
      + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_LOCAL_AT = FRESH_HEAD + FIND_BY_LOCAL_AT
      + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_LOCAL_AT_NULL = FRESH_HEAD + FIND_BY_LOCAL_AT_NULL
      + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_OFFSET_AT = FRESH_HEAD + FIND_BY_OFFSET_AT
      + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_OFFSET_AT_NULL = FRESH_HEAD + FIND_BY_OFFSET_AT_NULL
      + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_AT = FRESH_HEAD + FIND_BY_AT + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_AT_NULL = FRESH_HEAD + FIND_BY_AT_NULL
      + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_ID = FRESH_HEAD + FIND_BY_ID + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_ID_NULL = FRESH_HEAD + FIND_BY_ID_NULL
      + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_PAYLOAD = FRESH_HEAD + FIND_BY_PAYLOAD
      + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_PAYLOAD_NULL = FRESH_HEAD + FIND_BY_PAYLOAD_NULL
      + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_STATUS = FRESH_HEAD + FIND_BY_STATUS
      + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_STATUS_NULL = FRESH_HEAD + FIND_BY_STATUS_NULL
      + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_TAGS = FRESH_HEAD + FIND_BY_TAGS + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_TAGS_NULL = FRESH_HEAD + FIND_BY_TAGS_NULL
      + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_IDS = FRESH_HEAD + FIND_BY_IDS + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_IDS_NULL = FRESH_HEAD + FIND_BY_IDS_NULL
      + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_RANKS = FRESH_HEAD + FIND_BY_RANKS + FreshSql.DATA_TAIL;

  private static final String FIND_FRESH_BY_RANKS_NULL = FRESH_HEAD + FIND_BY_RANKS_NULL
      + FreshSql.DATA_TAIL;

  /**
   * Creates a DAO reading through {@code dataSource}.
   */
  @Inject
  public AllTypesDao(DataSource dataSource) {
    super(dataSource, STREAM_TABLE, FIND_ALL, COUNT_, FIND_ALL_FRESH, null, AllTypesDao::map);
  }

  /**
   * Returns the rows whose column {@code __pgt_row_id} equals {@code rowId}, in no particular
   * order.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "__pgt_row_id" = ?
   * </pre>
   */
  public List<AllTypes> findByRowId(RowIdentity rowId) {
    return find(FIND_BY_ROW_ID, ROW_ID, rowId);
  }

  /**
   * Returns the rows whose column {@code __pgt_row_id} equals {@code rowId}, in no particular
   * order, read on {@code connection}, which stays open.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "__pgt_row_id" = ?
   * </pre>
   */
  public List<AllTypes> findByRowId(Connection connection, RowIdentity rowId) {
    return find(connection, FIND_BY_ROW_ID, ROW_ID, rowId);
  }

  /**
   * {@code findByRowId} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}).
   * Judged against the table's own target_freshness or duration schedule (no {@code maxStaleness}
   * is declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to
   * fail on stale data.
   */
  public Fresh<List<AllTypes>> findFreshByRowId(RowIdentity rowId) {
    return findFresh(FIND_FRESH_BY_ROW_ID, ROW_ID, rowId);
  }

  /**
   * {@code findByRowId} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}),
   * on {@code connection}, which stays open. Judged against the table's own target_freshness or
   * duration schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the
   * result to {@code ReadPolicy.enforce} to fail on stale data.
   */
  public Fresh<List<AllTypes>> findFreshByRowId(Connection connection, RowIdentity rowId) {
    return findFresh(connection, FIND_FRESH_BY_ROW_ID, ROW_ID, rowId);
  }

  /**
   * Returns the rows whose column {@code text} equals {@code text}, in no particular order. A null
   * {@code text} finds the rows where the column IS NULL: the statement then ends in
   * {@code IS NULL}.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "text" = ?
   * </pre>
   */
  public List<AllTypes> findByText(String text) {
    return find(text == null ? FIND_BY_TEXT_NULL : FIND_BY_TEXT, TEXT, text);
  }

  /**
   * Returns the rows whose column {@code text} equals {@code text}, in no particular order, read on
   * {@code connection}, which stays open. A null {@code text} finds the rows where the column IS
   * NULL: the statement then ends in {@code IS NULL}.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "text" = ?
   * </pre>
   */
  public List<AllTypes> findByText(Connection connection, String text) {
    return find(connection, text == null ? FIND_BY_TEXT_NULL : FIND_BY_TEXT, TEXT, text);
  }

  /**
   * {@code findByText} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}).
   * Judged against the table's own target_freshness or duration schedule (no {@code maxStaleness}
   * is declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to
   * fail on stale data. A null {@code text} finds the rows where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByText(String text) {
    return findFresh(text == null ? FIND_FRESH_BY_TEXT_NULL : FIND_FRESH_BY_TEXT, TEXT, text);
  }

  /**
   * {@code findByText} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}),
   * on {@code connection}, which stays open. Judged against the table's own target_freshness or
   * duration schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the
   * result to {@code ReadPolicy.enforce} to fail on stale data. A null {@code text} finds the rows
   * where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByText(Connection connection, String text) {
    return findFresh(connection, text == null ? FIND_FRESH_BY_TEXT_NULL : FIND_FRESH_BY_TEXT, TEXT,
        text);
  }

  /**
   * Returns the rows whose column {@code flag} equals {@code flag}, in no particular order.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "flag" = ?
   * </pre>
   */
  public List<AllTypes> findByFlag(boolean flag) {
    return find(FIND_BY_FLAG, FLAG, flag);
  }

  /**
   * Returns the rows whose column {@code flag} equals {@code flag}, in no particular order, read on
   * {@code connection}, which stays open.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "flag" = ?
   * </pre>
   */
  public List<AllTypes> findByFlag(Connection connection, boolean flag) {
    return find(connection, FIND_BY_FLAG, FLAG, flag);
  }

  /**
   * {@code findByFlag} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}).
   * Judged against the table's own target_freshness or duration schedule (no {@code maxStaleness}
   * is declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to
   * fail on stale data.
   */
  public Fresh<List<AllTypes>> findFreshByFlag(boolean flag) {
    return findFresh(FIND_FRESH_BY_FLAG, FLAG, flag);
  }

  /**
   * {@code findByFlag} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}),
   * on {@code connection}, which stays open. Judged against the table's own target_freshness or
   * duration schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the
   * result to {@code ReadPolicy.enforce} to fail on stale data.
   */
  public Fresh<List<AllTypes>> findFreshByFlag(Connection connection, boolean flag) {
    return findFresh(connection, FIND_FRESH_BY_FLAG, FLAG, flag);
  }

  /**
   * Returns the rows whose column {@code small} equals {@code small}, in no particular order.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "small" = ?
   * </pre>
   */
  public List<AllTypes> findBySmall(short small) {
    return find(FIND_BY_SMALL, SMALL, small);
  }

  /**
   * Returns the rows whose column {@code small} equals {@code small}, in no particular order, read
   * on {@code connection}, which stays open.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "small" = ?
   * </pre>
   */
  public List<AllTypes> findBySmall(Connection connection, short small) {
    return find(connection, FIND_BY_SMALL, SMALL, small);
  }

  /**
   * {@code findBySmall} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}).
   * Judged against the table's own target_freshness or duration schedule (no {@code maxStaleness}
   * is declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to
   * fail on stale data.
   */
  public Fresh<List<AllTypes>> findFreshBySmall(short small) {
    return findFresh(FIND_FRESH_BY_SMALL, SMALL, small);
  }

  /**
   * {@code findBySmall} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}),
   * on {@code connection}, which stays open. Judged against the table's own target_freshness or
   * duration schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the
   * result to {@code ReadPolicy.enforce} to fail on stale data.
   */
  public Fresh<List<AllTypes>> findFreshBySmall(Connection connection, short small) {
    return findFresh(connection, FIND_FRESH_BY_SMALL, SMALL, small);
  }

  /**
   * Returns the rows whose column {@code count} equals {@code count}, in no particular order.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "count" = ?
   * </pre>
   */
  public List<AllTypes> findByCount(int count) {
    return find(FIND_BY_COUNT, COUNT, count);
  }

  /**
   * Returns the rows whose column {@code count} equals {@code count}, in no particular order, read
   * on {@code connection}, which stays open.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "count" = ?
   * </pre>
   */
  public List<AllTypes> findByCount(Connection connection, int count) {
    return find(connection, FIND_BY_COUNT, COUNT, count);
  }

  /**
   * {@code findByCount} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}).
   * Judged against the table's own target_freshness or duration schedule (no {@code maxStaleness}
   * is declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to
   * fail on stale data.
   */
  public Fresh<List<AllTypes>> findFreshByCount(int count) {
    return findFresh(FIND_FRESH_BY_COUNT, COUNT, count);
  }

  /**
   * {@code findByCount} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}),
   * on {@code connection}, which stays open. Judged against the table's own target_freshness or
   * duration schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the
   * result to {@code ReadPolicy.enforce} to fail on stale data.
   */
  public Fresh<List<AllTypes>> findFreshByCount(Connection connection, int count) {
    return findFresh(connection, FIND_FRESH_BY_COUNT, COUNT, count);
  }

  /**
   * Returns the rows whose column {@code big} equals {@code big}, in no particular order.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "big" = ?
   * </pre>
   */
  public List<AllTypes> findByBig(long big) {
    return find(FIND_BY_BIG, BIG, big);
  }

  /**
   * Returns the rows whose column {@code big} equals {@code big}, in no particular order, read on
   * {@code connection}, which stays open.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "big" = ?
   * </pre>
   */
  public List<AllTypes> findByBig(Connection connection, long big) {
    return find(connection, FIND_BY_BIG, BIG, big);
  }

  /**
   * {@code findByBig} with the freshness of exactly the rows it returns, read in the same statement
   * (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}). Judged
   * against the table's own target_freshness or duration schedule (no {@code maxStaleness} is
   * declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to fail
   * on stale data.
   */
  public Fresh<List<AllTypes>> findFreshByBig(long big) {
    return findFresh(FIND_FRESH_BY_BIG, BIG, big);
  }

  /**
   * {@code findByBig} with the freshness of exactly the rows it returns, read in the same statement
   * (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}), on
   * {@code connection}, which stays open. Judged against the table's own target_freshness or
   * duration schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the
   * result to {@code ReadPolicy.enforce} to fail on stale data.
   */
  public Fresh<List<AllTypes>> findFreshByBig(Connection connection, long big) {
    return findFresh(connection, FIND_FRESH_BY_BIG, BIG, big);
  }

  /**
   * Returns the rows whose column {@code ratio} equals {@code ratio}, in no particular order.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "ratio" = ?
   * </pre>
   */
  public List<AllTypes> findByRatio(float ratio) {
    return find(FIND_BY_RATIO, RATIO, ratio);
  }

  /**
   * Returns the rows whose column {@code ratio} equals {@code ratio}, in no particular order, read
   * on {@code connection}, which stays open.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "ratio" = ?
   * </pre>
   */
  public List<AllTypes> findByRatio(Connection connection, float ratio) {
    return find(connection, FIND_BY_RATIO, RATIO, ratio);
  }

  /**
   * {@code findByRatio} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}).
   * Judged against the table's own target_freshness or duration schedule (no {@code maxStaleness}
   * is declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to
   * fail on stale data.
   */
  public Fresh<List<AllTypes>> findFreshByRatio(float ratio) {
    return findFresh(FIND_FRESH_BY_RATIO, RATIO, ratio);
  }

  /**
   * {@code findByRatio} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}),
   * on {@code connection}, which stays open. Judged against the table's own target_freshness or
   * duration schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the
   * result to {@code ReadPolicy.enforce} to fail on stale data.
   */
  public Fresh<List<AllTypes>> findFreshByRatio(Connection connection, float ratio) {
    return findFresh(connection, FIND_FRESH_BY_RATIO, RATIO, ratio);
  }

  /**
   * Returns the rows whose column {@code score} equals {@code score}, in no particular order.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "score" = ?
   * </pre>
   */
  public List<AllTypes> findByScore(double score) {
    return find(FIND_BY_SCORE, SCORE, score);
  }

  /**
   * Returns the rows whose column {@code score} equals {@code score}, in no particular order, read
   * on {@code connection}, which stays open.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "score" = ?
   * </pre>
   */
  public List<AllTypes> findByScore(Connection connection, double score) {
    return find(connection, FIND_BY_SCORE, SCORE, score);
  }

  /**
   * {@code findByScore} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}).
   * Judged against the table's own target_freshness or duration schedule (no {@code maxStaleness}
   * is declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to
   * fail on stale data.
   */
  public Fresh<List<AllTypes>> findFreshByScore(double score) {
    return findFresh(FIND_FRESH_BY_SCORE, SCORE, score);
  }

  /**
   * {@code findByScore} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}),
   * on {@code connection}, which stays open. Judged against the table's own target_freshness or
   * duration schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the
   * result to {@code ReadPolicy.enforce} to fail on stale data.
   */
  public Fresh<List<AllTypes>> findFreshByScore(Connection connection, double score) {
    return findFresh(connection, FIND_FRESH_BY_SCORE, SCORE, score);
  }

  /**
   * Returns the rows whose column {@code maybe_flag} equals {@code maybeFlag}, in no particular
   * order. A null {@code maybeFlag} finds the rows where the column IS NULL: the statement then
   * ends in {@code IS NULL}.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "maybe_flag" = ?
   * </pre>
   */
  public List<AllTypes> findByMaybeFlag(Boolean maybeFlag) {
    return find(maybeFlag == null ? FIND_BY_MAYBE_FLAG_NULL : FIND_BY_MAYBE_FLAG, MAYBE_FLAG,
        maybeFlag);
  }

  /**
   * Returns the rows whose column {@code maybe_flag} equals {@code maybeFlag}, in no particular
   * order, read on {@code connection}, which stays open. A null {@code maybeFlag} finds the rows
   * where the column IS NULL: the statement then ends in {@code IS NULL}.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "maybe_flag" = ?
   * </pre>
   */
  public List<AllTypes> findByMaybeFlag(Connection connection, Boolean maybeFlag) {
    return find(connection, maybeFlag == null ? FIND_BY_MAYBE_FLAG_NULL : FIND_BY_MAYBE_FLAG,
        MAYBE_FLAG, maybeFlag);
  }

  /**
   * {@code findByMaybeFlag} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}).
   * Judged against the table's own target_freshness or duration schedule (no {@code maxStaleness}
   * is declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to
   * fail on stale data. A null {@code maybeFlag} finds the rows where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByMaybeFlag(Boolean maybeFlag) {
    return findFresh(maybeFlag == null ? FIND_FRESH_BY_MAYBE_FLAG_NULL : FIND_FRESH_BY_MAYBE_FLAG,
        MAYBE_FLAG, maybeFlag);
  }

  /**
   * {@code findByMaybeFlag} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}),
   * on {@code connection}, which stays open. Judged against the table's own target_freshness or
   * duration schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the
   * result to {@code ReadPolicy.enforce} to fail on stale data. A null {@code maybeFlag} finds the
   * rows where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByMaybeFlag(Connection connection, Boolean maybeFlag) {
    return findFresh(connection, maybeFlag == null ? FIND_FRESH_BY_MAYBE_FLAG_NULL
        : FIND_FRESH_BY_MAYBE_FLAG, MAYBE_FLAG, maybeFlag);
  }

  /**
   * Returns the rows whose column {@code maybe_small} equals {@code maybeSmall}, in no particular
   * order. A null {@code maybeSmall} finds the rows where the column IS NULL: the statement then
   * ends in {@code IS NULL}.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "maybe_small" = ?
   * </pre>
   */
  public List<AllTypes> findByMaybeSmall(Short maybeSmall) {
    return find(maybeSmall == null ? FIND_BY_MAYBE_SMALL_NULL : FIND_BY_MAYBE_SMALL, MAYBE_SMALL,
        maybeSmall);
  }

  /**
   * Returns the rows whose column {@code maybe_small} equals {@code maybeSmall}, in no particular
   * order, read on {@code connection}, which stays open. A null {@code maybeSmall} finds the rows
   * where the column IS NULL: the statement then ends in {@code IS NULL}.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "maybe_small" = ?
   * </pre>
   */
  public List<AllTypes> findByMaybeSmall(Connection connection, Short maybeSmall) {
    return find(connection, maybeSmall == null ? FIND_BY_MAYBE_SMALL_NULL : FIND_BY_MAYBE_SMALL,
        MAYBE_SMALL, maybeSmall);
  }

  /**
   * {@code findByMaybeSmall} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}).
   * Judged against the table's own target_freshness or duration schedule (no {@code maxStaleness}
   * is declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to
   * fail on stale data. A null {@code maybeSmall} finds the rows where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByMaybeSmall(Short maybeSmall) {
    return findFresh(maybeSmall == null ? FIND_FRESH_BY_MAYBE_SMALL_NULL
        : FIND_FRESH_BY_MAYBE_SMALL, MAYBE_SMALL, maybeSmall);
  }

  /**
   * {@code findByMaybeSmall} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}),
   * on {@code connection}, which stays open. Judged against the table's own target_freshness or
   * duration schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the
   * result to {@code ReadPolicy.enforce} to fail on stale data. A null {@code maybeSmall} finds the
   * rows where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByMaybeSmall(Connection connection, Short maybeSmall) {
    return findFresh(connection, maybeSmall == null ? FIND_FRESH_BY_MAYBE_SMALL_NULL
        : FIND_FRESH_BY_MAYBE_SMALL, MAYBE_SMALL, maybeSmall);
  }

  /**
   * Returns the rows whose column {@code maybe_count} equals {@code maybeCount}, in no particular
   * order. A null {@code maybeCount} finds the rows where the column IS NULL: the statement then
   * ends in {@code IS NULL}.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "maybe_count" = ?
   * </pre>
   */
  public List<AllTypes> findByMaybeCount(Integer maybeCount) {
    return find(maybeCount == null ? FIND_BY_MAYBE_COUNT_NULL : FIND_BY_MAYBE_COUNT, MAYBE_COUNT,
        maybeCount);
  }

  /**
   * Returns the rows whose column {@code maybe_count} equals {@code maybeCount}, in no particular
   * order, read on {@code connection}, which stays open. A null {@code maybeCount} finds the rows
   * where the column IS NULL: the statement then ends in {@code IS NULL}.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "maybe_count" = ?
   * </pre>
   */
  public List<AllTypes> findByMaybeCount(Connection connection, Integer maybeCount) {
    return find(connection, maybeCount == null ? FIND_BY_MAYBE_COUNT_NULL : FIND_BY_MAYBE_COUNT,
        MAYBE_COUNT, maybeCount);
  }

  /**
   * {@code findByMaybeCount} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}).
   * Judged against the table's own target_freshness or duration schedule (no {@code maxStaleness}
   * is declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to
   * fail on stale data. A null {@code maybeCount} finds the rows where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByMaybeCount(Integer maybeCount) {
    return findFresh(maybeCount == null ? FIND_FRESH_BY_MAYBE_COUNT_NULL
        : FIND_FRESH_BY_MAYBE_COUNT, MAYBE_COUNT, maybeCount);
  }

  /**
   * {@code findByMaybeCount} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}),
   * on {@code connection}, which stays open. Judged against the table's own target_freshness or
   * duration schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the
   * result to {@code ReadPolicy.enforce} to fail on stale data. A null {@code maybeCount} finds the
   * rows where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByMaybeCount(Connection connection, Integer maybeCount) {
    return findFresh(connection, maybeCount == null ? FIND_FRESH_BY_MAYBE_COUNT_NULL
        : FIND_FRESH_BY_MAYBE_COUNT, MAYBE_COUNT, maybeCount);
  }

  /**
   * Returns the rows whose column {@code maybe_big} equals {@code maybeBig}, in no particular
   * order. A null {@code maybeBig} finds the rows where the column IS NULL: the statement then ends
   * in {@code IS NULL}.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "maybe_big" = ?
   * </pre>
   */
  public List<AllTypes> findByMaybeBig(Long maybeBig) {
    return find(maybeBig == null ? FIND_BY_MAYBE_BIG_NULL : FIND_BY_MAYBE_BIG, MAYBE_BIG, maybeBig);
  }

  /**
   * Returns the rows whose column {@code maybe_big} equals {@code maybeBig}, in no particular
   * order, read on {@code connection}, which stays open. A null {@code maybeBig} finds the rows
   * where the column IS NULL: the statement then ends in {@code IS NULL}.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "maybe_big" = ?
   * </pre>
   */
  public List<AllTypes> findByMaybeBig(Connection connection, Long maybeBig) {
    return find(connection, maybeBig == null ? FIND_BY_MAYBE_BIG_NULL : FIND_BY_MAYBE_BIG,
        MAYBE_BIG, maybeBig);
  }

  /**
   * {@code findByMaybeBig} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}).
   * Judged against the table's own target_freshness or duration schedule (no {@code maxStaleness}
   * is declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to
   * fail on stale data. A null {@code maybeBig} finds the rows where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByMaybeBig(Long maybeBig) {
    return findFresh(maybeBig == null ? FIND_FRESH_BY_MAYBE_BIG_NULL : FIND_FRESH_BY_MAYBE_BIG,
        MAYBE_BIG, maybeBig);
  }

  /**
   * {@code findByMaybeBig} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}),
   * on {@code connection}, which stays open. Judged against the table's own target_freshness or
   * duration schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the
   * result to {@code ReadPolicy.enforce} to fail on stale data. A null {@code maybeBig} finds the
   * rows where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByMaybeBig(Connection connection, Long maybeBig) {
    return findFresh(connection, maybeBig == null ? FIND_FRESH_BY_MAYBE_BIG_NULL
        : FIND_FRESH_BY_MAYBE_BIG, MAYBE_BIG, maybeBig);
  }

  /**
   * Returns the rows whose column {@code maybe_ratio} equals {@code maybeRatio}, in no particular
   * order. A null {@code maybeRatio} finds the rows where the column IS NULL: the statement then
   * ends in {@code IS NULL}.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "maybe_ratio" = ?
   * </pre>
   */
  public List<AllTypes> findByMaybeRatio(Float maybeRatio) {
    return find(maybeRatio == null ? FIND_BY_MAYBE_RATIO_NULL : FIND_BY_MAYBE_RATIO, MAYBE_RATIO,
        maybeRatio);
  }

  /**
   * Returns the rows whose column {@code maybe_ratio} equals {@code maybeRatio}, in no particular
   * order, read on {@code connection}, which stays open. A null {@code maybeRatio} finds the rows
   * where the column IS NULL: the statement then ends in {@code IS NULL}.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "maybe_ratio" = ?
   * </pre>
   */
  public List<AllTypes> findByMaybeRatio(Connection connection, Float maybeRatio) {
    return find(connection, maybeRatio == null ? FIND_BY_MAYBE_RATIO_NULL : FIND_BY_MAYBE_RATIO,
        MAYBE_RATIO, maybeRatio);
  }

  /**
   * {@code findByMaybeRatio} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}).
   * Judged against the table's own target_freshness or duration schedule (no {@code maxStaleness}
   * is declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to
   * fail on stale data. A null {@code maybeRatio} finds the rows where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByMaybeRatio(Float maybeRatio) {
    return findFresh(maybeRatio == null ? FIND_FRESH_BY_MAYBE_RATIO_NULL
        : FIND_FRESH_BY_MAYBE_RATIO, MAYBE_RATIO, maybeRatio);
  }

  /**
   * {@code findByMaybeRatio} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}),
   * on {@code connection}, which stays open. Judged against the table's own target_freshness or
   * duration schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the
   * result to {@code ReadPolicy.enforce} to fail on stale data. A null {@code maybeRatio} finds the
   * rows where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByMaybeRatio(Connection connection, Float maybeRatio) {
    return findFresh(connection, maybeRatio == null ? FIND_FRESH_BY_MAYBE_RATIO_NULL
        : FIND_FRESH_BY_MAYBE_RATIO, MAYBE_RATIO, maybeRatio);
  }

  /**
   * Returns the rows whose column {@code maybe_score} equals {@code maybeScore}, in no particular
   * order. A null {@code maybeScore} finds the rows where the column IS NULL: the statement then
   * ends in {@code IS NULL}.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "maybe_score" = ?
   * </pre>
   */
  public List<AllTypes> findByMaybeScore(Double maybeScore) {
    return find(maybeScore == null ? FIND_BY_MAYBE_SCORE_NULL : FIND_BY_MAYBE_SCORE, MAYBE_SCORE,
        maybeScore);
  }

  /**
   * Returns the rows whose column {@code maybe_score} equals {@code maybeScore}, in no particular
   * order, read on {@code connection}, which stays open. A null {@code maybeScore} finds the rows
   * where the column IS NULL: the statement then ends in {@code IS NULL}.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "maybe_score" = ?
   * </pre>
   */
  public List<AllTypes> findByMaybeScore(Connection connection, Double maybeScore) {
    return find(connection, maybeScore == null ? FIND_BY_MAYBE_SCORE_NULL : FIND_BY_MAYBE_SCORE,
        MAYBE_SCORE, maybeScore);
  }

  /**
   * {@code findByMaybeScore} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}).
   * Judged against the table's own target_freshness or duration schedule (no {@code maxStaleness}
   * is declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to
   * fail on stale data. A null {@code maybeScore} finds the rows where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByMaybeScore(Double maybeScore) {
    return findFresh(maybeScore == null ? FIND_FRESH_BY_MAYBE_SCORE_NULL
        : FIND_FRESH_BY_MAYBE_SCORE, MAYBE_SCORE, maybeScore);
  }

  /**
   * {@code findByMaybeScore} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}),
   * on {@code connection}, which stays open. Judged against the table's own target_freshness or
   * duration schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the
   * result to {@code ReadPolicy.enforce} to fail on stale data. A null {@code maybeScore} finds the
   * rows where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByMaybeScore(Connection connection, Double maybeScore) {
    return findFresh(connection, maybeScore == null ? FIND_FRESH_BY_MAYBE_SCORE_NULL
        : FIND_FRESH_BY_MAYBE_SCORE, MAYBE_SCORE, maybeScore);
  }

  /**
   * Returns the rows whose column {@code amount} equals {@code amount}, in no particular order. A
   * null {@code amount} finds the rows where the column IS NULL: the statement then ends in
   * {@code IS NULL}.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "amount" = ?
   * </pre>
   */
  public List<AllTypes> findByAmount(BigDecimal amount) {
    return find(amount == null ? FIND_BY_AMOUNT_NULL : FIND_BY_AMOUNT, AMOUNT, amount);
  }

  /**
   * Returns the rows whose column {@code amount} equals {@code amount}, in no particular order,
   * read on {@code connection}, which stays open. A null {@code amount} finds the rows where the
   * column IS NULL: the statement then ends in {@code IS NULL}.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "amount" = ?
   * </pre>
   */
  public List<AllTypes> findByAmount(Connection connection, BigDecimal amount) {
    return find(connection, amount == null ? FIND_BY_AMOUNT_NULL : FIND_BY_AMOUNT, AMOUNT, amount);
  }

  /**
   * {@code findByAmount} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}).
   * Judged against the table's own target_freshness or duration schedule (no {@code maxStaleness}
   * is declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to
   * fail on stale data. A null {@code amount} finds the rows where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByAmount(BigDecimal amount) {
    return findFresh(amount == null ? FIND_FRESH_BY_AMOUNT_NULL : FIND_FRESH_BY_AMOUNT, AMOUNT,
        amount);
  }

  /**
   * {@code findByAmount} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}),
   * on {@code connection}, which stays open. Judged against the table's own target_freshness or
   * duration schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the
   * result to {@code ReadPolicy.enforce} to fail on stale data. A null {@code amount} finds the
   * rows where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByAmount(Connection connection, BigDecimal amount) {
    return findFresh(connection, amount == null ? FIND_FRESH_BY_AMOUNT_NULL : FIND_FRESH_BY_AMOUNT,
        AMOUNT, amount);
  }

  /**
   * Returns the rows whose column {@code huge} equals {@code huge}, in no particular order. A null
   * {@code huge} finds the rows where the column IS NULL: the statement then ends in
   * {@code IS NULL}.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "huge" = ?
   * </pre>
   */
  public List<AllTypes> findByHuge(BigInteger huge) {
    return find(huge == null ? FIND_BY_HUGE_NULL : FIND_BY_HUGE, HUGE, huge);
  }

  /**
   * Returns the rows whose column {@code huge} equals {@code huge}, in no particular order, read on
   * {@code connection}, which stays open. A null {@code huge} finds the rows where the column IS
   * NULL: the statement then ends in {@code IS NULL}.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "huge" = ?
   * </pre>
   */
  public List<AllTypes> findByHuge(Connection connection, BigInteger huge) {
    return find(connection, huge == null ? FIND_BY_HUGE_NULL : FIND_BY_HUGE, HUGE, huge);
  }

  /**
   * {@code findByHuge} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}).
   * Judged against the table's own target_freshness or duration schedule (no {@code maxStaleness}
   * is declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to
   * fail on stale data. A null {@code huge} finds the rows where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByHuge(BigInteger huge) {
    return findFresh(huge == null ? FIND_FRESH_BY_HUGE_NULL : FIND_FRESH_BY_HUGE, HUGE, huge);
  }

  /**
   * {@code findByHuge} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}),
   * on {@code connection}, which stays open. Judged against the table's own target_freshness or
   * duration schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the
   * result to {@code ReadPolicy.enforce} to fail on stale data. A null {@code huge} finds the rows
   * where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByHuge(Connection connection, BigInteger huge) {
    return findFresh(connection, huge == null ? FIND_FRESH_BY_HUGE_NULL : FIND_FRESH_BY_HUGE, HUGE,
        huge);
  }

  /**
   * Returns the rows whose column {@code day} equals {@code day}, in no particular order. A null
   * {@code day} finds the rows where the column IS NULL: the statement then ends in
   * {@code IS NULL}.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "day" = ?
   * </pre>
   */
  public List<AllTypes> findByDay(LocalDate day) {
    return find(day == null ? FIND_BY_DAY_NULL : FIND_BY_DAY, DAY, day);
  }

  /**
   * Returns the rows whose column {@code day} equals {@code day}, in no particular order, read on
   * {@code connection}, which stays open. A null {@code day} finds the rows where the column IS
   * NULL: the statement then ends in {@code IS NULL}.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "day" = ?
   * </pre>
   */
  public List<AllTypes> findByDay(Connection connection, LocalDate day) {
    return find(connection, day == null ? FIND_BY_DAY_NULL : FIND_BY_DAY, DAY, day);
  }

  /**
   * {@code findByDay} with the freshness of exactly the rows it returns, read in the same statement
   * (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}). Judged
   * against the table's own target_freshness or duration schedule (no {@code maxStaleness} is
   * declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to fail
   * on stale data. A null {@code day} finds the rows where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByDay(LocalDate day) {
    return findFresh(day == null ? FIND_FRESH_BY_DAY_NULL : FIND_FRESH_BY_DAY, DAY, day);
  }

  /**
   * {@code findByDay} with the freshness of exactly the rows it returns, read in the same statement
   * (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}), on
   * {@code connection}, which stays open. Judged against the table's own target_freshness or
   * duration schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the
   * result to {@code ReadPolicy.enforce} to fail on stale data. A null {@code day} finds the rows
   * where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByDay(Connection connection, LocalDate day) {
    return findFresh(connection, day == null ? FIND_FRESH_BY_DAY_NULL : FIND_FRESH_BY_DAY, DAY,
        day);
  }

  /**
   * Returns the rows whose column {@code time} equals {@code time}, in no particular order. A null
   * {@code time} finds the rows where the column IS NULL: the statement then ends in
   * {@code IS NULL}.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "time" = ?
   * </pre>
   */
  public List<AllTypes> findByTime(LocalTime time) {
    return find(time == null ? FIND_BY_TIME_NULL : FIND_BY_TIME, TIME, time);
  }

  /**
   * Returns the rows whose column {@code time} equals {@code time}, in no particular order, read on
   * {@code connection}, which stays open. A null {@code time} finds the rows where the column IS
   * NULL: the statement then ends in {@code IS NULL}.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "time" = ?
   * </pre>
   */
  public List<AllTypes> findByTime(Connection connection, LocalTime time) {
    return find(connection, time == null ? FIND_BY_TIME_NULL : FIND_BY_TIME, TIME, time);
  }

  /**
   * {@code findByTime} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}).
   * Judged against the table's own target_freshness or duration schedule (no {@code maxStaleness}
   * is declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to
   * fail on stale data. A null {@code time} finds the rows where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByTime(LocalTime time) {
    return findFresh(time == null ? FIND_FRESH_BY_TIME_NULL : FIND_FRESH_BY_TIME, TIME, time);
  }

  /**
   * {@code findByTime} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}),
   * on {@code connection}, which stays open. Judged against the table's own target_freshness or
   * duration schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the
   * result to {@code ReadPolicy.enforce} to fail on stale data. A null {@code time} finds the rows
   * where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByTime(Connection connection, LocalTime time) {
    return findFresh(connection, time == null ? FIND_FRESH_BY_TIME_NULL : FIND_FRESH_BY_TIME, TIME,
        time);
  }

  /**
   * Returns the rows whose column {@code local_at} equals {@code localAt}, in no particular order.
   * A null {@code localAt} finds the rows where the column IS NULL: the statement then ends in
   * {@code IS NULL}.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "local_at" = ?
   * </pre>
   */
  public List<AllTypes> findByLocalAt(LocalDateTime localAt) {
    return find(localAt == null ? FIND_BY_LOCAL_AT_NULL : FIND_BY_LOCAL_AT, LOCAL_AT, localAt);
  }

  /**
   * Returns the rows whose column {@code local_at} equals {@code localAt}, in no particular order,
   * read on {@code connection}, which stays open. A null {@code localAt} finds the rows where the
   * column IS NULL: the statement then ends in {@code IS NULL}.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "local_at" = ?
   * </pre>
   */
  public List<AllTypes> findByLocalAt(Connection connection, LocalDateTime localAt) {
    return find(connection, localAt == null ? FIND_BY_LOCAL_AT_NULL : FIND_BY_LOCAL_AT, LOCAL_AT,
        localAt);
  }

  /**
   * {@code findByLocalAt} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}).
   * Judged against the table's own target_freshness or duration schedule (no {@code maxStaleness}
   * is declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to
   * fail on stale data. A null {@code localAt} finds the rows where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByLocalAt(LocalDateTime localAt) {
    return findFresh(localAt == null ? FIND_FRESH_BY_LOCAL_AT_NULL : FIND_FRESH_BY_LOCAL_AT,
        LOCAL_AT, localAt);
  }

  /**
   * {@code findByLocalAt} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}),
   * on {@code connection}, which stays open. Judged against the table's own target_freshness or
   * duration schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the
   * result to {@code ReadPolicy.enforce} to fail on stale data. A null {@code localAt} finds the
   * rows where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByLocalAt(Connection connection, LocalDateTime localAt) {
    return findFresh(connection, localAt == null ? FIND_FRESH_BY_LOCAL_AT_NULL
        : FIND_FRESH_BY_LOCAL_AT, LOCAL_AT, localAt);
  }

  /**
   * Returns the rows whose column {@code offset_at} equals {@code offsetAt}, in no particular
   * order. A null {@code offsetAt} finds the rows where the column IS NULL: the statement then ends
   * in {@code IS NULL}.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "offset_at" = ?
   * </pre>
   */
  public List<AllTypes> findByOffsetAt(OffsetDateTime offsetAt) {
    return find(offsetAt == null ? FIND_BY_OFFSET_AT_NULL : FIND_BY_OFFSET_AT, OFFSET_AT, offsetAt);
  }

  /**
   * Returns the rows whose column {@code offset_at} equals {@code offsetAt}, in no particular
   * order, read on {@code connection}, which stays open. A null {@code offsetAt} finds the rows
   * where the column IS NULL: the statement then ends in {@code IS NULL}.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "offset_at" = ?
   * </pre>
   */
  public List<AllTypes> findByOffsetAt(Connection connection, OffsetDateTime offsetAt) {
    return find(connection, offsetAt == null ? FIND_BY_OFFSET_AT_NULL : FIND_BY_OFFSET_AT,
        OFFSET_AT, offsetAt);
  }

  /**
   * {@code findByOffsetAt} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}).
   * Judged against the table's own target_freshness or duration schedule (no {@code maxStaleness}
   * is declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to
   * fail on stale data. A null {@code offsetAt} finds the rows where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByOffsetAt(OffsetDateTime offsetAt) {
    return findFresh(offsetAt == null ? FIND_FRESH_BY_OFFSET_AT_NULL : FIND_FRESH_BY_OFFSET_AT,
        OFFSET_AT, offsetAt);
  }

  /**
   * {@code findByOffsetAt} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}),
   * on {@code connection}, which stays open. Judged against the table's own target_freshness or
   * duration schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the
   * result to {@code ReadPolicy.enforce} to fail on stale data. A null {@code offsetAt} finds the
   * rows where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByOffsetAt(Connection connection, OffsetDateTime offsetAt) {
    return findFresh(connection, offsetAt == null ? FIND_FRESH_BY_OFFSET_AT_NULL
        : FIND_FRESH_BY_OFFSET_AT, OFFSET_AT, offsetAt);
  }

  /**
   * Returns the rows whose column {@code at} equals {@code at}, in no particular order. A null
   * {@code at} finds the rows where the column IS NULL: the statement then ends in {@code IS NULL}.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "at" = ?
   * </pre>
   */
  public List<AllTypes> findByAt(Instant at) {
    return find(at == null ? FIND_BY_AT_NULL : FIND_BY_AT, AT, at);
  }

  /**
   * Returns the rows whose column {@code at} equals {@code at}, in no particular order, read on
   * {@code connection}, which stays open. A null {@code at} finds the rows where the column IS
   * NULL: the statement then ends in {@code IS NULL}.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "at" = ?
   * </pre>
   */
  public List<AllTypes> findByAt(Connection connection, Instant at) {
    return find(connection, at == null ? FIND_BY_AT_NULL : FIND_BY_AT, AT, at);
  }

  /**
   * {@code findByAt} with the freshness of exactly the rows it returns, read in the same statement
   * (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}). Judged
   * against the table's own target_freshness or duration schedule (no {@code maxStaleness} is
   * declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to fail
   * on stale data. A null {@code at} finds the rows where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByAt(Instant at) {
    return findFresh(at == null ? FIND_FRESH_BY_AT_NULL : FIND_FRESH_BY_AT, AT, at);
  }

  /**
   * {@code findByAt} with the freshness of exactly the rows it returns, read in the same statement
   * (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}), on
   * {@code connection}, which stays open. Judged against the table's own target_freshness or
   * duration schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the
   * result to {@code ReadPolicy.enforce} to fail on stale data. A null {@code at} finds the rows
   * where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByAt(Connection connection, Instant at) {
    return findFresh(connection, at == null ? FIND_FRESH_BY_AT_NULL : FIND_FRESH_BY_AT, AT, at);
  }

  /**
   * Returns the rows whose column {@code id} equals {@code id}, in no particular order. A null
   * {@code id} finds the rows where the column IS NULL: the statement then ends in {@code IS NULL}.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "id" = ?
   * </pre>
   */
  public List<AllTypes> findById(UUID id) {
    return find(id == null ? FIND_BY_ID_NULL : FIND_BY_ID, ID, id);
  }

  /**
   * Returns the rows whose column {@code id} equals {@code id}, in no particular order, read on
   * {@code connection}, which stays open. A null {@code id} finds the rows where the column IS
   * NULL: the statement then ends in {@code IS NULL}.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "id" = ?
   * </pre>
   */
  public List<AllTypes> findById(Connection connection, UUID id) {
    return find(connection, id == null ? FIND_BY_ID_NULL : FIND_BY_ID, ID, id);
  }

  /**
   * {@code findById} with the freshness of exactly the rows it returns, read in the same statement
   * (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}). Judged
   * against the table's own target_freshness or duration schedule (no {@code maxStaleness} is
   * declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to fail
   * on stale data. A null {@code id} finds the rows where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshById(UUID id) {
    return findFresh(id == null ? FIND_FRESH_BY_ID_NULL : FIND_FRESH_BY_ID, ID, id);
  }

  /**
   * {@code findById} with the freshness of exactly the rows it returns, read in the same statement
   * (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}), on
   * {@code connection}, which stays open. Judged against the table's own target_freshness or
   * duration schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the
   * result to {@code ReadPolicy.enforce} to fail on stale data. A null {@code id} finds the rows
   * where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshById(Connection connection, UUID id) {
    return findFresh(connection, id == null ? FIND_FRESH_BY_ID_NULL : FIND_FRESH_BY_ID, ID, id);
  }

  /**
   * Returns the rows whose column {@code payload} equals {@code payload}, in no particular order. A
   * null {@code payload} finds the rows where the column IS NULL: the statement then ends in
   * {@code IS NULL}.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "payload" = ?
   * </pre>
   */
  public List<AllTypes> findByPayload(byte[] payload) {
    return find(payload == null ? FIND_BY_PAYLOAD_NULL : FIND_BY_PAYLOAD, PAYLOAD, payload);
  }

  /**
   * Returns the rows whose column {@code payload} equals {@code payload}, in no particular order,
   * read on {@code connection}, which stays open. A null {@code payload} finds the rows where the
   * column IS NULL: the statement then ends in {@code IS NULL}.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "payload" = ?
   * </pre>
   */
  public List<AllTypes> findByPayload(Connection connection, byte[] payload) {
    return find(connection, payload == null ? FIND_BY_PAYLOAD_NULL : FIND_BY_PAYLOAD, PAYLOAD,
        payload);
  }

  /**
   * {@code findByPayload} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}).
   * Judged against the table's own target_freshness or duration schedule (no {@code maxStaleness}
   * is declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to
   * fail on stale data. A null {@code payload} finds the rows where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByPayload(byte[] payload) {
    return findFresh(payload == null ? FIND_FRESH_BY_PAYLOAD_NULL : FIND_FRESH_BY_PAYLOAD, PAYLOAD,
        payload);
  }

  /**
   * {@code findByPayload} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}),
   * on {@code connection}, which stays open. Judged against the table's own target_freshness or
   * duration schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the
   * result to {@code ReadPolicy.enforce} to fail on stale data. A null {@code payload} finds the
   * rows where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByPayload(Connection connection, byte[] payload) {
    return findFresh(connection, payload == null ? FIND_FRESH_BY_PAYLOAD_NULL
        : FIND_FRESH_BY_PAYLOAD, PAYLOAD, payload);
  }

  /**
   * Returns the rows whose column {@code status} equals {@code status}, in no particular order. A
   * null {@code status} finds the rows where the column IS NULL: the statement then ends in
   * {@code IS NULL}.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "status" = ?
   * </pre>
   */
  public List<AllTypes> findByStatus(Status status) {
    return find(status == null ? FIND_BY_STATUS_NULL : FIND_BY_STATUS, STATUS, status);
  }

  /**
   * Returns the rows whose column {@code status} equals {@code status}, in no particular order,
   * read on {@code connection}, which stays open. A null {@code status} finds the rows where the
   * column IS NULL: the statement then ends in {@code IS NULL}.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "status" = ?
   * </pre>
   */
  public List<AllTypes> findByStatus(Connection connection, Status status) {
    return find(connection, status == null ? FIND_BY_STATUS_NULL : FIND_BY_STATUS, STATUS, status);
  }

  /**
   * {@code findByStatus} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}).
   * Judged against the table's own target_freshness or duration schedule (no {@code maxStaleness}
   * is declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to
   * fail on stale data. A null {@code status} finds the rows where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByStatus(Status status) {
    return findFresh(status == null ? FIND_FRESH_BY_STATUS_NULL : FIND_FRESH_BY_STATUS, STATUS,
        status);
  }

  /**
   * {@code findByStatus} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}),
   * on {@code connection}, which stays open. Judged against the table's own target_freshness or
   * duration schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the
   * result to {@code ReadPolicy.enforce} to fail on stale data. A null {@code status} finds the
   * rows where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByStatus(Connection connection, Status status) {
    return findFresh(connection, status == null ? FIND_FRESH_BY_STATUS_NULL : FIND_FRESH_BY_STATUS,
        STATUS, status);
  }

  /**
   * Returns the rows whose column {@code tags} equals {@code tags}, in no particular order. A null
   * {@code tags} finds the rows where the column IS NULL: the statement then ends in
   * {@code IS NULL}.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "tags" = ?
   * </pre>
   */
  public List<AllTypes> findByTags(List<String> tags) {
    return find(tags == null ? FIND_BY_TAGS_NULL : FIND_BY_TAGS, TAGS, tags);
  }

  /**
   * Returns the rows whose column {@code tags} equals {@code tags}, in no particular order, read on
   * {@code connection}, which stays open. A null {@code tags} finds the rows where the column IS
   * NULL: the statement then ends in {@code IS NULL}.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "tags" = ?
   * </pre>
   */
  public List<AllTypes> findByTags(Connection connection, List<String> tags) {
    return find(connection, tags == null ? FIND_BY_TAGS_NULL : FIND_BY_TAGS, TAGS, tags);
  }

  /**
   * {@code findByTags} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}).
   * Judged against the table's own target_freshness or duration schedule (no {@code maxStaleness}
   * is declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to
   * fail on stale data. A null {@code tags} finds the rows where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByTags(List<String> tags) {
    return findFresh(tags == null ? FIND_FRESH_BY_TAGS_NULL : FIND_FRESH_BY_TAGS, TAGS, tags);
  }

  /**
   * {@code findByTags} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}),
   * on {@code connection}, which stays open. Judged against the table's own target_freshness or
   * duration schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the
   * result to {@code ReadPolicy.enforce} to fail on stale data. A null {@code tags} finds the rows
   * where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByTags(Connection connection, List<String> tags) {
    return findFresh(connection, tags == null ? FIND_FRESH_BY_TAGS_NULL : FIND_FRESH_BY_TAGS, TAGS,
        tags);
  }

  /**
   * Returns the rows whose column {@code ids} equals {@code ids}, in no particular order. A null
   * {@code ids} finds the rows where the column IS NULL: the statement then ends in
   * {@code IS NULL}.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "ids" = ?
   * </pre>
   */
  public List<AllTypes> findByIds(List<Long> ids) {
    return find(ids == null ? FIND_BY_IDS_NULL : FIND_BY_IDS, IDS, ids);
  }

  /**
   * Returns the rows whose column {@code ids} equals {@code ids}, in no particular order, read on
   * {@code connection}, which stays open. A null {@code ids} finds the rows where the column IS
   * NULL: the statement then ends in {@code IS NULL}.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "ids" = ?
   * </pre>
   */
  public List<AllTypes> findByIds(Connection connection, List<Long> ids) {
    return find(connection, ids == null ? FIND_BY_IDS_NULL : FIND_BY_IDS, IDS, ids);
  }

  /**
   * {@code findByIds} with the freshness of exactly the rows it returns, read in the same statement
   * (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}). Judged
   * against the table's own target_freshness or duration schedule (no {@code maxStaleness} is
   * declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to fail
   * on stale data. A null {@code ids} finds the rows where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByIds(List<Long> ids) {
    return findFresh(ids == null ? FIND_FRESH_BY_IDS_NULL : FIND_FRESH_BY_IDS, IDS, ids);
  }

  /**
   * {@code findByIds} with the freshness of exactly the rows it returns, read in the same statement
   * (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}), on
   * {@code connection}, which stays open. Judged against the table's own target_freshness or
   * duration schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the
   * result to {@code ReadPolicy.enforce} to fail on stale data. A null {@code ids} finds the rows
   * where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByIds(Connection connection, List<Long> ids) {
    return findFresh(connection, ids == null ? FIND_FRESH_BY_IDS_NULL : FIND_FRESH_BY_IDS, IDS,
        ids);
  }

  /**
   * Returns the rows whose column {@code ranks} equals {@code ranks}, in no particular order. A
   * null {@code ranks} finds the rows where the column IS NULL: the statement then ends in
   * {@code IS NULL}.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "ranks" = ?
   * </pre>
   */
  public List<AllTypes> findByRanks(List<Integer> ranks) {
    return find(ranks == null ? FIND_BY_RANKS_NULL : FIND_BY_RANKS, RANKS, ranks);
  }

  /**
   * Returns the rows whose column {@code ranks} equals {@code ranks}, in no particular order, read
   * on {@code connection}, which stays open. A null {@code ranks} finds the rows where the column
   * IS NULL: the statement then ends in {@code IS NULL}.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "ranks" = ?
   * </pre>
   */
  public List<AllTypes> findByRanks(Connection connection, List<Integer> ranks) {
    return find(connection, ranks == null ? FIND_BY_RANKS_NULL : FIND_BY_RANKS, RANKS, ranks);
  }

  /**
   * {@code findByRanks} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}).
   * Judged against the table's own target_freshness or duration schedule (no {@code maxStaleness}
   * is declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to
   * fail on stale data. A null {@code ranks} finds the rows where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByRanks(List<Integer> ranks) {
    return findFresh(ranks == null ? FIND_FRESH_BY_RANKS_NULL : FIND_FRESH_BY_RANKS, RANKS, ranks);
  }

  /**
   * {@code findByRanks} with the freshness of exactly the rows it returns, read in the same
   * statement (its statement joined with the table's row of {@code pgtrickle.pgt_stream_tables}),
   * on {@code connection}, which stays open. Judged against the table's own target_freshness or
   * duration schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the
   * result to {@code ReadPolicy.enforce} to fail on stale data. A null {@code ranks} finds the rows
   * where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByRanks(Connection connection, List<Integer> ranks) {
    return findFresh(connection, ranks == null ? FIND_FRESH_BY_RANKS_NULL : FIND_FRESH_BY_RANKS,
        RANKS, ranks);
  }

  /**
   * Reads the current row of {@code row} into a new {@link AllTypes}, each column by its
   * position in the select list that every statement of this DAO shares.
   */
  static AllTypes map(ResultSet row) throws SQLException {
    if (Rows.firstRow(row)) {
      check(row.getMetaData());
    }
    RowIdentity rowId = Rows.getRowId(row, 1);
    String text = row.getString(2);
    boolean flag = row.getBoolean(3);
    if (row.wasNull()) {
      throw new UnexpectedNullException(STREAM_TABLE, "flag", "AllTypes.flag");
    }
    short small = row.getShort(4);
    if (row.wasNull()) {
      throw new UnexpectedNullException(STREAM_TABLE, "small", "AllTypes.small");
    }
    int count = row.getInt(5);
    if (row.wasNull()) {
      throw new UnexpectedNullException(STREAM_TABLE, "count", "AllTypes.count");
    }
    long big = row.getLong(6);
    if (row.wasNull()) {
      throw new UnexpectedNullException(STREAM_TABLE, "big", "AllTypes.big");
    }
    float ratio = row.getFloat(7);
    if (row.wasNull()) {
      throw new UnexpectedNullException(STREAM_TABLE, "ratio", "AllTypes.ratio");
    }
    double score = row.getDouble(8);
    if (row.wasNull()) {
      throw new UnexpectedNullException(STREAM_TABLE, "score", "AllTypes.score");
    }
    Boolean maybeFlag = Rows.getBooleanOrNull(row, 9);
    Short maybeSmall = Rows.getShortOrNull(row, 10);
    Integer maybeCount = Rows.getIntOrNull(row, 11);
    Long maybeBig = Rows.getLongOrNull(row, 12);
    Float maybeRatio = Rows.getFloatOrNull(row, 13);
    Double maybeScore = Rows.getDoubleOrNull(row, 14);
    BigDecimal amount = Rows.getBigDecimal(row, 15, STREAM_TABLE, "amount", "AllTypes.amount");
    BigInteger huge = Rows.getBigInteger(row, 16, STREAM_TABLE, "huge", "AllTypes.huge");
    LocalDate day = Rows.getLocalDate(row, 17, STREAM_TABLE, "day", "AllTypes.day");
    LocalTime time = Rows.getLocalTime(row, 18, STREAM_TABLE, "time", "AllTypes.time");
    LocalDateTime localAt = Rows.getLocalDateTime(row, 19, STREAM_TABLE, "local_at",
        "AllTypes.localAt");
    OffsetDateTime offsetAt = Rows.getOffsetDateTime(row, 20, STREAM_TABLE, "offset_at",
        "AllTypes.offsetAt");
    Instant at = Rows.getInstant(row, 21, STREAM_TABLE, "at", "AllTypes.at");
    UUID id = Rows.getUuid(row, 22, STREAM_TABLE, "id", "AllTypes.id");
    byte[] payload = row.getBytes(23);
    Status status = Rows.getEnum(row, 24, Status::valueOf, STREAM_TABLE, "status",
        "AllTypes.status");
    List<String> tags = Rows.getStringList(row, 25, STREAM_TABLE, "tags", "AllTypes.tags");
    List<Long> ids = Rows.getLongList(row, 26, STREAM_TABLE, "ids", "AllTypes.ids");
    List<Integer> ranks = Rows.getIntegerList(row, 27, STREAM_TABLE, "ranks", "AllTypes.ranks");
    return new AllTypes(rowId, text, flag, small, count, big, ratio, score, maybeFlag, maybeSmall,
        maybeCount, maybeBig, maybeRatio, maybeScore, amount, huge, day, time, localAt, offsetAt,
        at, id, payload, status, tags, ids, ranks);
  }

  /**
   * Checks, once per result set, that each column's type holds its component's values
   * exactly.
   */
  private static void check(ResultSetMetaData columns) throws SQLException {
    ValueKind.ROW_ID.check(columns, 1, STREAM_TABLE, "__pgt_row_id", "AllTypes.rowId");
    ValueKind.BOOLEAN.check(columns, 3, STREAM_TABLE, "flag", "AllTypes.flag");
    ValueKind.SHORT.check(columns, 4, STREAM_TABLE, "small", "AllTypes.small");
    ValueKind.INTEGER.check(columns, 5, STREAM_TABLE, "count", "AllTypes.count");
    ValueKind.LONG.check(columns, 6, STREAM_TABLE, "big", "AllTypes.big");
    ValueKind.FLOAT.check(columns, 7, STREAM_TABLE, "ratio", "AllTypes.ratio");
    ValueKind.DOUBLE.check(columns, 8, STREAM_TABLE, "score", "AllTypes.score");
    ValueKind.BOOLEAN.check(columns, 9, STREAM_TABLE, "maybe_flag", "AllTypes.maybeFlag");
    ValueKind.SHORT.check(columns, 10, STREAM_TABLE, "maybe_small", "AllTypes.maybeSmall");
    ValueKind.INTEGER.check(columns, 11, STREAM_TABLE, "maybe_count", "AllTypes.maybeCount");
    ValueKind.LONG.check(columns, 12, STREAM_TABLE, "maybe_big", "AllTypes.maybeBig");
    ValueKind.FLOAT.check(columns, 13, STREAM_TABLE, "maybe_ratio", "AllTypes.maybeRatio");
    ValueKind.DOUBLE.check(columns, 14, STREAM_TABLE, "maybe_score", "AllTypes.maybeScore");
    ValueKind.BIG_DECIMAL.check(columns, 15, STREAM_TABLE, "amount", "AllTypes.amount");
    ValueKind.BIG_INTEGER.check(columns, 16, STREAM_TABLE, "huge", "AllTypes.huge");
    ValueKind.LOCAL_DATE.check(columns, 17, STREAM_TABLE, "day", "AllTypes.day");
    ValueKind.LOCAL_TIME.check(columns, 18, STREAM_TABLE, "time", "AllTypes.time");
    ValueKind.LOCAL_DATE_TIME.check(columns, 19, STREAM_TABLE, "local_at", "AllTypes.localAt");
    ValueKind.OFFSET_DATE_TIME.check(columns, 20, STREAM_TABLE, "offset_at", "AllTypes.offsetAt");
    ValueKind.INSTANT.check(columns, 21, STREAM_TABLE, "at", "AllTypes.at");
    ValueKind.UUID.check(columns, 22, STREAM_TABLE, "id", "AllTypes.id");
    ValueKind.BYTES.check(columns, 23, STREAM_TABLE, "payload", "AllTypes.payload");
    ValueKind.STRING_LIST.check(columns, 25, STREAM_TABLE, "tags", "AllTypes.tags");
    ValueKind.LONG_LIST.check(columns, 26, STREAM_TABLE, "ids", "AllTypes.ids");
    ValueKind.INTEGER_LIST.check(columns, 27, STREAM_TABLE, "ranks", "AllTypes.ranks");
  }
}
