package com.example;

import com.example.status.Status;
import dev.pgtrickle.dao.runtime.Column;
import dev.pgtrickle.dao.runtime.NumberColumn;
import dev.pgtrickle.dao.runtime.RowIdentity;
import dev.pgtrickle.dao.runtime.StreamTableName;
import dev.pgtrickle.dao.runtime.TextColumn;
import dev.pgtrickle.dao.runtime.internal.AbstractStreamTableDao;
import dev.pgtrickle.dao.runtime.internal.Columns;
import dev.pgtrickle.dao.runtime.internal.FreshSql;
import dev.pgtrickle.dao.runtime.internal.Rows;
import dev.pgtrickle.dao.runtime.internal.ValueKind;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.BigInteger;
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
 * Read-only DAO for stream table {@code reporting.all_types}, generated from {@link AllTypes}:
 * pg_trickle alone writes a stream table, so to change these rows, write to the source
 * tables of its defining query. {@code findAll}, {@code streamAll} and {@code query} read
 *
 * <pre>
 * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
 *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
 *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
 *        "id", "payload", "status", "tags", "ids", "ranks"
 * FROM "reporting"."all_types"
 * </pre>
 *
 * <p>Every read is inherited from {@link AbstractStreamTableDao}: look rows up with
 * {@code query().where(...)}, read fresh with {@code query().listFresh()}, and on your
 * own connection with {@code on(connection)}. Thread-safe.
 */
@Generated("dev.pgtrickle.dao.processor.StreamTableProcessor")
public final class AllTypesDao extends AbstractStreamTableDao<AllTypes> {
  /**
   * The stream table this DAO reads: {@code reporting.all_types}.
   */
  public static final StreamTableName STREAM_TABLE = StreamTableName.of("reporting", "all_types");

  /**
   * Column {@code __pgt_row_id}, pg_trickle's row id, read into {@link AllTypes#rowId()}.
   */
  public static final Column<AllTypes, RowIdentity> ROW_ID =
      Columns.<AllTypes>ofRowId("__pgt_row_id");

  /**
   * Column {@code text}, read into {@link AllTypes#text()}.
   */
  public static final TextColumn<AllTypes> TEXT = Columns.<AllTypes>ofString("text");

  /**
   * Column {@code flag}, read into {@link AllTypes#flag()}.
   */
  public static final Column<AllTypes, Boolean> FLAG = Columns.<AllTypes>ofBoolean("flag");

  /**
   * Column {@code small}, read into {@link AllTypes#small()}.
   */
  public static final NumberColumn<AllTypes, Short, Long, BigDecimal> SMALL =
      Columns.<AllTypes>ofShort("small");

  /**
   * Column {@code count}, read into {@link AllTypes#count()}.
   */
  public static final NumberColumn<AllTypes, Integer, Long, BigDecimal> COUNT =
      Columns.<AllTypes>ofInteger("count");

  /**
   * Column {@code big}, read into {@link AllTypes#big()}.
   */
  public static final NumberColumn<AllTypes, Long, BigDecimal, BigDecimal> BIG =
      Columns.<AllTypes>ofLong("big");

  /**
   * Column {@code ratio}, read into {@link AllTypes#ratio()}.
   */
  public static final NumberColumn<AllTypes, Float, Float, Double> RATIO =
      Columns.<AllTypes>ofFloat("ratio");

  /**
   * Column {@code score}, read into {@link AllTypes#score()}.
   */
  public static final NumberColumn<AllTypes, Double, Double, Double> SCORE =
      Columns.<AllTypes>ofDouble("score");

  /**
   * Column {@code maybe_flag}, read into {@link AllTypes#maybeFlag()}.
   */
  public static final Column<AllTypes, Boolean> MAYBE_FLAG =
      Columns.<AllTypes>ofBoolean("maybe_flag");

  /**
   * Column {@code maybe_small}, read into {@link AllTypes#maybeSmall()}.
   */
  public static final NumberColumn<AllTypes, Short, Long, BigDecimal> MAYBE_SMALL =
      Columns.<AllTypes>ofShort("maybe_small");

  /**
   * Column {@code maybe_count}, read into {@link AllTypes#maybeCount()}.
   */
  public static final NumberColumn<AllTypes, Integer, Long, BigDecimal> MAYBE_COUNT =
      Columns.<AllTypes>ofInteger("maybe_count");

  /**
   * Column {@code maybe_big}, read into {@link AllTypes#maybeBig()}.
   */
  public static final NumberColumn<AllTypes, Long, BigDecimal, BigDecimal> MAYBE_BIG =
      Columns.<AllTypes>ofLong("maybe_big");

  /**
   * Column {@code maybe_ratio}, read into {@link AllTypes#maybeRatio()}.
   */
  public static final NumberColumn<AllTypes, Float, Float, Double> MAYBE_RATIO =
      Columns.<AllTypes>ofFloat("maybe_ratio");

