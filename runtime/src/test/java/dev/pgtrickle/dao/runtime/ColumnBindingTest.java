package dev.pgtrickle.dao.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pgtrickle.dao.runtime.internal.Columns;
import dev.pgtrickle.dao.runtime.internal.ConnectionSource;
import dev.pgtrickle.dao.runtime.internal.TypedSelect;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each typed factory binds values with the setter and array type its PostgreSQL type needs. */
class ColumnBindingTest {
  record Row(String s) {}

  enum Shade {
    LIGHT,
    DARK
  }

  private final FakeJdbc jdbc = new FakeJdbc();

  private List<String> bound(Condition<Row> condition) throws SQLException {
    PreparedStatement statement = jdbc.connection().prepareStatement(condition.sql());
    Condition.Parameter[] parameters = condition.parameters();
    for (int i = 0; i < parameters.length; i++) {
      parameters[i].bind(statement, i + 1);
    }
    return jdbc.binds();
  }

  @Test
  void textBooleanAndIntegersUseTheirPlainSetters() throws SQLException {
    bound(Columns.<Row>ofString("c").eq("x"));
    bound(Columns.<Row>ofBoolean("c").eq(true));
    bound(Columns.<Row>ofShort("c").eq((short) 2));
    bound(Columns.<Row>ofInteger("c").eq(3));
    bound(Columns.<Row>ofLong("c").eq(4L));
    bound(Columns.<Row>ofFloat("c").eq(0.5f));
    bound(Columns.<Row>ofDouble("c").eq(0.25));
    assertEquals(
        List.of(
            "setString(1, x)",
            "setBoolean(1, true)",
            "setShort(1, 2)",
            "setInt(1, 3)",
            "setLong(1, 4)",
            "setFloat(1, 0.5)",
            "setDouble(1, 0.25)"),
        jdbc.binds());
  }

  @Test
  void decimalsBigIntegersAndTemporalsBindAsPostgresqlExpects() throws SQLException {
    bound(Columns.<Row>ofBigDecimal("c").eq(new BigDecimal("1.50")));
    bound(Columns.<Row>ofBigInteger("c").eq(BigInteger.TEN));
    bound(Columns.<Row>ofLocalDate("c").eq(LocalDate.of(2024, 2, 29)));
    bound(Columns.<Row>ofLocalTime("c").eq(LocalTime.of(10, 15)));
    bound(Columns.<Row>ofLocalDateTime("c").eq(LocalDateTime.of(2024, 1, 2, 3, 4)));
    bound(
        Columns.<Row>ofOffsetDateTime("c")
            .eq(OffsetDateTime.of(2024, 1, 2, 3, 4, 0, 0, ZoneOffset.ofHours(2))));
    bound(Columns.<Row>ofInstant("c").eq(Instant.parse("2024-01-02T03:04:05Z")));
    assertEquals(
        List.of(
            "setBigDecimal(1, 1.50)",
            "setBigDecimal(1, 10)",
            "setObject(1, 2024-02-29)",
            "setObject(1, 10:15)",
            "setObject(1, 2024-01-02T03:04)",
            "setObject(1, 2024-01-02T03:04+02:00)",
            "setObject(1, 2024-01-02T03:04:05Z)"),
        jdbc.binds());
  }

  @Test
  void uuidsBytesEnumsAndListsBindAsPostgresqlExpects() throws SQLException {
    UUID id = new UUID(0, 1);
    bound(Columns.<Row>ofUuid("c").eq(id));
    bound(Columns.<Row>ofBytes("c").eq(new byte[] {1, 2}));
    bound(Columns.<Row, Shade>ofEnum("c", Shade::valueOf).eq(Shade.DARK));
    bound(Columns.<Row>ofStringList("c").eq(List.of("a", "b")));
    bound(Columns.<Row>ofLongList("c").eq(List.of(1L)));
    bound(Columns.<Row>ofIntegerList("c").eq(List.of(2)));
    assertEquals(
        List.of(
            "setObject(1, " + id + ")",
            "setBytes(1, [1, 2])",
            "setString(1, DARK)",
            "setArray(1, text[a, b] as Object[])",
            "setArray(1, int8[1] as Object[])",
            "setArray(1, int4[2] as Object[])"),
        jdbc.binds());
  }

