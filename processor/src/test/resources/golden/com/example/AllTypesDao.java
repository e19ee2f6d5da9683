package com.example;

import com.example.status.Status;
import dev.pgtrickle.dao.runtime.Column;
import dev.pgtrickle.dao.runtime.Freshness;
import dev.pgtrickle.dao.runtime.NumberColumn;
import dev.pgtrickle.dao.runtime.Order;
import dev.pgtrickle.dao.runtime.Select;
import dev.pgtrickle.dao.runtime.StreamTableDao;
import dev.pgtrickle.dao.runtime.StreamTableName;
import dev.pgtrickle.dao.runtime.TextColumn;
import dev.pgtrickle.dao.runtime.UnexpectedNullException;
import dev.pgtrickle.dao.runtime.freshness.AsyncReads;
import dev.pgtrickle.dao.runtime.freshness.Fresh;
import dev.pgtrickle.dao.runtime.freshness.FreshnessToken;
import dev.pgtrickle.dao.runtime.freshness.ReadPolicy;
import dev.pgtrickle.dao.runtime.freshness.StreamTableListener;
import dev.pgtrickle.dao.runtime.freshness.StreamTableRefresher;
import dev.pgtrickle.dao.runtime.freshness.StreamTableWatcher;
import dev.pgtrickle.dao.runtime.freshness.Subscription;
import dev.pgtrickle.dao.runtime.internal.Binder;
import dev.pgtrickle.dao.runtime.internal.Binds;
import dev.pgtrickle.dao.runtime.internal.FreshQueries;
import dev.pgtrickle.dao.runtime.internal.FreshnessQuery;
import dev.pgtrickle.dao.runtime.internal.FreshnessWait;
import dev.pgtrickle.dao.runtime.internal.Queries;
import dev.pgtrickle.dao.runtime.internal.Rows;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import javax.annotation.processing.Generated;
import javax.sql.DataSource;

/**
 * Read-only DAO for stream table {@code reporting.all_types}, generated from {@link AllTypes}.
 *
 * <p>It only reads: pg_trickle alone writes a stream table, so to change these rows,
 * write to the source tables of its defining query and let pg_trickle refresh it.
 * Every statement names its columns and binds every value as a parameter.
 *
 * <p>Thread-safe: the DAO holds nothing but its {@link DataSource}. Each method takes a
 * connection and returns it before it returns, except that a stream from
 * {@code streamAll()} holds its connection until the stream is closed. The methods
 * that take a {@link Connection} run on it and leave it open.
 */
@Generated("dev.pgtrickle.dao.processor.StreamTableProcessor")
@Named
@Singleton
public final class AllTypesDao implements StreamTableDao<AllTypes> {
  /**
   * The stream table this DAO reads: {@code reporting.all_types}.
   */
  public static final StreamTableName STREAM_TABLE = StreamTableName.of("reporting", "all_types");

  /**
   * Column {@code __pgt_row_id}, pg_trickle's row id, read into {@link AllTypes#rowId()}.
   */
  public static final NumberColumn<AllTypes, Long, BigDecimal, BigDecimal> ROW_ID =
      Column.ofLong("__pgt_row_id");

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

  private static final String FIND_BY_ROW_ID = "SELECT \"__pgt_row_id\", \"text\", \"flag\","
      + " \"small\", \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"__pgt_row_id\" = ?";

  private static final String FIND_BY_TEXT = "SELECT \"__pgt_row_id\", \"text\", \"flag\","
      + " \"small\", \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"text\" = ?";

  private static final String FIND_BY_TEXT_NULL = "SELECT \"__pgt_row_id\", \"text\", \"flag\","
      + " \"small\", \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"text\" IS NULL";

  private static final String FIND_BY_FLAG = "SELECT \"__pgt_row_id\", \"text\", \"flag\","
      + " \"small\", \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"flag\" = ?";

  private static final String FIND_BY_SMALL = "SELECT \"__pgt_row_id\", \"text\", \"flag\","
      + " \"small\", \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"small\" = ?";

  private static final String FIND_BY_COUNT = "SELECT \"__pgt_row_id\", \"text\", \"flag\","
      + " \"small\", \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"count\" = ?";

  private static final String FIND_BY_BIG = "SELECT \"__pgt_row_id\", \"text\", \"flag\","
      + " \"small\", \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"big\" = ?";

  private static final String FIND_BY_RATIO = "SELECT \"__pgt_row_id\", \"text\", \"flag\","
      + " \"small\", \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"ratio\" = ?";

  private static final String FIND_BY_SCORE = "SELECT \"__pgt_row_id\", \"text\", \"flag\","
      + " \"small\", \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"score\" = ?";

  private static final String FIND_BY_MAYBE_FLAG = "SELECT \"__pgt_row_id\", \"text\", \"flag\","
      + " \"small\", \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"maybe_flag\" = ?";

  private static final String FIND_BY_MAYBE_FLAG_NULL = "SELECT \"__pgt_row_id\", \"text\","
      + " \"flag\", \"small\", \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\","
      + " \"maybe_small\", \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\","
      + " \"amount\", \"huge\", \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\","
      + " \"payload\", \"status\", \"tags\", \"ids\", \"ranks\""
      + " FROM \"reporting\".\"all_types\" WHERE \"maybe_flag\" IS NULL";

  private static final String FIND_BY_MAYBE_SMALL = "SELECT \"__pgt_row_id\", \"text\", \"flag\","
      + " \"small\", \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"maybe_small\" = ?";

  private static final String FIND_BY_MAYBE_SMALL_NULL = "SELECT \"__pgt_row_id\", \"text\","
      + " \"flag\", \"small\", \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\","
      + " \"maybe_small\", \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\","
      + " \"amount\", \"huge\", \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\","
      + " \"payload\", \"status\", \"tags\", \"ids\", \"ranks\""
      + " FROM \"reporting\".\"all_types\" WHERE \"maybe_small\" IS NULL";

  private static final String FIND_BY_MAYBE_COUNT = "SELECT \"__pgt_row_id\", \"text\", \"flag\","
      + " \"small\", \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"maybe_count\" = ?";

  private static final String FIND_BY_MAYBE_COUNT_NULL = "SELECT \"__pgt_row_id\", \"text\","
      + " \"flag\", \"small\", \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\","
      + " \"maybe_small\", \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\","
      + " \"amount\", \"huge\", \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\","
      + " \"payload\", \"status\", \"tags\", \"ids\", \"ranks\""
      + " FROM \"reporting\".\"all_types\" WHERE \"maybe_count\" IS NULL";

  private static final String FIND_BY_MAYBE_BIG = "SELECT \"__pgt_row_id\", \"text\", \"flag\","
      + " \"small\", \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"maybe_big\" = ?";

  private static final String FIND_BY_MAYBE_BIG_NULL = "SELECT \"__pgt_row_id\", \"text\","
      + " \"flag\", \"small\", \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\","
      + " \"maybe_small\", \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\","
      + " \"amount\", \"huge\", \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\","
      + " \"payload\", \"status\", \"tags\", \"ids\", \"ranks\""
      + " FROM \"reporting\".\"all_types\" WHERE \"maybe_big\" IS NULL";

  private static final String FIND_BY_MAYBE_RATIO = "SELECT \"__pgt_row_id\", \"text\", \"flag\","
      + " \"small\", \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"maybe_ratio\" = ?";

  private static final String FIND_BY_MAYBE_RATIO_NULL = "SELECT \"__pgt_row_id\", \"text\","
      + " \"flag\", \"small\", \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\","
      + " \"maybe_small\", \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\","
      + " \"amount\", \"huge\", \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\","
      + " \"payload\", \"status\", \"tags\", \"ids\", \"ranks\""
      + " FROM \"reporting\".\"all_types\" WHERE \"maybe_ratio\" IS NULL";

  private static final String FIND_BY_MAYBE_SCORE = "SELECT \"__pgt_row_id\", \"text\", \"flag\","
      + " \"small\", \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"maybe_score\" = ?";

  private static final String FIND_BY_MAYBE_SCORE_NULL = "SELECT \"__pgt_row_id\", \"text\","
      + " \"flag\", \"small\", \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\","
      + " \"maybe_small\", \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\","
      + " \"amount\", \"huge\", \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\","
      + " \"payload\", \"status\", \"tags\", \"ids\", \"ranks\""
      + " FROM \"reporting\".\"all_types\" WHERE \"maybe_score\" IS NULL";

  private static final String FIND_BY_AMOUNT = "SELECT \"__pgt_row_id\", \"text\", \"flag\","
      + " \"small\", \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"amount\" = ?";

  private static final String FIND_BY_AMOUNT_NULL = "SELECT \"__pgt_row_id\", \"text\", \"flag\","
      + " \"small\", \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"amount\" IS NULL";

  private static final String FIND_BY_HUGE = "SELECT \"__pgt_row_id\", \"text\", \"flag\","
      + " \"small\", \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"huge\" = ?";

  private static final String FIND_BY_HUGE_NULL = "SELECT \"__pgt_row_id\", \"text\", \"flag\","
      + " \"small\", \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"huge\" IS NULL";

  private static final String FIND_BY_DAY = "SELECT \"__pgt_row_id\", \"text\", \"flag\","
      + " \"small\", \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"day\" = ?";

  private static final String FIND_BY_DAY_NULL = "SELECT \"__pgt_row_id\", \"text\", \"flag\","
      + " \"small\", \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"day\" IS NULL";

  private static final String FIND_BY_TIME = "SELECT \"__pgt_row_id\", \"text\", \"flag\","
      + " \"small\", \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"time\" = ?";

  private static final String FIND_BY_TIME_NULL = "SELECT \"__pgt_row_id\", \"text\", \"flag\","
      + " \"small\", \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"time\" IS NULL";

  private static final String FIND_BY_LOCAL_AT = "SELECT \"__pgt_row_id\", \"text\", \"flag\","
      + " \"small\", \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"local_at\" = ?";

  private static final String FIND_BY_LOCAL_AT_NULL = "SELECT \"__pgt_row_id\", \"text\","
      + " \"flag\", \"small\", \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\","
      + " \"maybe_small\", \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\","
      + " \"amount\", \"huge\", \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\","
      + " \"payload\", \"status\", \"tags\", \"ids\", \"ranks\""
      + " FROM \"reporting\".\"all_types\" WHERE \"local_at\" IS NULL";

  private static final String FIND_BY_OFFSET_AT = "SELECT \"__pgt_row_id\", \"text\", \"flag\","
      + " \"small\", \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"offset_at\" = ?";

  private static final String FIND_BY_OFFSET_AT_NULL = "SELECT \"__pgt_row_id\", \"text\","
      + " \"flag\", \"small\", \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\","
      + " \"maybe_small\", \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\","
      + " \"amount\", \"huge\", \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\","
      + " \"payload\", \"status\", \"tags\", \"ids\", \"ranks\""
      + " FROM \"reporting\".\"all_types\" WHERE \"offset_at\" IS NULL";

  private static final String FIND_BY_AT = "SELECT \"__pgt_row_id\", \"text\", \"flag\","
      + " \"small\", \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"at\" = ?";

  private static final String FIND_BY_AT_NULL = "SELECT \"__pgt_row_id\", \"text\", \"flag\","
      + " \"small\", \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"at\" IS NULL";

  private static final String FIND_BY_ID = "SELECT \"__pgt_row_id\", \"text\", \"flag\","
      + " \"small\", \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"id\" = ?";

  private static final String FIND_BY_ID_NULL = "SELECT \"__pgt_row_id\", \"text\", \"flag\","
      + " \"small\", \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"id\" IS NULL";

  private static final String FIND_BY_PAYLOAD = "SELECT \"__pgt_row_id\", \"text\", \"flag\","
      + " \"small\", \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"payload\" = ?";

  private static final String FIND_BY_PAYLOAD_NULL = "SELECT \"__pgt_row_id\", \"text\", \"flag\","
      + " \"small\", \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"payload\" IS NULL";

  private static final String FIND_BY_STATUS = "SELECT \"__pgt_row_id\", \"text\", \"flag\","
      + " \"small\", \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"status\" = ?";

  private static final String FIND_BY_STATUS_NULL = "SELECT \"__pgt_row_id\", \"text\", \"flag\","
      + " \"small\", \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"status\" IS NULL";

  private static final String FIND_BY_TAGS = "SELECT \"__pgt_row_id\", \"text\", \"flag\","
      + " \"small\", \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"tags\" = ?";

  private static final String FIND_BY_TAGS_NULL = "SELECT \"__pgt_row_id\", \"text\", \"flag\","
      + " \"small\", \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"tags\" IS NULL";

  private static final String FIND_BY_IDS = "SELECT \"__pgt_row_id\", \"text\", \"flag\","
      + " \"small\", \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"ids\" = ?";

  private static final String FIND_BY_IDS_NULL = "SELECT \"__pgt_row_id\", \"text\", \"flag\","
      + " \"small\", \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"ids\" IS NULL";

  private static final String FIND_BY_RANKS = "SELECT \"__pgt_row_id\", \"text\", \"flag\","
      + " \"small\", \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"ranks\" = ?";

  private static final String FIND_BY_RANKS_NULL = "SELECT \"__pgt_row_id\", \"text\", \"flag\","
      + " \"small\", \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"ranks\" IS NULL";

  private static final String FIND_ALL_FRESH = "SELECT d.*, f.* FROM (SELECT st.status AS"
      + " __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema ="
      + " 'reporting' AND st.pgt_name = 'all_types') f LEFT JOIN LATERAL (SELECT q.*, true AS"
      + " __pgt_fresh_present FROM (SELECT \"__pgt_row_id\", \"text\", \"flag\", \"small\","
      + " \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\") q) d ON true";

  private static final String FIND_FRESH_BY_ROW_ID = "SELECT d.*, f.* FROM (SELECT st.status AS"
      + " __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema ="
      + " 'reporting' AND st.pgt_name = 'all_types') f LEFT JOIN LATERAL (SELECT q.*, true AS"
      + " __pgt_fresh_present FROM (SELECT \"__pgt_row_id\", \"text\", \"flag\", \"small\","
      + " \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"__pgt_row_id\" ="
      + " ?) q) d ON true";