  /**
   * Column {@code maybe_score}, read into {@link AllTypes#maybeScore()}.
   */
  public static final NumberColumn<AllTypes, Double, Double, Double> MAYBE_SCORE =
      Columns.<AllTypes>ofDouble("maybe_score");

  /**
   * Column {@code amount}, read into {@link AllTypes#amount()}.
   */
  public static final NumberColumn<AllTypes, BigDecimal, BigDecimal, BigDecimal> AMOUNT =
      Columns.<AllTypes>ofBigDecimal("amount");

  /**
   * Column {@code huge}, read into {@link AllTypes#huge()}.
   */
  public static final NumberColumn<AllTypes, BigInteger, BigDecimal, BigDecimal> HUGE =
      Columns.<AllTypes>ofBigInteger("huge");

  /**
   * Column {@code day}, read into {@link AllTypes#day()}.
   */
  public static final Column<AllTypes, LocalDate> DAY = Columns.<AllTypes>ofLocalDate("day");

  /**
   * Column {@code time}, read into {@link AllTypes#time()}.
   */
  public static final Column<AllTypes, LocalTime> TIME = Columns.<AllTypes>ofLocalTime("time");

  /**
   * Column {@code local_at}, read into {@link AllTypes#localAt()}.
   */
  public static final Column<AllTypes, LocalDateTime> LOCAL_AT =
      Columns.<AllTypes>ofLocalDateTime("local_at");

  /**
   * Column {@code offset_at}, read into {@link AllTypes#offsetAt()}.
   */
  public static final Column<AllTypes, OffsetDateTime> OFFSET_AT =
      Columns.<AllTypes>ofOffsetDateTime("offset_at");

  /**
   * Column {@code at}, read into {@link AllTypes#at()}.
   */
  public static final Column<AllTypes, Instant> AT = Columns.<AllTypes>ofInstant("at");

  /**
   * Column {@code id}, read into {@link AllTypes#id()}.
   */
  public static final Column<AllTypes, UUID> ID = Columns.<AllTypes>ofUuid("id");

  /**
   * Column {@code payload}, read into {@link AllTypes#payload()}.
   */
  public static final Column<AllTypes, byte[]> PAYLOAD = Columns.<AllTypes>ofBytes("payload");

  /**
   * Column {@code status}, read into {@link AllTypes#status()}.
   */
  public static final Column<AllTypes, Status> STATUS =
      Columns.<AllTypes, Status>ofEnum("status", Status::valueOf);

  /**
   * Column {@code tags}, read into {@link AllTypes#tags()}.
   */
  public static final Column<AllTypes, List<String>> TAGS = Columns.<AllTypes>ofStringList("tags");

  /**
   * Column {@code ids}, read into {@link AllTypes#ids()}.
   */
  public static final Column<AllTypes, List<Long>> IDS = Columns.<AllTypes>ofLongList("ids");

  /**
   * Column {@code ranks}, read into {@link AllTypes#ranks()}.
   */
  public static final Column<AllTypes, List<Integer>> RANKS =
      Columns.<AllTypes>ofIntegerList("ranks");

  private static final String FIND_ALL = "SELECT \"__pgt_row_id\", \"text\", \"flag\", \"small\","
      + " \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\"";

  private static final String COUNT_ = "SELECT count(*) FROM \"reporting\".\"all_types\"";

  private static final String FIND_ALL_FRESH = FreshSql.HEAD + "'reporting'" + FreshSql.NAME_IS
      + "'all_types'" + FreshSql.DATA_HEAD + FIND_ALL + FreshSql.DATA_TAIL;

  private static final String RUNTIME_VERSION = "0.1.0-SNAPSHOT";

  /**
   * Creates a DAO reading through {@code dataSource}.
   */
  @Inject
  public AllTypesDao(DataSource dataSource) {
    super(RUNTIME_VERSION, dataSource, STREAM_TABLE, FIND_ALL, COUNT_, FIND_ALL_FRESH, null,
        AllTypesDao::map);
  }

  /**
   * Reads the current row of {@code row} into a new {@link AllTypes}, by column position.
   */
  static AllTypes map(ResultSet row) throws SQLException {
    if (Rows.firstRow(row)) {
      check(row.getMetaData());
    }
    RowIdentity rowId = Rows.getRowId(row, 1);
    String text = row.getString(2);
    boolean flag = row.getBoolean(3);
    Rows.notNull(row, STREAM_TABLE, "flag", "AllTypes.flag");
    short small = row.getShort(4);
    Rows.notNull(row, STREAM_TABLE, "small", "AllTypes.small");
    int count = row.getInt(5);
    Rows.notNull(row, STREAM_TABLE, "count", "AllTypes.count");
    long big = row.getLong(6);
    Rows.notNull(row, STREAM_TABLE, "big", "AllTypes.big");
    float ratio = row.getFloat(7);
    Rows.notNull(row, STREAM_TABLE, "ratio", "AllTypes.ratio");
    double score = row.getDouble(8);
    Rows.notNull(row, STREAM_TABLE, "score", "AllTypes.score");
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
   * Checks, once per result set, that each column holds its component's values.
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
