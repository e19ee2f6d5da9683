package dev.pgtrickle.dao.processor.model;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.pgtrickle.dao.runtime.internal.Binds;
import dev.pgtrickle.dao.runtime.internal.Rows;
import dev.pgtrickle.dao.runtime.internal.ValueKind;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import javax.lang.model.type.TypeKind;
import org.junit.jupiter.api.Test;

/**
 * The processor's one table of supported types agrees with the runtime it generates calls to: every
 * read and bind method exists, every {@code ValueKind} exists and accepts exactly the SQL types the
 * table says.
 */
class ValueTypeTest {
  @Test
  void everyReaderExists() {
    for (ValueType type : ValueType.values()) {
      Class<?> owner =
          type.read == ValueType.Read.GETTER || type.read == ValueType.Read.PRIMITIVE
              ? ResultSet.class
              : Rows.class;
      assertWithMessage(type + " reads with " + owner.getSimpleName() + "." + type.reader)
          .that(hasMethod(owner, type.reader))
          .isTrue();
    }
  }

  @Test
  void everyBinderExists() {
    for (ValueType type : ValueType.values()) {
      Class<?> owner = type.bind == ValueType.Bind.BINDS ? Binds.class : PreparedStatement.class;
      assertWithMessage(type + " binds with " + owner.getSimpleName() + "." + type.binder)
          .that(hasMethod(owner, type.binder))
          .isTrue();
    }
  }

  @Test
  void everyKindIsTheRuntimesAndAcceptsTheTablesSqlTypes() throws ReflectiveOperationException {
    Field expected = ValueKind.class.getDeclaredField("expected");
    expected.setAccessible(true);
    for (ValueType type : ValueType.values()) {
      if (type.kind == null) {
        assertThat(type).isEqualTo(ValueType.ENUM);
        continue;
      }
      Field constant = ValueKind.class.getField(type.kind);
      assertThat(Modifier.isStatic(constant.getModifiers())).isTrue();
      Object accepted = expected.get(constant.get(null));
      if (type == ValueType.STRING) {
        assertThat(accepted).isNull(); // any column, read as text
      } else {
        assertWithMessage(type.toString()).that(accepted).isEqualTo(type.sqlTypes);
      }
    }
  }

  @Test
  void diagnosticsListEveryTypeAUserMayWrite() {
    assertThat(ValueType.SUPPORTED)
        .isEqualTo(
            "String, boolean, short, int, long, float, double, Boolean, Short, Integer, Long,"
                + " Float, Double, BigDecimal, BigInteger, LocalDate, LocalTime, LocalDateTime,"
                + " OffsetDateTime, Instant, UUID, byte[], any enum, List<String>, List<Long>,"
                + " List<Integer>");
  }

  @Test
  void lookupsFindTheirRowsAndNothingElse() {
    assertThat(ValueType.primitive(TypeKind.LONG)).isEqualTo(ValueType.LONG);
    assertThat(ValueType.primitive(TypeKind.CHAR)).isNull();
    assertThat(ValueType.primitive(TypeKind.BYTE)).isNull();
    assertThat(ValueType.declared("java.lang.Long")).isEqualTo(ValueType.LONG_BOXED);
    assertThat(ValueType.declared("dev.pgtrickle.dao.runtime.RowIdentity"))
        .isEqualTo(ValueType.ROW_ID);
    assertThat(ValueType.declared("java.util.Date")).isNull();
    assertThat(ValueType.declared("long")).isNull();
    assertThat(ValueType.list("java.lang.Integer")).isEqualTo(ValueType.INTEGER_LIST);
    assertThat(ValueType.list("java.lang.Short")).isNull();
    assertThat(ValueType.declaredBySimpleName()).containsEntry("UUID", "java.util.UUID");
    assertThat(ValueType.declaredBySimpleName()).doesNotContainKey("List<Long>");
  }

  private static boolean hasMethod(Class<?> owner, String name) {
    return Arrays.stream(owner.getMethods()).map(Method::getName).anyMatch(name::equals);
  }
}