  private static final String FIND_FRESH_BY_TEXT = "SELECT d.*, f.* FROM (SELECT st.status AS"
      + " __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema ="
      + " 'reporting' AND st.pgt_name = 'all_types') f LEFT JOIN LATERAL (SELECT q.*, true AS"
      + " __pgt_fresh_present FROM (SELECT \"__pgt_row_id\", \"text\", \"flag\", \"small\","
      + " \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"text\" = ?) q) d"
      + " ON true";

  private static final String FIND_FRESH_BY_TEXT_NULL = "SELECT d.*, f.* FROM (SELECT st.status AS"
      + " __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema ="
      + " 'reporting' AND st.pgt_name = 'all_types') f LEFT JOIN LATERAL (SELECT q.*, true AS"
      + " __pgt_fresh_present FROM (SELECT \"__pgt_row_id\", \"text\", \"flag\", \"small\","
      + " \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"text\" IS NULL) q)"
      + " d ON true";

  private static final String FIND_FRESH_BY_FLAG = "SELECT d.*, f.* FROM (SELECT st.status AS"
      + " __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema ="
      + " 'reporting' AND st.pgt_name = 'all_types') f LEFT JOIN LATERAL (SELECT q.*, true AS"
      + " __pgt_fresh_present FROM (SELECT \"__pgt_row_id\", \"text\", \"flag\", \"small\","
      + " \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"flag\" = ?) q) d"
      + " ON true";

  private static final String FIND_FRESH_BY_SMALL = "SELECT d.*, f.* FROM (SELECT st.status AS"
      + " __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema ="
      + " 'reporting' AND st.pgt_name = 'all_types') f LEFT JOIN LATERAL (SELECT q.*, true AS"
      + " __pgt_fresh_present FROM (SELECT \"__pgt_row_id\", \"text\", \"flag\", \"small\","
      + " \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"small\" = ?) q) d"
      + " ON true";

  private static final String FIND_FRESH_BY_COUNT = "SELECT d.*, f.* FROM (SELECT st.status AS"
      + " __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema ="
      + " 'reporting' AND st.pgt_name = 'all_types') f LEFT JOIN LATERAL (SELECT q.*, true AS"
      + " __pgt_fresh_present FROM (SELECT \"__pgt_row_id\", \"text\", \"flag\", \"small\","
      + " \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"count\" = ?) q) d"
      + " ON true";

  private static final String FIND_FRESH_BY_BIG = "SELECT d.*, f.* FROM (SELECT st.status AS"
      + " __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema ="
      + " 'reporting' AND st.pgt_name = 'all_types') f LEFT JOIN LATERAL (SELECT q.*, true AS"
      + " __pgt_fresh_present FROM (SELECT \"__pgt_row_id\", \"text\", \"flag\", \"small\","
      + " \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"big\" = ?) q) d ON"
      + " true";

  private static final String FIND_FRESH_BY_RATIO = "SELECT d.*, f.* FROM (SELECT st.status AS"
      + " __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema ="
      + " 'reporting' AND st.pgt_name = 'all_types') f LEFT JOIN LATERAL (SELECT q.*, true AS"
      + " __pgt_fresh_present FROM (SELECT \"__pgt_row_id\", \"text\", \"flag\", \"small\","
      + " \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"ratio\" = ?) q) d"
      + " ON true";

  private static final String FIND_FRESH_BY_SCORE = "SELECT d.*, f.* FROM (SELECT st.status AS"
      + " __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema ="
      + " 'reporting' AND st.pgt_name = 'all_types') f LEFT JOIN LATERAL (SELECT q.*, true AS"
      + " __pgt_fresh_present FROM (SELECT \"__pgt_row_id\", \"text\", \"flag\", \"small\","
      + " \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"score\" = ?) q) d"
      + " ON true";

  private static final String FIND_FRESH_BY_MAYBE_FLAG = "SELECT d.*, f.* FROM (SELECT st.status"
      + " AS __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema ="
      + " 'reporting' AND st.pgt_name = 'all_types') f LEFT JOIN LATERAL (SELECT q.*, true AS"
      + " __pgt_fresh_present FROM (SELECT \"__pgt_row_id\", \"text\", \"flag\", \"small\","
      + " \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"maybe_flag\" = ?)"
      + " q) d ON true";

  private static final String FIND_FRESH_BY_MAYBE_FLAG_NULL = "SELECT d.*, f.* FROM (SELECT"
      + " st.status AS __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode,"
      + " st.schedule AS __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema ="
      + " 'reporting' AND st.pgt_name = 'all_types') f LEFT JOIN LATERAL (SELECT q.*, true AS"
      + " __pgt_fresh_present FROM (SELECT \"__pgt_row_id\", \"text\", \"flag\", \"small\","
      + " \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"maybe_flag\" IS"
      + " NULL) q) d ON true";

  private static final String FIND_FRESH_BY_MAYBE_SMALL = "SELECT d.*, f.* FROM (SELECT st.status"
      + " AS __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema ="
      + " 'reporting' AND st.pgt_name = 'all_types') f LEFT JOIN LATERAL (SELECT q.*, true AS"
      + " __pgt_fresh_present FROM (SELECT \"__pgt_row_id\", \"text\", \"flag\", \"small\","
      + " \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"maybe_small\" = ?)"
      + " q) d ON true";

  private static final String FIND_FRESH_BY_MAYBE_SMALL_NULL = "SELECT d.*, f.* FROM (SELECT"
      + " st.status AS __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode,"
      + " st.schedule AS __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema ="
      + " 'reporting' AND st.pgt_name = 'all_types') f LEFT JOIN LATERAL (SELECT q.*, true AS"
      + " __pgt_fresh_present FROM (SELECT \"__pgt_row_id\", \"text\", \"flag\", \"small\","
      + " \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"maybe_small\" IS"
      + " NULL) q) d ON true";

  private static final String FIND_FRESH_BY_MAYBE_COUNT = "SELECT d.*, f.* FROM (SELECT st.status"
      + " AS __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema ="
      + " 'reporting' AND st.pgt_name = 'all_types') f LEFT JOIN LATERAL (SELECT q.*, true AS"
      + " __pgt_fresh_present FROM (SELECT \"__pgt_row_id\", \"text\", \"flag\", \"small\","
      + " \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"maybe_count\" = ?)"
      + " q) d ON true";

  private static final String FIND_FRESH_BY_MAYBE_COUNT_NULL = "SELECT d.*, f.* FROM (SELECT"
      + " st.status AS __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode,"
      + " st.schedule AS __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema ="
      + " 'reporting' AND st.pgt_name = 'all_types') f LEFT JOIN LATERAL (SELECT q.*, true AS"
      + " __pgt_fresh_present FROM (SELECT \"__pgt_row_id\", \"text\", \"flag\", \"small\","
      + " \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"maybe_count\" IS"
      + " NULL) q) d ON true";

  private static final String FIND_FRESH_BY_MAYBE_BIG = "SELECT d.*, f.* FROM (SELECT st.status AS"
      + " __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema ="
      + " 'reporting' AND st.pgt_name = 'all_types') f LEFT JOIN LATERAL (SELECT q.*, true AS"
      + " __pgt_fresh_present FROM (SELECT \"__pgt_row_id\", \"text\", \"flag\", \"small\","
      + " \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"maybe_big\" = ?)"
      + " q) d ON true";

  private static final String FIND_FRESH_BY_MAYBE_BIG_NULL = "SELECT d.*, f.* FROM (SELECT"
      + " st.status AS __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode,"
      + " st.schedule AS __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema ="
      + " 'reporting' AND st.pgt_name = 'all_types') f LEFT JOIN LATERAL (SELECT q.*, true AS"
      + " __pgt_fresh_present FROM (SELECT \"__pgt_row_id\", \"text\", \"flag\", \"small\","
      + " \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"maybe_big\" IS"
      + " NULL) q) d ON true";

  private static final String FIND_FRESH_BY_MAYBE_RATIO = "SELECT d.*, f.* FROM (SELECT st.status"
      + " AS __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema ="
      + " 'reporting' AND st.pgt_name = 'all_types') f LEFT JOIN LATERAL (SELECT q.*, true AS"
      + " __pgt_fresh_present FROM (SELECT \"__pgt_row_id\", \"text\", \"flag\", \"small\","
      + " \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"maybe_ratio\" = ?)"
      + " q) d ON true";

  private static final String FIND_FRESH_BY_MAYBE_RATIO_NULL = "SELECT d.*, f.* FROM (SELECT"
      + " st.status AS __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode,"
      + " st.schedule AS __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema ="
      + " 'reporting' AND st.pgt_name = 'all_types') f LEFT JOIN LATERAL (SELECT q.*, true AS"
      + " __pgt_fresh_present FROM (SELECT \"__pgt_row_id\", \"text\", \"flag\", \"small\","
      + " \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"maybe_ratio\" IS"
      + " NULL) q) d ON true";

  private static final String FIND_FRESH_BY_MAYBE_SCORE = "SELECT d.*, f.* FROM (SELECT st.status"
      + " AS __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema ="
      + " 'reporting' AND st.pgt_name = 'all_types') f LEFT JOIN LATERAL (SELECT q.*, true AS"
      + " __pgt_fresh_present FROM (SELECT \"__pgt_row_id\", \"text\", \"flag\", \"small\","
      + " \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"maybe_score\" = ?)"
      + " q) d ON true";

  private static final String FIND_FRESH_BY_MAYBE_SCORE_NULL = "SELECT d.*, f.* FROM (SELECT"
      + " st.status AS __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode,"
      + " st.schedule AS __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema ="
      + " 'reporting' AND st.pgt_name = 'all_types') f LEFT JOIN LATERAL (SELECT q.*, true AS"
      + " __pgt_fresh_present FROM (SELECT \"__pgt_row_id\", \"text\", \"flag\", \"small\","
      + " \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"maybe_score\" IS"
      + " NULL) q) d ON true";

  private static final String FIND_FRESH_BY_AMOUNT = "SELECT d.*, f.* FROM (SELECT st.status AS"
      + " __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema ="
      + " 'reporting' AND st.pgt_name = 'all_types') f LEFT JOIN LATERAL (SELECT q.*, true AS"
      + " __pgt_fresh_present FROM (SELECT \"__pgt_row_id\", \"text\", \"flag\", \"small\","
      + " \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"amount\" = ?) q) d"
      + " ON true";

  private static final String FIND_FRESH_BY_AMOUNT_NULL = "SELECT d.*, f.* FROM (SELECT st.status"
      + " AS __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema ="
      + " 'reporting' AND st.pgt_name = 'all_types') f LEFT JOIN LATERAL (SELECT q.*, true AS"
      + " __pgt_fresh_present FROM (SELECT \"__pgt_row_id\", \"text\", \"flag\", \"small\","
      + " \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"amount\" IS NULL)"
      + " q) d ON true";

  private static final String FIND_FRESH_BY_HUGE = "SELECT d.*, f.* FROM (SELECT st.status AS"
      + " __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema ="
      + " 'reporting' AND st.pgt_name = 'all_types') f LEFT JOIN LATERAL (SELECT q.*, true AS"
      + " __pgt_fresh_present FROM (SELECT \"__pgt_row_id\", \"text\", \"flag\", \"small\","
      + " \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"huge\" = ?) q) d"
      + " ON true";

  private static final String FIND_FRESH_BY_HUGE_NULL = "SELECT d.*, f.* FROM (SELECT st.status AS"
      + " __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema ="
      + " 'reporting' AND st.pgt_name = 'all_types') f LEFT JOIN LATERAL (SELECT q.*, true AS"
      + " __pgt_fresh_present FROM (SELECT \"__pgt_row_id\", \"text\", \"flag\", \"small\","
      + " \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"huge\" IS NULL) q)"
      + " d ON true";

  private static final String FIND_FRESH_BY_DAY = "SELECT d.*, f.* FROM (SELECT st.status AS"
      + " __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema ="
      + " 'reporting' AND st.pgt_name = 'all_types') f LEFT JOIN LATERAL (SELECT q.*, true AS"
      + " __pgt_fresh_present FROM (SELECT \"__pgt_row_id\", \"text\", \"flag\", \"small\","
      + " \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"day\" = ?) q) d ON"
      + " true";

  private static final String FIND_FRESH_BY_DAY_NULL = "SELECT d.*, f.* FROM (SELECT st.status AS"
      + " __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema ="
      + " 'reporting' AND st.pgt_name = 'all_types') f LEFT JOIN LATERAL (SELECT q.*, true AS"
      + " __pgt_fresh_present FROM (SELECT \"__pgt_row_id\", \"text\", \"flag\", \"small\","
      + " \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"day\" IS NULL) q)"
      + " d ON true";

  private static final String FIND_FRESH_BY_TIME = "SELECT d.*, f.* FROM (SELECT st.status AS"
      + " __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema ="
      + " 'reporting' AND st.pgt_name = 'all_types') f LEFT JOIN LATERAL (SELECT q.*, true AS"
      + " __pgt_fresh_present FROM (SELECT \"__pgt_row_id\", \"text\", \"flag\", \"small\","
      + " \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"time\" = ?) q) d"
      + " ON true";

  private static final String FIND_FRESH_BY_TIME_NULL = "SELECT d.*, f.* FROM (SELECT st.status AS"
      + " __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema ="
      + " 'reporting' AND st.pgt_name = 'all_types') f LEFT JOIN LATERAL (SELECT q.*, true AS"
      + " __pgt_fresh_present FROM (SELECT \"__pgt_row_id\", \"text\", \"flag\", \"small\","
      + " \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"time\" IS NULL) q)"
      + " d ON true";

  private static final String FIND_FRESH_BY_LOCAL_AT = "SELECT d.*, f.* FROM (SELECT st.status AS"
      + " __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema ="
      + " 'reporting' AND st.pgt_name = 'all_types') f LEFT JOIN LATERAL (SELECT q.*, true AS"
      + " __pgt_fresh_present FROM (SELECT \"__pgt_row_id\", \"text\", \"flag\", \"small\","
      + " \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"local_at\" = ?) q)"
      + " d ON true";

