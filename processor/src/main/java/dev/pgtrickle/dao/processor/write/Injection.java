package dev.pgtrickle.dao.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.pgtrickle.dao.processor.Options;
import dev.pgtrickle.dao.processor.model.Settings;
import java.util.List;

/**
 * The dependency-injection annotations of a generated class, all in one place so that every
 * generated class with a {@code (DataSource)} constructor carries the same ones.
 *
 * <p>With an {@code @Inject} chosen (see {@link Options}), the class gets {@code @Named} and
 * {@code @Singleton} and its constructor {@code @Inject}, all three from the same package ({@code
 * jakarta.inject} or {@code javax.inject}):
 *
 * <ul>
 *   <li>{@code @Inject} makes the constructor injectable (Dagger, Guice, Spring, CDI);
 *   <li>{@code @Singleton} makes one instance serve the container. It is a pseudo-scope, which
 *       needs no proxy, so it works on a final class, unlike CDI's normal scopes;
 *   <li>{@code @Named}, without a value, is what Spring's component scanning looks for, and names
 *       the bean after the class ({@code orderTotalsDao}).
 * </ul>
 *
 * <p>With none chosen, the class and its constructor carry none of them.
 */
public final class Injection {
  private Injection() {}

  /** Adds the class-level annotations: {@code @Named} and {@code @Singleton}. */
  static void annotateType(TypeSpec.Builder type, Settings settings) {
    if (settings.inject() != null) {
      type.addAnnotation(named(settings.inject())).addAnnotation(singleton(settings.inject()));
    }
  }

  /** Adds {@code @Inject} to the {@code (DataSource)} constructor. */
  static void annotateConstructor(MethodSpec.Builder constructor, Settings settings) {
    if (settings.inject() != null) {
      constructor.addAnnotation(settings.inject());
    }
  }

  /** Every annotation the generated class carries, for reserving their simple names. */
  static List<ClassName> annotations(Settings settings) {
    ClassName inject = settings.inject();
    return inject == null ? List.of() : List.of(inject, named(inject), singleton(inject));
  }

  /** {@code @Named} from the package of {@code inject}. */
  public static ClassName named(ClassName inject) {
    return inject.peerClass("Named");
  }

  /** {@code @Singleton} from the package of {@code inject}. */
  public static ClassName singleton(ClassName inject) {
    return inject.peerClass("Singleton");
  }
}
