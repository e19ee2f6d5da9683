package dev.pgtrickle.dao.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.pgtrickle.dao.processor.diagnostics.Position;
import java.util.List;

/**
 * Everything the processor knows about one interface annotated {@code @StreamTableRepository}: the
 * output of {@code parse.RepositoryParser}, the input of {@code validate.RepositoryValidator}.
 *
 * @param position the interface
 * @param annotation the annotation's {@code value}, or the annotation
 * @param problem why the interface cannot be implemented at all, or null
 * @param interfaceName the interface
 * @param table the record's model; null when {@code problem} is set
 * @param contract the type argument of {@code StreamTableDao} when the interface extends it, else
 *     null
 * @param methods the abstract methods
 */
public record Repository(
    Position position,
    Position annotation,
    String problem,
    ClassName interfaceName,
    StreamTable table,
    TypeName contract,
    List<Method> methods) {

  public Repository {
    methods = List.copyOf(methods);
  }

  /** The interface as written in its package, e.g. {@code Outer.Queries}. */
  public String displayName() {
    return String.join(".", interfaceName.simpleNames());
  }

  /** {@code OrderTotalsRepositoryImpl}, or {@code Outer_RepositoryImpl} when nested. */
  public ClassName implName() {
    return ClassName.get(
        interfaceName.packageName(), String.join("_", interfaceName.simpleNames()) + "Impl");
  }

  /** What the processor implements a method as. */
  public enum Kind {
    /** A finder derived from the method's name. */
    DERIVED,
    /** A method annotated {@code @Query}. */
    QUERY,
    /** {@code X on(Connection)}: the same repository, reading on the caller's connection. */
    ON,
    /** A method of {@code StreamTableDao}, implemented by the DAO. */
    DELEGATED
  }

  /** What a method returns. */
  public enum Shape {
    /** {@code List<R>}, where {@code R} is a record. */
    LIST,
    /** {@code Optional<R>}. */
    OPTIONAL,
    /** {@code R}. */
    ROW,
    /** {@code Stream<R>}. */
    STREAM,
    /** {@code Page<R>}: one page, chosen by a last {@code PageRequest} parameter. */
    PAGE,
    /** A supported value type, primitive or not: {@code long}, {@code String}, ... */
    SCALAR,
    /** {@code Optional} of a supported value type. */
    OPTIONAL_SCALAR,
    /** Anything else. */
    OTHER
  }

  /**
   * A method's return type.
   *
   * @param shape its shape
   * @param typeName the declared type
   * @param scalar for the scalar shapes, the value type; else null
   * @param row for the row shapes, the record of one row (the repository's own or a projection);
   *     else null
   * @param rowVisible whether code in the interface's package can name {@code row}: it is public
   *     (and so are its enclosing types), or in that package
   * @param written as the user wrote it
   */
  public record Returns(
      Shape shape,
      TypeName typeName,
      TypeInfo scalar,
      StreamTable row,
      boolean rowVisible,
      String written) {
    public boolean isPrimitive() {
      return typeName.isPrimitive();
    }
  }

  /**
   * A method parameter.
   *
   * @param position the parameter
   * @param name its name
   * @param typeName its declared type
   * @param type what the type classifier says about it
   * @param element for a {@code Collection}, {@code List} or {@code Set}, the element type (boxed,
   *     wildcard resolved); else null
   * @param connection whether it is a {@code java.sql.Connection}
   */
  public record Parameter(
      Position position,
      String name,
      TypeName typeName,
      TypeInfo type,
      TypeName element,
      boolean connection) {}

  /**
   * An abstract method.
   *
   * @param position the method
   * @param name its name
   * @param signature as diagnostics show it: {@code OrderTotalsQueries.save(OrderTotals)}
   * @param parameters its parameters
   * @param returns its return type
   * @param query the {@code @Query} text, or null for a derived finder
   * @param queryPosition the {@code @Query} value, or null
   * @param kind how it is implemented
   * @param delegate for {@link Kind#DELEGATED}, the overriding signature (types resolved for this
   *     interface) without a body; else null
   */
  public record Method(
      Position position,
      String name,
      String signature,
      List<Parameter> parameters,
      Returns returns,
      String query,
      Position queryPosition,
      Kind kind,
      MethodSpec delegate) {

    public Method {
      parameters = List.copyOf(parameters);
    }

    /** The connection parameter, if the first parameter is one; else null. */
    public Parameter connection() {
      return !parameters.isEmpty() && parameters.get(0).connection() ? parameters.get(0) : null;
    }

    /** The page request, if the last parameter is a {@code PageRequest}; else null. */
    public Parameter pageRequest() {
      return PageTypes.pageRequest(parameters);
    }

    /** The parameters that carry values: all but a leading connection and a last page request. */
    public List<Parameter> values() {
      int from = connection() == null ? 0 : 1;
      int to = pageRequest() == null ? parameters.size() : parameters.size() - 1;
      return parameters.subList(from, Math.max(from, to));
    }
  }
}