  @Test
  void inBindsOneArrayOfTheElementTypeOfEachKind() throws SQLException {
    bound(Columns.<Row>ofString("c").in("x", "y"));
    bound(Columns.<Row>ofBoolean("c").in(true));
    bound(Columns.<Row>ofShort("c").in((short) 2));
    bound(Columns.<Row>ofInteger("c").in(3));
    bound(Columns.<Row>ofLong("c").in(4L, 5L));
    bound(Columns.<Row>ofFloat("c").in(0.5f));
    bound(Columns.<Row>ofDouble("c").in(0.25));
    bound(Columns.<Row>ofBigDecimal("c").in(new BigDecimal("1.5")));
    bound(Columns.<Row>ofBigInteger("c").in(BigInteger.TWO));
    bound(Columns.<Row>ofUuid("c").in(new UUID(0, 1)));
    bound(Columns.<Row>ofBytes("c").in(new byte[] {7}));
    bound(Columns.<Row, Shade>ofEnum("c", Shade::valueOf).in(Shade.LIGHT, Shade.DARK));
    assertEquals(
        List.of(
            "setArray(1, text[x, y] as String[])",
            "setArray(1, bool[true] as Boolean[])",
            "setArray(1, int2[2] as Short[])",
            "setArray(1, int4[3] as Integer[])",
            "setArray(1, int8[4, 5] as Long[])",
            "setArray(1, float4[0.5] as Float[])",
            "setArray(1, float8[0.25] as Double[])",
            "setArray(1, numeric[1.5] as BigDecimal[])",
            "setArray(1, numeric[2] as BigDecimal[])",
            "setArray(1, uuid[00000000-0000-0000-0000-000000000001] as UUID[])",
            "setArray(1, bytea[[7]] as byte[][])",
            "setArray(1, text[LIGHT, DARK] as String[])"),
        jdbc.binds());
  }

  @Test
  void inOverTemporalsBindsPostgresqlTextThatMatchesTheDriversOwn() throws SQLException {
    bound(Columns.<Row>ofLocalDate("c").in(LocalDate.of(0, 1, 1), LocalDate.of(10000, 1, 1)));
    bound(Columns.<Row>ofLocalTime("c").in(LocalTime.of(23, 59, 59, 999_999_500)));
    bound(Columns.<Row>ofLocalDateTime("c").in(LocalDateTime.MAX));
    bound(
        Columns.<Row>ofOffsetDateTime("c")
            .in(OffsetDateTime.of(2024, 1, 2, 3, 4, 0, 0, ZoneOffset.ofHours(2))));
    bound(Columns.<Row>ofInstant("c").in(Instant.parse("2024-01-02T03:04:05.123Z")));
    assertEquals(
        List.of(
            "setArray(1, date[0001-01-01 BC, 10000-01-01] as String[])",
            "setArray(1, time[24:00:00] as String[])",
            "setArray(1, timestamp[infinity] as String[])",
            "setArray(1, timestamptz[2024-01-02 01:04+00] as String[])",
            "setArray(1, timestamptz[2024-01-02 03:04:05.123+00] as String[])"),
        jdbc.binds());
  }

  @Test
  void inOverArrayColumnsBindsEachValue() throws SQLException {
    bound(Columns.<Row>ofStringList("c").in(List.of("a"), List.of("b")));
    assertEquals(
        List.of("setArray(1, text[a] as Object[])", "setArray(2, text[b] as Object[])"),
        jdbc.binds());
  }

  @Test
  void untypedColumnsBindWithSetObjectAndCannotReadAggregates() throws SQLException {
    Column<Row, Long> untyped = Columns.of("c");
    bound(untyped.eq(5L).or(untyped.in(6L)));
    assertEquals(List.of("setObject(1, 5)", "setObject(2, 6)"), jdbc.binds());
    jdbc.returning(new Object[] {1L});
    Select<Row> all =
        TypedSelect.from(
            ConnectionSource.of(jdbc.dataSource()),
            StreamTableName.of("s", "t"),
            "SELECT 1",
            r -> null);
    UnsupportedOperationException e =
        assertThrows(UnsupportedOperationException.class, () -> all.max(untyped));
    assertEquals(true, e.getMessage().contains("Column.ofLong"), e.getMessage());
  }
}