  private static final String FIND_FRESH_BY_LOCAL_AT_NULL = "SELECT d.*, f.* FROM (SELECT"
      + " st.status AS __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode,"
      + " st.schedule AS __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema ="
      + " 'reporting' AND st.pgt_name = 'all_types') f LEFT JOIN LATERAL (SELECT q.*, true AS"
      + " __pgt_fresh_present FROM (SELECT \"__pgt_row_id\", \"text\", \"flag\", \"small\","
      + " \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"local_at\" IS"
      + " NULL) q) d ON true";

  private static final String FIND_FRESH_BY_OFFSET_AT = "SELECT d.*, f.* FROM (SELECT st.status AS"
      + " __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema ="
      + " 'reporting' AND st.pgt_name = 'all_types') f LEFT JOIN LATERAL (SELECT q.*, true AS"
      + " __pgt_fresh_present FROM (SELECT \"__pgt_row_id\", \"text\", \"flag\", \"small\","
      + " \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"offset_at\" = ?)"
      + " q) d ON true";

  private static final String FIND_FRESH_BY_OFFSET_AT_NULL = "SELECT d.*, f.* FROM (SELECT"
      + " st.status AS __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode,"
      + " st.schedule AS __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema ="
      + " 'reporting' AND st.pgt_name = 'all_types') f LEFT JOIN LATERAL (SELECT q.*, true AS"
      + " __pgt_fresh_present FROM (SELECT \"__pgt_row_id\", \"text\", \"flag\", \"small\","
      + " \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"offset_at\" IS"
      + " NULL) q) d ON true";

  private static final String FIND_FRESH_BY_AT = "SELECT d.*, f.* FROM (SELECT st.status AS"
      + " __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema ="
      + " 'reporting' AND st.pgt_name = 'all_types') f LEFT JOIN LATERAL (SELECT q.*, true AS"
      + " __pgt_fresh_present FROM (SELECT \"__pgt_row_id\", \"text\", \"flag\", \"small\","
      + " \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"at\" = ?) q) d ON"
      + " true";

  private static final String FIND_FRESH_BY_AT_NULL = "SELECT d.*, f.* FROM (SELECT st.status AS"
      + " __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema ="
      + " 'reporting' AND st.pgt_name = 'all_types') f LEFT JOIN LATERAL (SELECT q.*, true AS"
      + " __pgt_fresh_present FROM (SELECT \"__pgt_row_id\", \"text\", \"flag\", \"small\","
      + " \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"at\" IS NULL) q) d"
      + " ON true";

  private static final String FIND_FRESH_BY_ID = "SELECT d.*, f.* FROM (SELECT st.status AS"
      + " __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema ="
      + " 'reporting' AND st.pgt_name = 'all_types') f LEFT JOIN LATERAL (SELECT q.*, true AS"
      + " __pgt_fresh_present FROM (SELECT \"__pgt_row_id\", \"text\", \"flag\", \"small\","
      + " \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"id\" = ?) q) d ON"
      + " true";

  private static final String FIND_FRESH_BY_ID_NULL = "SELECT d.*, f.* FROM (SELECT st.status AS"
      + " __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema ="
      + " 'reporting' AND st.pgt_name = 'all_types') f LEFT JOIN LATERAL (SELECT q.*, true AS"
      + " __pgt_fresh_present FROM (SELECT \"__pgt_row_id\", \"text\", \"flag\", \"small\","
      + " \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"id\" IS NULL) q) d"
      + " ON true";

  private static final String FIND_FRESH_BY_PAYLOAD = "SELECT d.*, f.* FROM (SELECT st.status AS"
      + " __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema ="
      + " 'reporting' AND st.pgt_name = 'all_types') f LEFT JOIN LATERAL (SELECT q.*, true AS"
      + " __pgt_fresh_present FROM (SELECT \"__pgt_row_id\", \"text\", \"flag\", \"small\","
      + " \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"payload\" = ?) q)"
      + " d ON true";

  private static final String FIND_FRESH_BY_PAYLOAD_NULL = "SELECT d.*, f.* FROM (SELECT st.status"
      + " AS __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema ="
      + " 'reporting' AND st.pgt_name = 'all_types') f LEFT JOIN LATERAL (SELECT q.*, true AS"
      + " __pgt_fresh_present FROM (SELECT \"__pgt_row_id\", \"text\", \"flag\", \"small\","
      + " \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"payload\" IS NULL)"
      + " q) d ON true";

  private static final String FIND_FRESH_BY_STATUS = "SELECT d.*, f.* FROM (SELECT st.status AS"
      + " __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema ="
      + " 'reporting' AND st.pgt_name = 'all_types') f LEFT JOIN LATERAL (SELECT q.*, true AS"
      + " __pgt_fresh_present FROM (SELECT \"__pgt_row_id\", \"text\", \"flag\", \"small\","
      + " \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"status\" = ?) q) d"
      + " ON true";

  private static final String FIND_FRESH_BY_STATUS_NULL = "SELECT d.*, f.* FROM (SELECT st.status"
      + " AS __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema ="
      + " 'reporting' AND st.pgt_name = 'all_types') f LEFT JOIN LATERAL (SELECT q.*, true AS"
      + " __pgt_fresh_present FROM (SELECT \"__pgt_row_id\", \"text\", \"flag\", \"small\","
      + " \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"status\" IS NULL)"
      + " q) d ON true";

  private static final String FIND_FRESH_BY_TAGS = "SELECT d.*, f.* FROM (SELECT st.status AS"
      + " __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema ="
      + " 'reporting' AND st.pgt_name = 'all_types') f LEFT JOIN LATERAL (SELECT q.*, true AS"
      + " __pgt_fresh_present FROM (SELECT \"__pgt_row_id\", \"text\", \"flag\", \"small\","
      + " \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"tags\" = ?) q) d"
      + " ON true";

  private static final String FIND_FRESH_BY_TAGS_NULL = "SELECT d.*, f.* FROM (SELECT st.status AS"
      + " __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema ="
      + " 'reporting' AND st.pgt_name = 'all_types') f LEFT JOIN LATERAL (SELECT q.*, true AS"
      + " __pgt_fresh_present FROM (SELECT \"__pgt_row_id\", \"text\", \"flag\", \"small\","
      + " \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"tags\" IS NULL) q)"
      + " d ON true";

  private static final String FIND_FRESH_BY_IDS = "SELECT d.*, f.* FROM (SELECT st.status AS"
      + " __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema ="
      + " 'reporting' AND st.pgt_name = 'all_types') f LEFT JOIN LATERAL (SELECT q.*, true AS"
      + " __pgt_fresh_present FROM (SELECT \"__pgt_row_id\", \"text\", \"flag\", \"small\","
      + " \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"ids\" = ?) q) d ON"
      + " true";

  private static final String FIND_FRESH_BY_IDS_NULL = "SELECT d.*, f.* FROM (SELECT st.status AS"
      + " __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema ="
      + " 'reporting' AND st.pgt_name = 'all_types') f LEFT JOIN LATERAL (SELECT q.*, true AS"
      + " __pgt_fresh_present FROM (SELECT \"__pgt_row_id\", \"text\", \"flag\", \"small\","
      + " \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"ids\" IS NULL) q)"
      + " d ON true";

  private static final String FIND_FRESH_BY_RANKS = "SELECT d.*, f.* FROM (SELECT st.status AS"
      + " __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema ="
      + " 'reporting' AND st.pgt_name = 'all_types') f LEFT JOIN LATERAL (SELECT q.*, true AS"
      + " __pgt_fresh_present FROM (SELECT \"__pgt_row_id\", \"text\", \"flag\", \"small\","
      + " \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"ranks\" = ?) q) d"
      + " ON true";

  private static final String FIND_FRESH_BY_RANKS_NULL = "SELECT d.*, f.* FROM (SELECT st.status"
      + " AS __pgt_fresh_status, st.refresh_mode AS __pgt_fresh_refresh_mode, st.schedule AS"
      + " __pgt_fresh_schedule, pgtrickle.parse_duration_seconds(st.schedule) AS"
      + " __pgt_fresh_schedule_seconds, st.is_populated AS __pgt_fresh_is_populated,"
      + " st.consecutive_errors AS __pgt_fresh_consecutive_errors, st.last_refresh_at AS"
      + " __pgt_fresh_last_refresh_at, st.data_timestamp AS __pgt_fresh_data_timestamp,"
      + " st.created_at AS __pgt_fresh_created_at, statement_timestamp() AS"
      + " __pgt_fresh_server_time, pg_catalog.pg_relation_filenode(st.pgt_relid) IS DISTINCT FROM"
      + " (SELECT c.relfilenode FROM pg_catalog.pg_class c WHERE c.oid = st.pgt_relid) AS"
      + " __pgt_fresh_rewritten FROM pgtrickle.pgt_stream_tables st WHERE st.pgt_schema ="
      + " 'reporting' AND st.pgt_name = 'all_types') f LEFT JOIN LATERAL (SELECT q.*, true AS"
      + " __pgt_fresh_present FROM (SELECT \"__pgt_row_id\", \"text\", \"flag\", \"small\","
      + " \"count\", \"big\", \"ratio\", \"score\", \"maybe_flag\", \"maybe_small\","
      + " \"maybe_count\", \"maybe_big\", \"maybe_ratio\", \"maybe_score\", \"amount\", \"huge\","
      + " \"day\", \"time\", \"local_at\", \"offset_at\", \"at\", \"id\", \"payload\", \"status\","
      + " \"tags\", \"ids\", \"ranks\" FROM \"reporting\".\"all_types\" WHERE \"ranks\" IS NULL)"
      + " q) d ON true";

  private final DataSource dataSource;

