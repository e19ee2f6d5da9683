package dev.pgtrickle.dao.processor.parse;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.pgtrickle.dao.processor.model.Access;
import dev.pgtrickle.dao.processor.model.Names;
import dev.pgtrickle.dao.processor.model.TypeInfo;
import dev.pgtrickle.dao.processor.model.ValueType;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Sorts component types into the supported {@link ValueType}s and everything else. */
final class TypeClassifier {
  private static final String TIME_HINT =
      "read timestamptz as Instant or OffsetDateTime, timestamp as LocalDateTime, date as"
          + " LocalDate and time as LocalTime";
  private static final String ARRAY_HINT =
      "read arrays as List<String>, List<Long> or List<Integer>, and bytea as byte[]";
  private static final String OPTIONAL_HINT =
      "a column that can be NULL is read into a reference type that may hold null, such as Long"
          + " instead of Optional<Long>";
  private static final String CONCRETE_HINT = "give the component the column's concrete type";

  private static final Map<String, String> HINTS =
      Map.ofEntries(
          Map.entry("char", "read a single character as String"),
          Map.entry("java.lang.Character", "read a single character as String"),
          Map.entry("byte", "PostgreSQL has no one-byte integer: use short or Short"),
          Map.entry("java.lang.Byte", "PostgreSQL has no one-byte integer: use short or Short"),
          Map.entry("java.util.Optional", OPTIONAL_HINT),
          Map.entry("java.util.OptionalInt", OPTIONAL_HINT),
          Map.entry("java.util.OptionalLong", OPTIONAL_HINT),
          Map.entry("java.util.OptionalDouble", OPTIONAL_HINT),
          Map.entry("java.util.Date", TIME_HINT),
          Map.entry("java.util.Calendar", TIME_HINT),
          Map.entry("java.sql.Date", TIME_HINT),
          Map.entry("java.sql.Time", TIME_HINT),
          Map.entry("java.sql.Timestamp", TIME_HINT),
          Map.entry("java.time.ZonedDateTime", TIME_HINT),
          Map.entry("java.time.OffsetTime", TIME_HINT),
          Map.entry("java.util.List", ARRAY_HINT),
          Map.entry("java.util.Collection", ARRAY_HINT),
          Map.entry("java.util.Set", ARRAY_HINT),
          Map.entry("java.lang.Object", CONCRETE_HINT),
          Map.entry("java.lang.Number", CONCRETE_HINT),
          Map.entry("java.io.Serializable", CONCRETE_HINT));

  /** Supported declared types by simple name, to suggest one for a look-alike. */
  private static final Map<String, String> SIMPLE_NAMES = ValueType.declaredBySimpleName();

  TypeInfo classify(TypeMirror type) {
    String written = TypeText.of(type, false);
    String qualified = TypeText.of(type, true);
    if (TypeText.isUnresolved(type)) {
      return new TypeInfo(
          TypeInfo.Support.UNRESOLVED, null, null, written, qualified, "", Access.OK);
    }
    ValueType primitive = ValueType.primitive(type.getKind());
    if (primitive != null) {
      return supported(primitive, TypeName.get(type), written, qualified);
    }
    switch (type.getKind()) {
      case ARRAY:
        if (((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE) {
          return supported(ValueType.BYTES, ArrayTypeName.of(TypeName.BYTE), written, qualified);
        }
        return unsupported(written, qualified, ARRAY_HINT);
      case DECLARED:
        return declared((DeclaredType) type, written, qualified);
      case TYPEVAR:
        return new TypeInfo(
            TypeInfo.Support.TYPE_VARIABLE, null, null, written, qualified, "", Access.OK);
      default:
        return unsupported(written, qualified, HINTS.getOrDefault(written, ""));
    }
  }

  private TypeInfo declared(DeclaredType type, String written, String qualified) {
    TypeElement element = (TypeElement) type.asElement();
    String name = element.getQualifiedName().toString();
    if (element.getKind() == ElementKind.ENUM) {
      return new TypeInfo(
          TypeInfo.Support.SUPPORTED,
          ValueType.ENUM,
          ClassName.get(element),
          written,
          qualified,
          "",
          Accessibility.of(element));
    }
    if (name.equals("java.util.List")) {
      ValueType list = listType(type.getTypeArguments());
      if (list != null) {
        DeclaredType elementType = (DeclaredType) type.getTypeArguments().get(0);
        TypeName typeName =
            ParameterizedTypeName.get(
                ClassName.get(element), ClassName.get((TypeElement) elementType.asElement()));
        return supported(list, typeName, written, qualified);
      }
      return unsupported(written, qualified, ARRAY_HINT);
    }
    ValueType valueType = ValueType.declared(name);
    if (valueType != null) {
      return supported(valueType, ClassName.get(element), written, qualified);
    }
    String hint = HINTS.get(name);
    if (hint == null) {
      String simple = element.getSimpleName().toString();
      String nearest = Names.nearest(simple, SIMPLE_NAMES.keySet());
      hint = nearest == null ? "" : "did you mean " + SIMPLE_NAMES.get(nearest) + "?";
    }
    return unsupported(written, qualified, hint);
  }

  private static ValueType listType(List<? extends TypeMirror> arguments) {
    if (arguments.size() != 1 || arguments.get(0).getKind() != TypeKind.DECLARED) {
      return null;
    }
    return ValueType.list(qualifiedName(arguments.get(0)));
  }

  private static String qualifiedName(TypeMirror declared) {
    return ((TypeElement) ((DeclaredType) declared).asElement()).getQualifiedName().toString();
  }

  private static TypeInfo supported(
      ValueType valueType, TypeName typeName, String written, String qualified) {
    return new TypeInfo(
        TypeInfo.Support.SUPPORTED, valueType, typeName, written, qualified, "", Access.OK);
  }

  private static TypeInfo unsupported(String written, String qualified, String hint) {
    return new TypeInfo(
        TypeInfo.Support.UNSUPPORTED, null, null, written, qualified, hint, Access.OK);
  }
}