  /**
   * Creates a DAO reading through {@code dataSource}.
   */
  @Inject
  public AllTypesDao(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  /**
   * Returns the stream table this DAO reads, {@link #STREAM_TABLE}.
   */
  @Override
  public StreamTableName streamTable() {
    return STREAM_TABLE;
  }

  /**
   * Returns every row, in no particular order.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * </pre>
   */
  @Override
  public List<AllTypes> findAll() {
    return Queries.list(dataSource, STREAM_TABLE, FIND_ALL, Binder.NONE, AllTypesDao::map);
  }

  /**
   * Returns every row, in no particular order, read on {@code connection}, which stays open.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * </pre>
   */
  @Override
  public List<AllTypes> findAll(Connection connection) {
    return Queries.list(connection, STREAM_TABLE, FIND_ALL, Binder.NONE, AllTypesDao::map);
  }

  /**
   * Returns every row, sorted by {@code order}, whose ORDER BY clause is appended to this statement
   * (the text is built once per ordering and cached):
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * </pre>
   */
  @Override
  public List<AllTypes> findAll(Order<AllTypes> order) {
    return Select.from(dataSource, STREAM_TABLE, FIND_ALL, AllTypesDao::map).orderBy(order).list();
  }

  /**
   * Returns every row, sorted by {@code order}, read on {@code connection}, which stays open. The
   * ORDER BY clause of {@code order} is appended to this statement:
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * </pre>
   */
  @Override
  public List<AllTypes> findAll(Connection connection, Order<AllTypes> order) {
    return Select.from(connection, STREAM_TABLE, FIND_ALL, AllTypesDao::map).orderBy(order).list();
  }

  /**
   * Streams every row, in no particular order, through a server-side cursor that fetches rows in
   * batches, so tables larger than the heap can be read. The stream holds a connection until it is
   * closed: always use it in try-with-resources.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * </pre>
   */
  @Override
  public Stream<AllTypes> streamAll() {
    return Queries.stream(dataSource, STREAM_TABLE, FIND_ALL, Binder.NONE, AllTypesDao::map);
  }

  /**
   * Streams every row through a server-side cursor on {@code connection}. If the connection is in
   * auto-commit mode, auto-commit is switched off for the cursor and restored when the stream is
   * closed; the connection stays open. Close the stream (try-with-resources).
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * </pre>
   */
  @Override
  public Stream<AllTypes> streamAll(Connection connection) {
    return Queries.stream(connection, STREAM_TABLE, FIND_ALL, Binder.NONE, AllTypesDao::map);
  }

  /**
   * Returns the number of rows.
   *
   * <pre>
   * SELECT count(*)
   * FROM "reporting"."all_types"
   * </pre>
   */
  @Override
  public long count() {
    return Queries.count(dataSource, STREAM_TABLE, COUNT_, Binder.NONE);
  }

  /**
   * Returns the number of rows, counted on {@code connection}, which stays open.
   *
   * <pre>
   * SELECT count(*)
   * FROM "reporting"."all_types"
   * </pre>
   */
  @Override
  public long count(Connection connection) {
    return Queries.count(connection, STREAM_TABLE, COUNT_, Binder.NONE);
  }

  /**
   * Reads the table's freshness from pg_trickle's catalog, in one query:
   * {@link FreshnessQuery#SQL}.
   */
  @Override
  public Freshness freshness() {
    return FreshnessQuery.read(dataSource, STREAM_TABLE);
  }

  /**
   * Reads the table's freshness from pg_trickle's catalog on {@code connection}, which
   * stays open, in one query: {@link FreshnessQuery#SQL}.
   */
  @Override
  public Freshness freshness(Connection connection) {
    return FreshnessQuery.read(connection, STREAM_TABLE);
  }

  /**
   * Starts a typed query over {@code reporting.all_types}, run on a connection from the DAO's
   * {@code DataSource} in a read-only transaction; see {@link Select}.
   */
  public Select<AllTypes> query() {
    return Select.from(dataSource, STREAM_TABLE, FIND_ALL, AllTypesDao::map);
  }

  /**
   * Starts a typed query over {@code reporting.all_types}, run on {@code connection}, which is
   * left open; see {@link Select}.
   */
  public Select<AllTypes> query(Connection connection) {
    return Select.from(connection, STREAM_TABLE, FIND_ALL, AllTypesDao::map);
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
  public List<AllTypes> findByRowId(long rowId) {
    return Queries.list(dataSource, STREAM_TABLE, FIND_BY_ROW_ID,
        statement -> statement.setLong(1, rowId), AllTypesDao::map);
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
  public List<AllTypes> findByRowId(Connection connection, long rowId) {
    return Queries.list(connection, STREAM_TABLE, FIND_BY_ROW_ID,
        statement -> statement.setLong(1, rowId), AllTypesDao::map);
  }

  /**
   * Returns the rows whose column {@code text} equals {@code text}, in no particular order. A null
   * {@code text} finds the rows where the column IS NULL.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "text" = ?
   * </pre>
   *
   * <p>For a null {@code text}:
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "text" IS NULL
   * </pre>
   */
  public List<AllTypes> findByText(String text) {
    if (text == null) {
      return Queries.list(dataSource, STREAM_TABLE, FIND_BY_TEXT_NULL, Binder.NONE,
          AllTypesDao::map);
    }
    return Queries.list(dataSource, STREAM_TABLE, FIND_BY_TEXT,
        statement -> statement.setString(1, text), AllTypesDao::map);
  }

  /**
   * Returns the rows whose column {@code text} equals {@code text}, in no particular order, read on
   * {@code connection}, which stays open. A null {@code text} finds the rows where the column IS
   * NULL.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "text" = ?
   * </pre>
   *
   * <p>For a null {@code text}:
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "text" IS NULL
   * </pre>
   */
  public List<AllTypes> findByText(Connection connection, String text) {
    if (text == null) {
      return Queries.list(connection, STREAM_TABLE, FIND_BY_TEXT_NULL, Binder.NONE,
          AllTypesDao::map);
    }
    return Queries.list(connection, STREAM_TABLE, FIND_BY_TEXT,
        statement -> statement.setString(1, text), AllTypesDao::map);
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
    return Queries.list(dataSource, STREAM_TABLE, FIND_BY_FLAG,
        statement -> statement.setBoolean(1, flag), AllTypesDao::map);
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
    return Queries.list(connection, STREAM_TABLE, FIND_BY_FLAG,
        statement -> statement.setBoolean(1, flag), AllTypesDao::map);
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
    return Queries.list(dataSource, STREAM_TABLE, FIND_BY_SMALL,
        statement -> statement.setShort(1, small), AllTypesDao::map);
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
    return Queries.list(connection, STREAM_TABLE, FIND_BY_SMALL,
        statement -> statement.setShort(1, small), AllTypesDao::map);
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
    return Queries.list(dataSource, STREAM_TABLE, FIND_BY_COUNT,
        statement -> statement.setInt(1, count), AllTypesDao::map);
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
    return Queries.list(connection, STREAM_TABLE, FIND_BY_COUNT,
        statement -> statement.setInt(1, count), AllTypesDao::map);
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
    return Queries.list(dataSource, STREAM_TABLE, FIND_BY_BIG,
        statement -> statement.setLong(1, big), AllTypesDao::map);
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
    return Queries.list(connection, STREAM_TABLE, FIND_BY_BIG,
        statement -> statement.setLong(1, big), AllTypesDao::map);
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
    return Queries.list(dataSource, STREAM_TABLE, FIND_BY_RATIO,
        statement -> statement.setFloat(1, ratio), AllTypesDao::map);
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
    return Queries.list(connection, STREAM_TABLE, FIND_BY_RATIO,
        statement -> statement.setFloat(1, ratio), AllTypesDao::map);
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
    return Queries.list(dataSource, STREAM_TABLE, FIND_BY_SCORE,
        statement -> statement.setDouble(1, score), AllTypesDao::map);
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
    return Queries.list(connection, STREAM_TABLE, FIND_BY_SCORE,
        statement -> statement.setDouble(1, score), AllTypesDao::map);
  }

  /**
   * Returns the rows whose column {@code maybe_flag} equals {@code maybeFlag}, in no particular
   * order. A null {@code maybeFlag} finds the rows where the column IS NULL.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "maybe_flag" = ?
   * </pre>
   *
   * <p>For a null {@code maybeFlag}:
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "maybe_flag" IS NULL
   * </pre>
   */
  public List<AllTypes> findByMaybeFlag(Boolean maybeFlag) {
    if (maybeFlag == null) {
      return Queries.list(dataSource, STREAM_TABLE, FIND_BY_MAYBE_FLAG_NULL, Binder.NONE,
          AllTypesDao::map);
    }
    return Queries.list(dataSource, STREAM_TABLE, FIND_BY_MAYBE_FLAG,
        statement -> statement.setBoolean(1, maybeFlag), AllTypesDao::map);
  }

  /**
   * Returns the rows whose column {@code maybe_flag} equals {@code maybeFlag}, in no particular
   * order, read on {@code connection}, which stays open. A null {@code maybeFlag} finds the rows
   * where the column IS NULL.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "maybe_flag" = ?
   * </pre>
   *
   * <p>For a null {@code maybeFlag}:
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "maybe_flag" IS NULL
   * </pre>
   */
  public List<AllTypes> findByMaybeFlag(Connection connection, Boolean maybeFlag) {
    if (maybeFlag == null) {
      return Queries.list(connection, STREAM_TABLE, FIND_BY_MAYBE_FLAG_NULL, Binder.NONE,
          AllTypesDao::map);
    }
    return Queries.list(connection, STREAM_TABLE, FIND_BY_MAYBE_FLAG,
        statement -> statement.setBoolean(1, maybeFlag), AllTypesDao::map);
  }

  /**
   * Returns the rows whose column {@code maybe_small} equals {@code maybeSmall}, in no particular
   * order. A null {@code maybeSmall} finds the rows where the column IS NULL.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "maybe_small" = ?
   * </pre>
   *
   * <p>For a null {@code maybeSmall}:
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "maybe_small" IS NULL
   * </pre>
   */
  public List<AllTypes> findByMaybeSmall(Short maybeSmall) {
    if (maybeSmall == null) {
      return Queries.list(dataSource, STREAM_TABLE, FIND_BY_MAYBE_SMALL_NULL, Binder.NONE,
          AllTypesDao::map);
    }
    return Queries.list(dataSource, STREAM_TABLE, FIND_BY_MAYBE_SMALL,
        statement -> statement.setShort(1, maybeSmall), AllTypesDao::map);
  }

  /**
   * Returns the rows whose column {@code maybe_small} equals {@code maybeSmall}, in no particular
   * order, read on {@code connection}, which stays open. A null {@code maybeSmall} finds the rows
   * where the column IS NULL.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "maybe_small" = ?
   * </pre>
   *
   * <p>For a null {@code maybeSmall}:
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "maybe_small" IS NULL
   * </pre>
   */
  public List<AllTypes> findByMaybeSmall(Connection connection, Short maybeSmall) {
    if (maybeSmall == null) {
      return Queries.list(connection, STREAM_TABLE, FIND_BY_MAYBE_SMALL_NULL, Binder.NONE,
          AllTypesDao::map);
    }
    return Queries.list(connection, STREAM_TABLE, FIND_BY_MAYBE_SMALL,
        statement -> statement.setShort(1, maybeSmall), AllTypesDao::map);
  }

  /**
   * Returns the rows whose column {@code maybe_count} equals {@code maybeCount}, in no particular
   * order. A null {@code maybeCount} finds the rows where the column IS NULL.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "maybe_count" = ?
   * </pre>
   *
   * <p>For a null {@code maybeCount}:
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "maybe_count" IS NULL
   * </pre>
   */
  public List<AllTypes> findByMaybeCount(Integer maybeCount) {
    if (maybeCount == null) {
      return Queries.list(dataSource, STREAM_TABLE, FIND_BY_MAYBE_COUNT_NULL, Binder.NONE,
          AllTypesDao::map);
    }
    return Queries.list(dataSource, STREAM_TABLE, FIND_BY_MAYBE_COUNT,
        statement -> statement.setInt(1, maybeCount), AllTypesDao::map);
  }

  /**
   * Returns the rows whose column {@code maybe_count} equals {@code maybeCount}, in no particular
   * order, read on {@code connection}, which stays open. A null {@code maybeCount} finds the rows
   * where the column IS NULL.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "maybe_count" = ?
   * </pre>
   *
   * <p>For a null {@code maybeCount}:
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "maybe_count" IS NULL
   * </pre>
   */
  public List<AllTypes> findByMaybeCount(Connection connection, Integer maybeCount) {
    if (maybeCount == null) {
      return Queries.list(connection, STREAM_TABLE, FIND_BY_MAYBE_COUNT_NULL, Binder.NONE,
          AllTypesDao::map);
    }
    return Queries.list(connection, STREAM_TABLE, FIND_BY_MAYBE_COUNT,
        statement -> statement.setInt(1, maybeCount), AllTypesDao::map);
  }

  /**
   * Returns the rows whose column {@code maybe_big} equals {@code maybeBig}, in no particular
   * order. A null {@code maybeBig} finds the rows where the column IS NULL.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "maybe_big" = ?
   * </pre>
   *
   * <p>For a null {@code maybeBig}:
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "maybe_big" IS NULL
   * </pre>
   */
  public List<AllTypes> findByMaybeBig(Long maybeBig) {
    if (maybeBig == null) {
      return Queries.list(dataSource, STREAM_TABLE, FIND_BY_MAYBE_BIG_NULL, Binder.NONE,
          AllTypesDao::map);
    }
    return Queries.list(dataSource, STREAM_TABLE, FIND_BY_MAYBE_BIG,
        statement -> statement.setLong(1, maybeBig), AllTypesDao::map);
  }

  /**
   * Returns the rows whose column {@code maybe_big} equals {@code maybeBig}, in no particular
   * order, read on {@code connection}, which stays open. A null {@code maybeBig} finds the rows
   * where the column IS NULL.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "maybe_big" = ?
   * </pre>
   *
   * <p>For a null {@code maybeBig}:
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "maybe_big" IS NULL
   * </pre>
   */
  public List<AllTypes> findByMaybeBig(Connection connection, Long maybeBig) {
    if (maybeBig == null) {
      return Queries.list(connection, STREAM_TABLE, FIND_BY_MAYBE_BIG_NULL, Binder.NONE,
          AllTypesDao::map);
    }
    return Queries.list(connection, STREAM_TABLE, FIND_BY_MAYBE_BIG,
        statement -> statement.setLong(1, maybeBig), AllTypesDao::map);
  }

  /**
   * Returns the rows whose column {@code maybe_ratio} equals {@code maybeRatio}, in no particular
   * order. A null {@code maybeRatio} finds the rows where the column IS NULL.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "maybe_ratio" = ?
   * </pre>
   *
   * <p>For a null {@code maybeRatio}:
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "maybe_ratio" IS NULL
   * </pre>
   */
  public List<AllTypes> findByMaybeRatio(Float maybeRatio) {
    if (maybeRatio == null) {
      return Queries.list(dataSource, STREAM_TABLE, FIND_BY_MAYBE_RATIO_NULL, Binder.NONE,
          AllTypesDao::map);
    }
    return Queries.list(dataSource, STREAM_TABLE, FIND_BY_MAYBE_RATIO,
        statement -> statement.setFloat(1, maybeRatio), AllTypesDao::map);
  }

  /**
   * Returns the rows whose column {@code maybe_ratio} equals {@code maybeRatio}, in no particular
   * order, read on {@code connection}, which stays open. A null {@code maybeRatio} finds the rows
   * where the column IS NULL.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "maybe_ratio" = ?
   * </pre>
   *
   * <p>For a null {@code maybeRatio}:
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "maybe_ratio" IS NULL
   * </pre>
   */
  public List<AllTypes> findByMaybeRatio(Connection connection, Float maybeRatio) {
    if (maybeRatio == null) {
      return Queries.list(connection, STREAM_TABLE, FIND_BY_MAYBE_RATIO_NULL, Binder.NONE,
          AllTypesDao::map);
    }
    return Queries.list(connection, STREAM_TABLE, FIND_BY_MAYBE_RATIO,
        statement -> statement.setFloat(1, maybeRatio), AllTypesDao::map);
  }

  /**
   * Returns the rows whose column {@code maybe_score} equals {@code maybeScore}, in no particular
   * order. A null {@code maybeScore} finds the rows where the column IS NULL.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "maybe_score" = ?
   * </pre>
   *
   * <p>For a null {@code maybeScore}:
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "maybe_score" IS NULL
   * </pre>
   */
  public List<AllTypes> findByMaybeScore(Double maybeScore) {
    if (maybeScore == null) {
      return Queries.list(dataSource, STREAM_TABLE, FIND_BY_MAYBE_SCORE_NULL, Binder.NONE,
          AllTypesDao::map);
    }
    return Queries.list(dataSource, STREAM_TABLE, FIND_BY_MAYBE_SCORE,
        statement -> statement.setDouble(1, maybeScore), AllTypesDao::map);
  }

  /**
   * Returns the rows whose column {@code maybe_score} equals {@code maybeScore}, in no particular
   * order, read on {@code connection}, which stays open. A null {@code maybeScore} finds the rows
   * where the column IS NULL.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "maybe_score" = ?
   * </pre>
   *
   * <p>For a null {@code maybeScore}:
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "maybe_score" IS NULL
   * </pre>
   */
  public List<AllTypes> findByMaybeScore(Connection connection, Double maybeScore) {
    if (maybeScore == null) {
      return Queries.list(connection, STREAM_TABLE, FIND_BY_MAYBE_SCORE_NULL, Binder.NONE,
          AllTypesDao::map);
    }
    return Queries.list(connection, STREAM_TABLE, FIND_BY_MAYBE_SCORE,
        statement -> statement.setDouble(1, maybeScore), AllTypesDao::map);
  }

  /**
   * Returns the rows whose column {@code amount} equals {@code amount}, in no particular order. A
   * null {@code amount} finds the rows where the column IS NULL.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "amount" = ?
   * </pre>
   *
   * <p>For a null {@code amount}:
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "amount" IS NULL
   * </pre>
   */
  public List<AllTypes> findByAmount(BigDecimal amount) {
    if (amount == null) {
      return Queries.list(dataSource, STREAM_TABLE, FIND_BY_AMOUNT_NULL, Binder.NONE,
          AllTypesDao::map);
    }
    return Queries.list(dataSource, STREAM_TABLE, FIND_BY_AMOUNT,
        statement -> statement.setBigDecimal(1, amount), AllTypesDao::map);
  }

  /**
   * Returns the rows whose column {@code amount} equals {@code amount}, in no particular order,
   * read on {@code connection}, which stays open. A null {@code amount} finds the rows where the
   * column IS NULL.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "amount" = ?
   * </pre>
   *
   * <p>For a null {@code amount}:
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "amount" IS NULL
   * </pre>
   */
  public List<AllTypes> findByAmount(Connection connection, BigDecimal amount) {
    if (amount == null) {
      return Queries.list(connection, STREAM_TABLE, FIND_BY_AMOUNT_NULL, Binder.NONE,
          AllTypesDao::map);
    }
    return Queries.list(connection, STREAM_TABLE, FIND_BY_AMOUNT,
        statement -> statement.setBigDecimal(1, amount), AllTypesDao::map);
  }

  /**
   * Returns the rows whose column {@code huge} equals {@code huge}, in no particular order. A null
   * {@code huge} finds the rows where the column IS NULL.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "huge" = ?
   * </pre>
   *
   * <p>For a null {@code huge}:
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "huge" IS NULL
   * </pre>
   */
  public List<AllTypes> findByHuge(BigInteger huge) {
    if (huge == null) {
      return Queries.list(dataSource, STREAM_TABLE, FIND_BY_HUGE_NULL, Binder.NONE,
          AllTypesDao::map);
    }
    return Queries.list(dataSource, STREAM_TABLE, FIND_BY_HUGE,
        statement -> Binds.setBigInteger(statement, 1, huge), AllTypesDao::map);
  }

  /**
   * Returns the rows whose column {@code huge} equals {@code huge}, in no particular order, read on
   * {@code connection}, which stays open. A null {@code huge} finds the rows where the column IS
   * NULL.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "huge" = ?
   * </pre>
   *
   * <p>For a null {@code huge}:
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "huge" IS NULL
   * </pre>
   */
  public List<AllTypes> findByHuge(Connection connection, BigInteger huge) {
    if (huge == null) {
      return Queries.list(connection, STREAM_TABLE, FIND_BY_HUGE_NULL, Binder.NONE,
          AllTypesDao::map);
    }
    return Queries.list(connection, STREAM_TABLE, FIND_BY_HUGE,
        statement -> Binds.setBigInteger(statement, 1, huge), AllTypesDao::map);
  }

  /**
   * Returns the rows whose column {@code day} equals {@code day}, in no particular order. A null
   * {@code day} finds the rows where the column IS NULL.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "day" = ?
   * </pre>
   *
   * <p>For a null {@code day}:
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "day" IS NULL
   * </pre>
   */
  public List<AllTypes> findByDay(LocalDate day) {
    if (day == null) {
      return Queries.list(dataSource, STREAM_TABLE, FIND_BY_DAY_NULL, Binder.NONE,
          AllTypesDao::map);
    }
    return Queries.list(dataSource, STREAM_TABLE, FIND_BY_DAY,
        statement -> statement.setObject(1, day), AllTypesDao::map);
  }

  /**
   * Returns the rows whose column {@code day} equals {@code day}, in no particular order, read on
   * {@code connection}, which stays open. A null {@code day} finds the rows where the column IS
   * NULL.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "day" = ?
   * </pre>
   *
   * <p>For a null {@code day}:
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "day" IS NULL
   * </pre>
   */
  public List<AllTypes> findByDay(Connection connection, LocalDate day) {
    if (day == null) {
      return Queries.list(connection, STREAM_TABLE, FIND_BY_DAY_NULL, Binder.NONE,
          AllTypesDao::map);
    }
    return Queries.list(connection, STREAM_TABLE, FIND_BY_DAY,
        statement -> statement.setObject(1, day), AllTypesDao::map);
  }

  /**
   * Returns the rows whose column {@code time} equals {@code time}, in no particular order. A null
   * {@code time} finds the rows where the column IS NULL.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "time" = ?
   * </pre>
   *
   * <p>For a null {@code time}:
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "time" IS NULL
   * </pre>
   */
  public List<AllTypes> findByTime(LocalTime time) {
    if (time == null) {
      return Queries.list(dataSource, STREAM_TABLE, FIND_BY_TIME_NULL, Binder.NONE,
          AllTypesDao::map);
    }
    return Queries.list(dataSource, STREAM_TABLE, FIND_BY_TIME,
        statement -> statement.setObject(1, time), AllTypesDao::map);
  }

  /**
   * Returns the rows whose column {@code time} equals {@code time}, in no particular order, read on
   * {@code connection}, which stays open. A null {@code time} finds the rows where the column IS
   * NULL.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "time" = ?
   * </pre>
   *
   * <p>For a null {@code time}:
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "time" IS NULL
   * </pre>
   */
  public List<AllTypes> findByTime(Connection connection, LocalTime time) {
    if (time == null) {
      return Queries.list(connection, STREAM_TABLE, FIND_BY_TIME_NULL, Binder.NONE,
          AllTypesDao::map);
    }
    return Queries.list(connection, STREAM_TABLE, FIND_BY_TIME,
        statement -> statement.setObject(1, time), AllTypesDao::map);
  }

  /**
   * Returns the rows whose column {@code local_at} equals {@code localAt}, in no particular order.
   * A null {@code localAt} finds the rows where the column IS NULL.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "local_at" = ?
   * </pre>
   *
   * <p>For a null {@code localAt}:
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "local_at" IS NULL
   * </pre>
   */
  public List<AllTypes> findByLocalAt(LocalDateTime localAt) {
    if (localAt == null) {
      return Queries.list(dataSource, STREAM_TABLE, FIND_BY_LOCAL_AT_NULL, Binder.NONE,
          AllTypesDao::map);
    }
    return Queries.list(dataSource, STREAM_TABLE, FIND_BY_LOCAL_AT,
        statement -> statement.setObject(1, localAt), AllTypesDao::map);
  }

  /**
   * Returns the rows whose column {@code local_at} equals {@code localAt}, in no particular order,
   * read on {@code connection}, which stays open. A null {@code localAt} finds the rows where the
   * column IS NULL.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "local_at" = ?
   * </pre>
   *
   * <p>For a null {@code localAt}:
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "local_at" IS NULL
   * </pre>
   */
  public List<AllTypes> findByLocalAt(Connection connection, LocalDateTime localAt) {
    if (localAt == null) {
      return Queries.list(connection, STREAM_TABLE, FIND_BY_LOCAL_AT_NULL, Binder.NONE,
          AllTypesDao::map);
    }
    return Queries.list(connection, STREAM_TABLE, FIND_BY_LOCAL_AT,
        statement -> statement.setObject(1, localAt), AllTypesDao::map);
  }

  /**
   * Returns the rows whose column {@code offset_at} equals {@code offsetAt}, in no particular
   * order. A null {@code offsetAt} finds the rows where the column IS NULL.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "offset_at" = ?
   * </pre>
   *
   * <p>For a null {@code offsetAt}:
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "offset_at" IS NULL
   * </pre>
   */
  public List<AllTypes> findByOffsetAt(OffsetDateTime offsetAt) {
    if (offsetAt == null) {
      return Queries.list(dataSource, STREAM_TABLE, FIND_BY_OFFSET_AT_NULL, Binder.NONE,
          AllTypesDao::map);
    }
    return Queries.list(dataSource, STREAM_TABLE, FIND_BY_OFFSET_AT,
        statement -> statement.setObject(1, offsetAt), AllTypesDao::map);
  }

  /**
   * Returns the rows whose column {@code offset_at} equals {@code offsetAt}, in no particular
   * order, read on {@code connection}, which stays open. A null {@code offsetAt} finds the rows
   * where the column IS NULL.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "offset_at" = ?
   * </pre>
   *
   * <p>For a null {@code offsetAt}:
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "offset_at" IS NULL
   * </pre>
   */
  public List<AllTypes> findByOffsetAt(Connection connection, OffsetDateTime offsetAt) {
    if (offsetAt == null) {
      return Queries.list(connection, STREAM_TABLE, FIND_BY_OFFSET_AT_NULL, Binder.NONE,
          AllTypesDao::map);
    }
    return Queries.list(connection, STREAM_TABLE, FIND_BY_OFFSET_AT,
        statement -> statement.setObject(1, offsetAt), AllTypesDao::map);
  }

  /**
   * Returns the rows whose column {@code at} equals {@code at}, in no particular order. A null
   * {@code at} finds the rows where the column IS NULL.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "at" = ?
   * </pre>
   *
   * <p>For a null {@code at}:
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "at" IS NULL
   * </pre>
   */
  public List<AllTypes> findByAt(Instant at) {
    if (at == null) {
      return Queries.list(dataSource, STREAM_TABLE, FIND_BY_AT_NULL, Binder.NONE, AllTypesDao::map);
    }
    return Queries.list(dataSource, STREAM_TABLE, FIND_BY_AT,
        statement -> Binds.setInstant(statement, 1, at), AllTypesDao::map);
  }

  /**
   * Returns the rows whose column {@code at} equals {@code at}, in no particular order, read on
   * {@code connection}, which stays open. A null {@code at} finds the rows where the column IS
   * NULL.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "at" = ?
   * </pre>
   *
   * <p>For a null {@code at}:
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "at" IS NULL
   * </pre>
   */
  public List<AllTypes> findByAt(Connection connection, Instant at) {
    if (at == null) {
      return Queries.list(connection, STREAM_TABLE, FIND_BY_AT_NULL, Binder.NONE, AllTypesDao::map);
    }
    return Queries.list(connection, STREAM_TABLE, FIND_BY_AT,
        statement -> Binds.setInstant(statement, 1, at), AllTypesDao::map);
  }

  /**
   * Returns the rows whose column {@code id} equals {@code id}, in no particular order. A null
   * {@code id} finds the rows where the column IS NULL.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "id" = ?
   * </pre>
   *
   * <p>For a null {@code id}:
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "id" IS NULL
   * </pre>
   */
  public List<AllTypes> findById(UUID id) {
    if (id == null) {
      return Queries.list(dataSource, STREAM_TABLE, FIND_BY_ID_NULL, Binder.NONE, AllTypesDao::map);
    }
    return Queries.list(dataSource, STREAM_TABLE, FIND_BY_ID,
        statement -> statement.setObject(1, id), AllTypesDao::map);
  }

  /**
   * Returns the rows whose column {@code id} equals {@code id}, in no particular order, read on
   * {@code connection}, which stays open. A null {@code id} finds the rows where the column IS
   * NULL.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "id" = ?
   * </pre>
   *
   * <p>For a null {@code id}:
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "id" IS NULL
   * </pre>
   */
  public List<AllTypes> findById(Connection connection, UUID id) {
    if (id == null) {
      return Queries.list(connection, STREAM_TABLE, FIND_BY_ID_NULL, Binder.NONE, AllTypesDao::map);
    }
    return Queries.list(connection, STREAM_TABLE, FIND_BY_ID,
        statement -> statement.setObject(1, id), AllTypesDao::map);
  }

  /**
   * Returns the rows whose column {@code payload} equals {@code payload}, in no particular order. A
   * null {@code payload} finds the rows where the column IS NULL.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "payload" = ?
   * </pre>
   *
   * <p>For a null {@code payload}:
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "payload" IS NULL
   * </pre>
   */
  public List<AllTypes> findByPayload(byte[] payload) {
    if (payload == null) {
      return Queries.list(dataSource, STREAM_TABLE, FIND_BY_PAYLOAD_NULL, Binder.NONE,
          AllTypesDao::map);
    }
    return Queries.list(dataSource, STREAM_TABLE, FIND_BY_PAYLOAD,
        statement -> statement.setBytes(1, payload), AllTypesDao::map);
  }

  /**
   * Returns the rows whose column {@code payload} equals {@code payload}, in no particular order,
   * read on {@code connection}, which stays open. A null {@code payload} finds the rows where the
   * column IS NULL.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "payload" = ?
   * </pre>
   *
   * <p>For a null {@code payload}:
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "payload" IS NULL
   * </pre>
   */
  public List<AllTypes> findByPayload(Connection connection, byte[] payload) {
    if (payload == null) {
      return Queries.list(connection, STREAM_TABLE, FIND_BY_PAYLOAD_NULL, Binder.NONE,
          AllTypesDao::map);
    }
    return Queries.list(connection, STREAM_TABLE, FIND_BY_PAYLOAD,
        statement -> statement.setBytes(1, payload), AllTypesDao::map);
  }

  /**
   * Returns the rows whose column {@code status} equals {@code status}, in no particular order. A
   * null {@code status} finds the rows where the column IS NULL.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "status" = ?
   * </pre>
   *
   * <p>For a null {@code status}:
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "status" IS NULL
   * </pre>
   */
  public List<AllTypes> findByStatus(Status status) {
    if (status == null) {
      return Queries.list(dataSource, STREAM_TABLE, FIND_BY_STATUS_NULL, Binder.NONE,
          AllTypesDao::map);
    }
    return Queries.list(dataSource, STREAM_TABLE, FIND_BY_STATUS,
        statement -> statement.setString(1, status.name()), AllTypesDao::map);
  }

  /**
   * Returns the rows whose column {@code status} equals {@code status}, in no particular order,
   * read on {@code connection}, which stays open. A null {@code status} finds the rows where the
   * column IS NULL.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "status" = ?
   * </pre>
   *
   * <p>For a null {@code status}:
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "status" IS NULL
   * </pre>
   */
  public List<AllTypes> findByStatus(Connection connection, Status status) {
    if (status == null) {
      return Queries.list(connection, STREAM_TABLE, FIND_BY_STATUS_NULL, Binder.NONE,
          AllTypesDao::map);
    }
    return Queries.list(connection, STREAM_TABLE, FIND_BY_STATUS,
        statement -> statement.setString(1, status.name()), AllTypesDao::map);
  }

  /**
   * Returns the rows whose column {@code tags} equals {@code tags}, in no particular order. A null
   * {@code tags} finds the rows where the column IS NULL.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "tags" = ?
   * </pre>
   *
   * <p>For a null {@code tags}:
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "tags" IS NULL
   * </pre>
   */
  public List<AllTypes> findByTags(List<String> tags) {
    if (tags == null) {
      return Queries.list(dataSource, STREAM_TABLE, FIND_BY_TAGS_NULL, Binder.NONE,
          AllTypesDao::map);
    }
    return Queries.list(dataSource, STREAM_TABLE, FIND_BY_TAGS,
        statement -> Binds.setStringList(statement, 1, tags), AllTypesDao::map);
  }

  /**
   * Returns the rows whose column {@code tags} equals {@code tags}, in no particular order, read on
   * {@code connection}, which stays open. A null {@code tags} finds the rows where the column IS
   * NULL.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "tags" = ?
   * </pre>
   *
   * <p>For a null {@code tags}:
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "tags" IS NULL
   * </pre>
   */
  public List<AllTypes> findByTags(Connection connection, List<String> tags) {
    if (tags == null) {
      return Queries.list(connection, STREAM_TABLE, FIND_BY_TAGS_NULL, Binder.NONE,
          AllTypesDao::map);
    }
    return Queries.list(connection, STREAM_TABLE, FIND_BY_TAGS,
        statement -> Binds.setStringList(statement, 1, tags), AllTypesDao::map);
  }

  /**
   * Returns the rows whose column {@code ids} equals {@code ids}, in no particular order. A null
   * {@code ids} finds the rows where the column IS NULL.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "ids" = ?
   * </pre>
   *
   * <p>For a null {@code ids}:
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "ids" IS NULL
   * </pre>
   */
  public List<AllTypes> findByIds(List<Long> ids) {
    if (ids == null) {
      return Queries.list(dataSource, STREAM_TABLE, FIND_BY_IDS_NULL, Binder.NONE,
          AllTypesDao::map);
    }
    return Queries.list(dataSource, STREAM_TABLE, FIND_BY_IDS,
        statement -> Binds.setLongList(statement, 1, ids), AllTypesDao::map);
  }

  /**
   * Returns the rows whose column {@code ids} equals {@code ids}, in no particular order, read on
   * {@code connection}, which stays open. A null {@code ids} finds the rows where the column IS
   * NULL.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "ids" = ?
   * </pre>
   *
   * <p>For a null {@code ids}:
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "ids" IS NULL
   * </pre>
   */
  public List<AllTypes> findByIds(Connection connection, List<Long> ids) {
    if (ids == null) {
      return Queries.list(connection, STREAM_TABLE, FIND_BY_IDS_NULL, Binder.NONE,
          AllTypesDao::map);
    }
    return Queries.list(connection, STREAM_TABLE, FIND_BY_IDS,
        statement -> Binds.setLongList(statement, 1, ids), AllTypesDao::map);
  }

  /**
   * Returns the rows whose column {@code ranks} equals {@code ranks}, in no particular order. A
   * null {@code ranks} finds the rows where the column IS NULL.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "ranks" = ?
   * </pre>
   *
   * <p>For a null {@code ranks}:
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "ranks" IS NULL
   * </pre>
   */
  public List<AllTypes> findByRanks(List<Integer> ranks) {
    if (ranks == null) {
      return Queries.list(dataSource, STREAM_TABLE, FIND_BY_RANKS_NULL, Binder.NONE,
          AllTypesDao::map);
    }
    return Queries.list(dataSource, STREAM_TABLE, FIND_BY_RANKS,
        statement -> Binds.setIntegerList(statement, 1, ranks), AllTypesDao::map);
  }

  /**
   * Returns the rows whose column {@code ranks} equals {@code ranks}, in no particular order, read
   * on {@code connection}, which stays open. A null {@code ranks} finds the rows where the column
   * IS NULL.
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "ranks" = ?
   * </pre>
   *
   * <p>For a null {@code ranks}:
   *
   * <pre>
   * SELECT "__pgt_row_id", "text", "flag", "small", "count", "big", "ratio", "score",
   *        "maybe_flag", "maybe_small", "maybe_count", "maybe_big", "maybe_ratio",
   *        "maybe_score", "amount", "huge", "day", "time", "local_at", "offset_at", "at",
   *        "id", "payload", "status", "tags", "ids", "ranks"
   * FROM "reporting"."all_types"
   * WHERE "ranks" IS NULL
   * </pre>
   */
  public List<AllTypes> findByRanks(Connection connection, List<Integer> ranks) {
    if (ranks == null) {
      return Queries.list(connection, STREAM_TABLE, FIND_BY_RANKS_NULL, Binder.NONE,
          AllTypesDao::map);
    }
    return Queries.list(connection, STREAM_TABLE, FIND_BY_RANKS,
        statement -> Binds.setIntegerList(statement, 1, ranks), AllTypesDao::map);
  }

  /**
   * Returns every row together with the freshness of exactly these rows: the rows and the stream
   * table's row of {@code pgtrickle.pgt_stream_tables} are read by one statement, under one
   * snapshot, in one round trip, so a refresh that commits meanwhile is wholly in both or in
   * neither. An empty table still yields its freshness. Judged against the table's own duration
   * schedule (no {@code maxStaleness} is declared), and returned whatever its age: see
   * {@code Fresh.isStale()}.
   *
   * <p>The statement: {@code findAll()}'s, joined with the catalog row.
   */
  public Fresh<List<AllTypes>> findAllFresh() {
    return FreshQueries.list(dataSource, STREAM_TABLE, FIND_ALL_FRESH, Binder.NONE,
        AllTypesDao::map, FreshQueries.NO_BUDGET);
  }

  /**
   * Returns every row together with the freshness of exactly these rows: the rows and the stream
   * table's row of {@code pgtrickle.pgt_stream_tables} are read by one statement, under one
   * snapshot, in one round trip, so a refresh that commits meanwhile is wholly in both or in
   * neither. An empty table still yields its freshness. Read on {@code connection}, which stays
   * open, inside its transaction if it has one. Judged against the table's own duration schedule
   * (no {@code maxStaleness} is declared), and returned whatever its age: see
   * {@code Fresh.isStale()}.
   *
   * <p>The statement: {@code findAll()}'s, joined with the catalog row.
   */
  public Fresh<List<AllTypes>> findAllFresh(Connection connection) {
    return FreshQueries.list(connection, STREAM_TABLE, FIND_ALL_FRESH, Binder.NONE,
        AllTypesDao::map, FreshQueries.NO_BUDGET);
  }

  /**
   * Returns every row together with the freshness of exactly these rows: the rows and the stream
   * table's row of {@code pgtrickle.pgt_stream_tables} are read by one statement, under one
   * snapshot, in one round trip, so a refresh that commits meanwhile is wholly in both or in
   * neither. An empty table still yields its freshness.
   *
   * <p>Runs under {@code policy}: ACCEPT returns the rows flagged, FAIL throws
   * {@code StaleDataException} or {@code StreamTableSuspendedException}, REFRESH refreshes the
   * table and reads again. A policy without a budget of its own is judged against the table's own
   * duration schedule (no {@code maxStaleness} is declared).
   *
   * <p>The statement: {@code findAll()}'s, joined with the catalog row.
   */
  public Fresh<List<AllTypes>> findAllFresh(ReadPolicy policy) {
    return FreshQueries.list(dataSource, STREAM_TABLE, FIND_ALL_FRESH, Binder.NONE,
        AllTypesDao::map, policy, FreshQueries.NO_BUDGET);
  }

  /**
   * Returns every row together with the freshness of exactly these rows: the rows and the stream
   * table's row of {@code pgtrickle.pgt_stream_tables} are read by one statement, under one
   * snapshot, in one round trip, so a refresh that commits meanwhile is wholly in both or in
   * neither. An empty table still yields its freshness. Read on {@code connection}, which stays
   * open, inside its transaction if it has one.
   *
   * <p>Runs under {@code policy}: ACCEPT returns the rows flagged, FAIL throws
   * {@code StaleDataException} or {@code StreamTableSuspendedException}, REFRESH refreshes the
   * table and reads again. A policy without a budget of its own is judged against the table's own
   * duration schedule (no {@code maxStaleness} is declared).
   *
   * <p>The statement: {@code findAll()}'s, joined with the catalog row.
   */
  public Fresh<List<AllTypes>> findAllFresh(Connection connection, ReadPolicy policy) {
    return FreshQueries.list(connection, STREAM_TABLE, FIND_ALL_FRESH, Binder.NONE,
        AllTypesDao::map, policy, FreshQueries.NO_BUDGET);
  }

  /**
   * {@link #findAllFresh()} on {@code executor}, which the caller provides (a pool, or virtual
   * threads on Java 21 and later). A failed read completes the future exceptionally with the read's
   * own exception.
   */
  public CompletableFuture<Fresh<List<AllTypes>>> findAllFreshAsync(Executor executor) {
    return AsyncReads.on(executor).supply(() -> findAllFresh());
  }

  /**
   * {@link #findAllFresh(ReadPolicy)} on {@code executor}, which the caller provides (a pool, or
   * virtual threads on Java 21 and later). A failed read completes the future exceptionally with
   * the read's own exception.
   */
  public CompletableFuture<Fresh<List<AllTypes>>> findAllFreshAsync(ReadPolicy policy,
      Executor executor) {
    return AsyncReads.on(executor).supply(() -> findAllFresh(policy));
  }

  /**
   * Waits until this table reflects the write that {@code token} marks
   * ({@code StreamTables.markWrite(connection)} after the write committed): returns as soon as the
   * table is IMMEDIATE, or a refresh that started after the token has completed. Reads the catalog
   * with back-off (10 ms doubling up to 1 s), so it works for manual refreshes and behind poolers,
   * which send no events; for wake-ups on the scheduler's events use
   * {@code StreamTableWatcher.awaitFresherThan}.
   *
   * <p>Throws {@code FreshnessTimeoutException} after {@code timeout}, and
   * {@code StreamTableSuspendedException} for a SUSPENDED or ERROR table.
   */
  public Freshness awaitFresherThan(FreshnessToken token, Duration timeout) {
    return FreshnessWait.await(dataSource, STREAM_TABLE, token, timeout, null);
  }

  /**
   * Waits until this table reflects the write that {@code token} marks
   * ({@code StreamTables.markWrite(connection)} after the write committed): returns as soon as the
   * table is IMMEDIATE, or a refresh that started after the token has completed. Reads the catalog
   * with back-off (10 ms doubling up to 1 s), so it works for manual refreshes and behind poolers,
   * which send no events; for wake-ups on the scheduler's events use
   * {@code StreamTableWatcher.awaitFresherThan}. If the table does not reflect the write yet,
   * triggers one refresh with {@code refresher} instead of waiting for the scheduler.
   *
   * <p>Throws {@code FreshnessTimeoutException} after {@code timeout}, and
   * {@code StreamTableSuspendedException} for a SUSPENDED or ERROR table.
   */
  public Freshness awaitFresherThan(FreshnessToken token, Duration timeout,
      StreamTableRefresher refresher) {
    return FreshnessWait.await(dataSource, STREAM_TABLE, token, timeout,
        Objects.requireNonNull(refresher, "refresher"));
  }

  /**
   * {@link #awaitFresherThan(FreshnessToken, Duration)} on {@code executor}, which the caller
   * provides.
   */
  public CompletableFuture<Freshness> awaitFresherThanAsync(FreshnessToken token, Duration timeout,
      Executor executor) {
    return AsyncReads.on(executor).supply(() -> awaitFresherThan(token, timeout));
  }

  /**
   * Delivers this table's change events (refresh completed or failed, stale, suspended, resumed,
   * and "events may have been missed" after a lost connection) to {@code listener} until the
   * subscription is closed. All DAOs share {@code watcher}'s one LISTEN connection.
   */
  public Subscription subscribe(StreamTableWatcher watcher, StreamTableListener listener) {
    return watcher.subscribe(STREAM_TABLE, listener);
  }

  /**
   * {@code findByRowId} with the freshness of exactly the rows it returns, read in the same
   * statement. Judged against the table's own duration schedule (no {@code maxStaleness} is
   * declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to fail
   * on stale data.
   */
  public Fresh<List<AllTypes>> findFreshByRowId(long rowId) {
    return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_ROW_ID,
        statement -> statement.setLong(1, rowId), AllTypesDao::map, FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByRowId} with the freshness of exactly the rows it returns, read in the same
   * statement, on {@code connection}, which stays open. Judged against the table's own duration
   * schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the result
   * to {@code ReadPolicy.enforce} to fail on stale data.
   */
  public Fresh<List<AllTypes>> findFreshByRowId(Connection connection, long rowId) {
    return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_ROW_ID,
        statement -> statement.setLong(1, rowId), AllTypesDao::map, FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByText} with the freshness of exactly the rows it returns, read in the same
   * statement. Judged against the table's own duration schedule (no {@code maxStaleness} is
   * declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to fail
   * on stale data. A null {@code text} finds the rows where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByText(String text) {
    if (text == null) {
      return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_TEXT_NULL, Binder.NONE,
          AllTypesDao::map, FreshQueries.NO_BUDGET);
    }
    return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_TEXT,
        statement -> statement.setString(1, text), AllTypesDao::map, FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByText} with the freshness of exactly the rows it returns, read in the same
   * statement, on {@code connection}, which stays open. Judged against the table's own duration
   * schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the result
   * to {@code ReadPolicy.enforce} to fail on stale data. A null {@code text} finds the rows where
   * the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByText(Connection connection, String text) {
    if (text == null) {
      return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_TEXT_NULL, Binder.NONE,
          AllTypesDao::map, FreshQueries.NO_BUDGET);
    }
    return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_TEXT,
        statement -> statement.setString(1, text), AllTypesDao::map, FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByFlag} with the freshness of exactly the rows it returns, read in the same
   * statement. Judged against the table's own duration schedule (no {@code maxStaleness} is
   * declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to fail
   * on stale data.
   */
  public Fresh<List<AllTypes>> findFreshByFlag(boolean flag) {
    return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_FLAG,
        statement -> statement.setBoolean(1, flag), AllTypesDao::map, FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByFlag} with the freshness of exactly the rows it returns, read in the same
   * statement, on {@code connection}, which stays open. Judged against the table's own duration
   * schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the result
   * to {@code ReadPolicy.enforce} to fail on stale data.
   */
  public Fresh<List<AllTypes>> findFreshByFlag(Connection connection, boolean flag) {
    return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_FLAG,
        statement -> statement.setBoolean(1, flag), AllTypesDao::map, FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findBySmall} with the freshness of exactly the rows it returns, read in the same
   * statement. Judged against the table's own duration schedule (no {@code maxStaleness} is
   * declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to fail
   * on stale data.
   */
  public Fresh<List<AllTypes>> findFreshBySmall(short small) {
    return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_SMALL,
        statement -> statement.setShort(1, small), AllTypesDao::map, FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findBySmall} with the freshness of exactly the rows it returns, read in the same
   * statement, on {@code connection}, which stays open. Judged against the table's own duration
   * schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the result
   * to {@code ReadPolicy.enforce} to fail on stale data.
   */
  public Fresh<List<AllTypes>> findFreshBySmall(Connection connection, short small) {
    return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_SMALL,
        statement -> statement.setShort(1, small), AllTypesDao::map, FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByCount} with the freshness of exactly the rows it returns, read in the same
   * statement. Judged against the table's own duration schedule (no {@code maxStaleness} is
   * declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to fail
   * on stale data.
   */
  public Fresh<List<AllTypes>> findFreshByCount(int count) {
    return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_COUNT,
        statement -> statement.setInt(1, count), AllTypesDao::map, FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByCount} with the freshness of exactly the rows it returns, read in the same
   * statement, on {@code connection}, which stays open. Judged against the table's own duration
   * schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the result
   * to {@code ReadPolicy.enforce} to fail on stale data.
   */
  public Fresh<List<AllTypes>> findFreshByCount(Connection connection, int count) {
    return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_COUNT,
        statement -> statement.setInt(1, count), AllTypesDao::map, FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByBig} with the freshness of exactly the rows it returns, read in the same
   * statement. Judged against the table's own duration schedule (no {@code maxStaleness} is
   * declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to fail
   * on stale data.
   */
  public Fresh<List<AllTypes>> findFreshByBig(long big) {
    return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_BIG,
        statement -> statement.setLong(1, big), AllTypesDao::map, FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByBig} with the freshness of exactly the rows it returns, read in the same
   * statement, on {@code connection}, which stays open. Judged against the table's own duration
   * schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the result
   * to {@code ReadPolicy.enforce} to fail on stale data.
   */
  public Fresh<List<AllTypes>> findFreshByBig(Connection connection, long big) {
    return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_BIG,
        statement -> statement.setLong(1, big), AllTypesDao::map, FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByRatio} with the freshness of exactly the rows it returns, read in the same
   * statement. Judged against the table's own duration schedule (no {@code maxStaleness} is
   * declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to fail
   * on stale data.
   */
  public Fresh<List<AllTypes>> findFreshByRatio(float ratio) {
    return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_RATIO,
        statement -> statement.setFloat(1, ratio), AllTypesDao::map, FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByRatio} with the freshness of exactly the rows it returns, read in the same
   * statement, on {@code connection}, which stays open. Judged against the table's own duration
   * schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the result
   * to {@code ReadPolicy.enforce} to fail on stale data.
   */
  public Fresh<List<AllTypes>> findFreshByRatio(Connection connection, float ratio) {
    return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_RATIO,
        statement -> statement.setFloat(1, ratio), AllTypesDao::map, FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByScore} with the freshness of exactly the rows it returns, read in the same
   * statement. Judged against the table's own duration schedule (no {@code maxStaleness} is
   * declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to fail
   * on stale data.
   */
  public Fresh<List<AllTypes>> findFreshByScore(double score) {
    return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_SCORE,
        statement -> statement.setDouble(1, score), AllTypesDao::map, FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByScore} with the freshness of exactly the rows it returns, read in the same
   * statement, on {@code connection}, which stays open. Judged against the table's own duration
   * schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the result
   * to {@code ReadPolicy.enforce} to fail on stale data.
   */
  public Fresh<List<AllTypes>> findFreshByScore(Connection connection, double score) {
    return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_SCORE,
        statement -> statement.setDouble(1, score), AllTypesDao::map, FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByMaybeFlag} with the freshness of exactly the rows it returns, read in the same
   * statement. Judged against the table's own duration schedule (no {@code maxStaleness} is
   * declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to fail
   * on stale data. A null {@code maybeFlag} finds the rows where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByMaybeFlag(Boolean maybeFlag) {
    if (maybeFlag == null) {
      return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_MAYBE_FLAG_NULL, Binder.NONE,
          AllTypesDao::map, FreshQueries.NO_BUDGET);
    }
    return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_MAYBE_FLAG,
        statement -> statement.setBoolean(1, maybeFlag), AllTypesDao::map, FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByMaybeFlag} with the freshness of exactly the rows it returns, read in the same
   * statement, on {@code connection}, which stays open. Judged against the table's own duration
   * schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the result
   * to {@code ReadPolicy.enforce} to fail on stale data. A null {@code maybeFlag} finds the rows
   * where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByMaybeFlag(Connection connection, Boolean maybeFlag) {
    if (maybeFlag == null) {
      return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_MAYBE_FLAG_NULL, Binder.NONE,
          AllTypesDao::map, FreshQueries.NO_BUDGET);
    }
    return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_MAYBE_FLAG,
        statement -> statement.setBoolean(1, maybeFlag), AllTypesDao::map, FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByMaybeSmall} with the freshness of exactly the rows it returns, read in the same
   * statement. Judged against the table's own duration schedule (no {@code maxStaleness} is
   * declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to fail
   * on stale data. A null {@code maybeSmall} finds the rows where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByMaybeSmall(Short maybeSmall) {
    if (maybeSmall == null) {
      return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_MAYBE_SMALL_NULL,
          Binder.NONE, AllTypesDao::map, FreshQueries.NO_BUDGET);
    }
    return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_MAYBE_SMALL,
        statement -> statement.setShort(1, maybeSmall), AllTypesDao::map, FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByMaybeSmall} with the freshness of exactly the rows it returns, read in the same
   * statement, on {@code connection}, which stays open. Judged against the table's own duration
   * schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the result
   * to {@code ReadPolicy.enforce} to fail on stale data. A null {@code maybeSmall} finds the rows
   * where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByMaybeSmall(Connection connection, Short maybeSmall) {
    if (maybeSmall == null) {
      return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_MAYBE_SMALL_NULL,
          Binder.NONE, AllTypesDao::map, FreshQueries.NO_BUDGET);
    }
    return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_MAYBE_SMALL,
        statement -> statement.setShort(1, maybeSmall), AllTypesDao::map, FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByMaybeCount} with the freshness of exactly the rows it returns, read in the same
   * statement. Judged against the table's own duration schedule (no {@code maxStaleness} is
   * declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to fail
   * on stale data. A null {@code maybeCount} finds the rows where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByMaybeCount(Integer maybeCount) {
    if (maybeCount == null) {
      return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_MAYBE_COUNT_NULL,
          Binder.NONE, AllTypesDao::map, FreshQueries.NO_BUDGET);
    }
    return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_MAYBE_COUNT,
        statement -> statement.setInt(1, maybeCount), AllTypesDao::map, FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByMaybeCount} with the freshness of exactly the rows it returns, read in the same
   * statement, on {@code connection}, which stays open. Judged against the table's own duration
   * schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the result
   * to {@code ReadPolicy.enforce} to fail on stale data. A null {@code maybeCount} finds the rows
   * where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByMaybeCount(Connection connection, Integer maybeCount) {
    if (maybeCount == null) {
      return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_MAYBE_COUNT_NULL,
          Binder.NONE, AllTypesDao::map, FreshQueries.NO_BUDGET);
    }
    return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_MAYBE_COUNT,
        statement -> statement.setInt(1, maybeCount), AllTypesDao::map, FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByMaybeBig} with the freshness of exactly the rows it returns, read in the same
   * statement. Judged against the table's own duration schedule (no {@code maxStaleness} is
   * declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to fail
   * on stale data. A null {@code maybeBig} finds the rows where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByMaybeBig(Long maybeBig) {
    if (maybeBig == null) {
      return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_MAYBE_BIG_NULL, Binder.NONE,
          AllTypesDao::map, FreshQueries.NO_BUDGET);
    }
    return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_MAYBE_BIG,
        statement -> statement.setLong(1, maybeBig), AllTypesDao::map, FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByMaybeBig} with the freshness of exactly the rows it returns, read in the same
   * statement, on {@code connection}, which stays open. Judged against the table's own duration
   * schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the result
   * to {@code ReadPolicy.enforce} to fail on stale data. A null {@code maybeBig} finds the rows
   * where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByMaybeBig(Connection connection, Long maybeBig) {
    if (maybeBig == null) {
      return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_MAYBE_BIG_NULL, Binder.NONE,
          AllTypesDao::map, FreshQueries.NO_BUDGET);
    }
    return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_MAYBE_BIG,
        statement -> statement.setLong(1, maybeBig), AllTypesDao::map, FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByMaybeRatio} with the freshness of exactly the rows it returns, read in the same
   * statement. Judged against the table's own duration schedule (no {@code maxStaleness} is
   * declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to fail
   * on stale data. A null {@code maybeRatio} finds the rows where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByMaybeRatio(Float maybeRatio) {
    if (maybeRatio == null) {
      return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_MAYBE_RATIO_NULL,
          Binder.NONE, AllTypesDao::map, FreshQueries.NO_BUDGET);
    }
    return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_MAYBE_RATIO,
        statement -> statement.setFloat(1, maybeRatio), AllTypesDao::map, FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByMaybeRatio} with the freshness of exactly the rows it returns, read in the same
   * statement, on {@code connection}, which stays open. Judged against the table's own duration
   * schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the result
   * to {@code ReadPolicy.enforce} to fail on stale data. A null {@code maybeRatio} finds the rows
   * where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByMaybeRatio(Connection connection, Float maybeRatio) {
    if (maybeRatio == null) {
      return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_MAYBE_RATIO_NULL,
          Binder.NONE, AllTypesDao::map, FreshQueries.NO_BUDGET);
    }
    return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_MAYBE_RATIO,
        statement -> statement.setFloat(1, maybeRatio), AllTypesDao::map, FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByMaybeScore} with the freshness of exactly the rows it returns, read in the same
   * statement. Judged against the table's own duration schedule (no {@code maxStaleness} is
   * declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to fail
   * on stale data. A null {@code maybeScore} finds the rows where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByMaybeScore(Double maybeScore) {
    if (maybeScore == null) {
      return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_MAYBE_SCORE_NULL,
          Binder.NONE, AllTypesDao::map, FreshQueries.NO_BUDGET);
    }
    return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_MAYBE_SCORE,
        statement -> statement.setDouble(1, maybeScore), AllTypesDao::map, FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByMaybeScore} with the freshness of exactly the rows it returns, read in the same
   * statement, on {@code connection}, which stays open. Judged against the table's own duration
   * schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the result
   * to {@code ReadPolicy.enforce} to fail on stale data. A null {@code maybeScore} finds the rows
   * where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByMaybeScore(Connection connection, Double maybeScore) {
    if (maybeScore == null) {
      return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_MAYBE_SCORE_NULL,
          Binder.NONE, AllTypesDao::map, FreshQueries.NO_BUDGET);
    }
    return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_MAYBE_SCORE,
        statement -> statement.setDouble(1, maybeScore), AllTypesDao::map, FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByAmount} with the freshness of exactly the rows it returns, read in the same
   * statement. Judged against the table's own duration schedule (no {@code maxStaleness} is
   * declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to fail
   * on stale data. A null {@code amount} finds the rows where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByAmount(BigDecimal amount) {
    if (amount == null) {
      return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_AMOUNT_NULL, Binder.NONE,
          AllTypesDao::map, FreshQueries.NO_BUDGET);
    }
    return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_AMOUNT,
        statement -> statement.setBigDecimal(1, amount), AllTypesDao::map, FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByAmount} with the freshness of exactly the rows it returns, read in the same
   * statement, on {@code connection}, which stays open. Judged against the table's own duration
   * schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the result
   * to {@code ReadPolicy.enforce} to fail on stale data. A null {@code amount} finds the rows where
   * the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByAmount(Connection connection, BigDecimal amount) {
    if (amount == null) {
      return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_AMOUNT_NULL, Binder.NONE,
          AllTypesDao::map, FreshQueries.NO_BUDGET);
    }
    return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_AMOUNT,
        statement -> statement.setBigDecimal(1, amount), AllTypesDao::map, FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByHuge} with the freshness of exactly the rows it returns, read in the same
   * statement. Judged against the table's own duration schedule (no {@code maxStaleness} is
   * declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to fail
   * on stale data. A null {@code huge} finds the rows where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByHuge(BigInteger huge) {
    if (huge == null) {
      return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_HUGE_NULL, Binder.NONE,
          AllTypesDao::map, FreshQueries.NO_BUDGET);
    }
    return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_HUGE,
        statement -> Binds.setBigInteger(statement, 1, huge), AllTypesDao::map,
        FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByHuge} with the freshness of exactly the rows it returns, read in the same
   * statement, on {@code connection}, which stays open. Judged against the table's own duration
   * schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the result
   * to {@code ReadPolicy.enforce} to fail on stale data. A null {@code huge} finds the rows where
   * the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByHuge(Connection connection, BigInteger huge) {
    if (huge == null) {
      return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_HUGE_NULL, Binder.NONE,
          AllTypesDao::map, FreshQueries.NO_BUDGET);
    }
    return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_HUGE,
        statement -> Binds.setBigInteger(statement, 1, huge), AllTypesDao::map,
        FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByDay} with the freshness of exactly the rows it returns, read in the same
   * statement. Judged against the table's own duration schedule (no {@code maxStaleness} is
   * declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to fail
   * on stale data. A null {@code day} finds the rows where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByDay(LocalDate day) {
    if (day == null) {
      return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_DAY_NULL, Binder.NONE,
          AllTypesDao::map, FreshQueries.NO_BUDGET);
    }
    return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_DAY,
        statement -> statement.setObject(1, day), AllTypesDao::map, FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByDay} with the freshness of exactly the rows it returns, read in the same
   * statement, on {@code connection}, which stays open. Judged against the table's own duration
   * schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the result
   * to {@code ReadPolicy.enforce} to fail on stale data. A null {@code day} finds the rows where
   * the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByDay(Connection connection, LocalDate day) {
    if (day == null) {
      return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_DAY_NULL, Binder.NONE,
          AllTypesDao::map, FreshQueries.NO_BUDGET);
    }
    return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_DAY,
        statement -> statement.setObject(1, day), AllTypesDao::map, FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByTime} with the freshness of exactly the rows it returns, read in the same
   * statement. Judged against the table's own duration schedule (no {@code maxStaleness} is
   * declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to fail
   * on stale data. A null {@code time} finds the rows where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByTime(LocalTime time) {
    if (time == null) {
      return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_TIME_NULL, Binder.NONE,
          AllTypesDao::map, FreshQueries.NO_BUDGET);
    }
    return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_TIME,
        statement -> statement.setObject(1, time), AllTypesDao::map, FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByTime} with the freshness of exactly the rows it returns, read in the same
   * statement, on {@code connection}, which stays open. Judged against the table's own duration
   * schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the result
   * to {@code ReadPolicy.enforce} to fail on stale data. A null {@code time} finds the rows where
   * the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByTime(Connection connection, LocalTime time) {
    if (time == null) {
      return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_TIME_NULL, Binder.NONE,
          AllTypesDao::map, FreshQueries.NO_BUDGET);
    }
    return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_TIME,
        statement -> statement.setObject(1, time), AllTypesDao::map, FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByLocalAt} with the freshness of exactly the rows it returns, read in the same
   * statement. Judged against the table's own duration schedule (no {@code maxStaleness} is
   * declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to fail
   * on stale data. A null {@code localAt} finds the rows where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByLocalAt(LocalDateTime localAt) {
    if (localAt == null) {
      return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_LOCAL_AT_NULL, Binder.NONE,
          AllTypesDao::map, FreshQueries.NO_BUDGET);
    }
    return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_LOCAL_AT,
        statement -> statement.setObject(1, localAt), AllTypesDao::map, FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByLocalAt} with the freshness of exactly the rows it returns, read in the same
   * statement, on {@code connection}, which stays open. Judged against the table's own duration
   * schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the result
   * to {@code ReadPolicy.enforce} to fail on stale data. A null {@code localAt} finds the rows
   * where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByLocalAt(Connection connection, LocalDateTime localAt) {
    if (localAt == null) {
      return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_LOCAL_AT_NULL, Binder.NONE,
          AllTypesDao::map, FreshQueries.NO_BUDGET);
    }
    return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_LOCAL_AT,
        statement -> statement.setObject(1, localAt), AllTypesDao::map, FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByOffsetAt} with the freshness of exactly the rows it returns, read in the same
   * statement. Judged against the table's own duration schedule (no {@code maxStaleness} is
   * declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to fail
   * on stale data. A null {@code offsetAt} finds the rows where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByOffsetAt(OffsetDateTime offsetAt) {
    if (offsetAt == null) {
      return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_OFFSET_AT_NULL, Binder.NONE,
          AllTypesDao::map, FreshQueries.NO_BUDGET);
    }
    return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_OFFSET_AT,
        statement -> statement.setObject(1, offsetAt), AllTypesDao::map, FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByOffsetAt} with the freshness of exactly the rows it returns, read in the same
   * statement, on {@code connection}, which stays open. Judged against the table's own duration
   * schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the result
   * to {@code ReadPolicy.enforce} to fail on stale data. A null {@code offsetAt} finds the rows
   * where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByOffsetAt(Connection connection, OffsetDateTime offsetAt) {
    if (offsetAt == null) {
      return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_OFFSET_AT_NULL, Binder.NONE,
          AllTypesDao::map, FreshQueries.NO_BUDGET);
    }
    return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_OFFSET_AT,
        statement -> statement.setObject(1, offsetAt), AllTypesDao::map, FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByAt} with the freshness of exactly the rows it returns, read in the same statement.
   * Judged against the table's own duration schedule (no {@code maxStaleness} is declared) and
   * returned whatever its age; pass the result to {@code ReadPolicy.enforce} to fail on stale data.
   * A null {@code at} finds the rows where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByAt(Instant at) {
    if (at == null) {
      return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_AT_NULL, Binder.NONE,
          AllTypesDao::map, FreshQueries.NO_BUDGET);
    }
    return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_AT,
        statement -> Binds.setInstant(statement, 1, at), AllTypesDao::map, FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByAt} with the freshness of exactly the rows it returns, read in the same statement,
   * on {@code connection}, which stays open. Judged against the table's own duration schedule (no
   * {@code maxStaleness} is declared) and returned whatever its age; pass the result to
   * {@code ReadPolicy.enforce} to fail on stale data. A null {@code at} finds the rows where the
   * column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByAt(Connection connection, Instant at) {
    if (at == null) {
      return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_AT_NULL, Binder.NONE,
          AllTypesDao::map, FreshQueries.NO_BUDGET);
    }
    return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_AT,
        statement -> Binds.setInstant(statement, 1, at), AllTypesDao::map, FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findById} with the freshness of exactly the rows it returns, read in the same statement.
   * Judged against the table's own duration schedule (no {@code maxStaleness} is declared) and
   * returned whatever its age; pass the result to {@code ReadPolicy.enforce} to fail on stale data.
   * A null {@code id} finds the rows where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshById(UUID id) {
    if (id == null) {
      return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_ID_NULL, Binder.NONE,
          AllTypesDao::map, FreshQueries.NO_BUDGET);
    }
    return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_ID,
        statement -> statement.setObject(1, id), AllTypesDao::map, FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findById} with the freshness of exactly the rows it returns, read in the same statement,
   * on {@code connection}, which stays open. Judged against the table's own duration schedule (no
   * {@code maxStaleness} is declared) and returned whatever its age; pass the result to
   * {@code ReadPolicy.enforce} to fail on stale data. A null {@code id} finds the rows where the
   * column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshById(Connection connection, UUID id) {
    if (id == null) {
      return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_ID_NULL, Binder.NONE,
          AllTypesDao::map, FreshQueries.NO_BUDGET);
    }
    return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_ID,
        statement -> statement.setObject(1, id), AllTypesDao::map, FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByPayload} with the freshness of exactly the rows it returns, read in the same
   * statement. Judged against the table's own duration schedule (no {@code maxStaleness} is
   * declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to fail
   * on stale data. A null {@code payload} finds the rows where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByPayload(byte[] payload) {
    if (payload == null) {
      return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_PAYLOAD_NULL, Binder.NONE,
          AllTypesDao::map, FreshQueries.NO_BUDGET);
    }
    return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_PAYLOAD,
        statement -> statement.setBytes(1, payload), AllTypesDao::map, FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByPayload} with the freshness of exactly the rows it returns, read in the same
   * statement, on {@code connection}, which stays open. Judged against the table's own duration
   * schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the result
   * to {@code ReadPolicy.enforce} to fail on stale data. A null {@code payload} finds the rows
   * where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByPayload(Connection connection, byte[] payload) {
    if (payload == null) {
      return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_PAYLOAD_NULL, Binder.NONE,
          AllTypesDao::map, FreshQueries.NO_BUDGET);
    }
    return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_PAYLOAD,
        statement -> statement.setBytes(1, payload), AllTypesDao::map, FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByStatus} with the freshness of exactly the rows it returns, read in the same
   * statement. Judged against the table's own duration schedule (no {@code maxStaleness} is
   * declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to fail
   * on stale data. A null {@code status} finds the rows where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByStatus(Status status) {
    if (status == null) {
      return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_STATUS_NULL, Binder.NONE,
          AllTypesDao::map, FreshQueries.NO_BUDGET);
    }
    return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_STATUS,
        statement -> statement.setString(1, status.name()), AllTypesDao::map,
        FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByStatus} with the freshness of exactly the rows it returns, read in the same
   * statement, on {@code connection}, which stays open. Judged against the table's own duration
   * schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the result
   * to {@code ReadPolicy.enforce} to fail on stale data. A null {@code status} finds the rows where
   * the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByStatus(Connection connection, Status status) {
    if (status == null) {
      return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_STATUS_NULL, Binder.NONE,
          AllTypesDao::map, FreshQueries.NO_BUDGET);
    }
    return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_STATUS,
        statement -> statement.setString(1, status.name()), AllTypesDao::map,
        FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByTags} with the freshness of exactly the rows it returns, read in the same
   * statement. Judged against the table's own duration schedule (no {@code maxStaleness} is
   * declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to fail
   * on stale data. A null {@code tags} finds the rows where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByTags(List<String> tags) {
    if (tags == null) {
      return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_TAGS_NULL, Binder.NONE,
          AllTypesDao::map, FreshQueries.NO_BUDGET);
    }
    return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_TAGS,
        statement -> Binds.setStringList(statement, 1, tags), AllTypesDao::map,
        FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByTags} with the freshness of exactly the rows it returns, read in the same
   * statement, on {@code connection}, which stays open. Judged against the table's own duration
   * schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the result
   * to {@code ReadPolicy.enforce} to fail on stale data. A null {@code tags} finds the rows where
   * the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByTags(Connection connection, List<String> tags) {
    if (tags == null) {
      return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_TAGS_NULL, Binder.NONE,
          AllTypesDao::map, FreshQueries.NO_BUDGET);
    }
    return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_TAGS,
        statement -> Binds.setStringList(statement, 1, tags), AllTypesDao::map,
        FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByIds} with the freshness of exactly the rows it returns, read in the same
   * statement. Judged against the table's own duration schedule (no {@code maxStaleness} is
   * declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to fail
   * on stale data. A null {@code ids} finds the rows where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByIds(List<Long> ids) {
    if (ids == null) {
      return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_IDS_NULL, Binder.NONE,
          AllTypesDao::map, FreshQueries.NO_BUDGET);
    }
    return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_IDS,
        statement -> Binds.setLongList(statement, 1, ids), AllTypesDao::map,
        FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByIds} with the freshness of exactly the rows it returns, read in the same
   * statement, on {@code connection}, which stays open. Judged against the table's own duration
   * schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the result
   * to {@code ReadPolicy.enforce} to fail on stale data. A null {@code ids} finds the rows where
   * the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByIds(Connection connection, List<Long> ids) {
    if (ids == null) {
      return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_IDS_NULL, Binder.NONE,
          AllTypesDao::map, FreshQueries.NO_BUDGET);
    }
    return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_IDS,
        statement -> Binds.setLongList(statement, 1, ids), AllTypesDao::map,
        FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByRanks} with the freshness of exactly the rows it returns, read in the same
   * statement. Judged against the table's own duration schedule (no {@code maxStaleness} is
   * declared) and returned whatever its age; pass the result to {@code ReadPolicy.enforce} to fail
   * on stale data. A null {@code ranks} finds the rows where the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByRanks(List<Integer> ranks) {
    if (ranks == null) {
      return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_RANKS_NULL, Binder.NONE,
          AllTypesDao::map, FreshQueries.NO_BUDGET);
    }
    return FreshQueries.list(dataSource, STREAM_TABLE, FIND_FRESH_BY_RANKS,
        statement -> Binds.setIntegerList(statement, 1, ranks), AllTypesDao::map,
        FreshQueries.NO_BUDGET);
  }

  /**
   * {@code findByRanks} with the freshness of exactly the rows it returns, read in the same
   * statement, on {@code connection}, which stays open. Judged against the table's own duration
   * schedule (no {@code maxStaleness} is declared) and returned whatever its age; pass the result
   * to {@code ReadPolicy.enforce} to fail on stale data. A null {@code ranks} finds the rows where
   * the column IS NULL.
   */
  public Fresh<List<AllTypes>> findFreshByRanks(Connection connection, List<Integer> ranks) {
    if (ranks == null) {
      return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_RANKS_NULL, Binder.NONE,
          AllTypesDao::map, FreshQueries.NO_BUDGET);
    }
    return FreshQueries.list(connection, STREAM_TABLE, FIND_FRESH_BY_RANKS,
        statement -> Binds.setIntegerList(statement, 1, ranks), AllTypesDao::map,
        FreshQueries.NO_BUDGET);
  }

  /**
   * Reads the current row of {@code row} into a new {@link AllTypes}, each column by its
   * position in the select list that every statement of this DAO shares.
   */
  private static AllTypes map(ResultSet row) throws SQLException {
    long rowId = row.getLong(1);
    if (row.wasNull()) {
      throw new UnexpectedNullException(STREAM_TABLE, "__pgt_row_id", "AllTypes.rowId");
    }
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
    BigDecimal amount = row.getBigDecimal(15);
    BigInteger huge = Rows.getBigInteger(row, 16, STREAM_TABLE, "huge", "AllTypes.huge");
    LocalDate day = row.getObject(17, LocalDate.class);
    LocalTime time = row.getObject(18, LocalTime.class);
    LocalDateTime localAt = row.getObject(19, LocalDateTime.class);
    OffsetDateTime offsetAt = row.getObject(20, OffsetDateTime.class);
    Instant at = Rows.getInstant(row, 21);
    UUID id = row.getObject(22, UUID.class);
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
}
