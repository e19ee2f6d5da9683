package dev.pgtrickle.dao.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.pgtrickle.dao.processor.Options;
import dev.pgtrickle.dao.processor.model.Settings;
import java.util.ArrayList;
import java.util.List;

/**
 * The dependency-injection annotations of a generated class, all in one place so that every
 * generated class with a {@code (DataSource)} constructor carries the same ones. What they are is
 * the user's explicit choice, made once per compilation by the processor options (see {@link
 * Options} and {@code docs/dependency-injection.md}), in the spirit of MapStruct's {@code
 * componentModel}:
 *
 * <ul>
 *   <li>{@code @Inject} on the constructor (jakarta's or javax's) makes it injectable by Dagger,
 *       Guice, Spring and CDI, and says nothing about scope: by default the container makes a new,
 *       cheap DAO per injection, and a Dagger component needs no scope of its own;
 *   <li>Spring's {@code @Component} on the class, for component scanning;
 *   <li>{@code @Singleton} on the class only when the scope option asks for it.
 * </ul>
 */
public final class Injection {
  private Injection() {}

  /** Adds the class-level annotations the options chose; none by default. */
  public static void annotateType(TypeSpec.Builder type, Settings settings) {
    settings.onType().forEach(type::addAnnotation);
  }

  /** Adds {@code @Inject} to the {@code (DataSource)} constructor, where one was chosen. */
  public static void annotateConstructor(MethodSpec.Builder constructor, Settings settings) {
    if (settings.inject() != null) {
      constructor.addAnnotation(settings.inject());
    }
  }

  /** Every annotation the generated class carries, for reserving their simple names. */
  public static List<ClassName> annotations(Settings settings) {
    List<ClassName> annotations = new ArrayList<>();
    if (settings.inject() != null) {
      annotations.add(settings.inject());
    }
    annotations.addAll(settings.onType());
    return annotations;
  }

  /** {@code @Singleton} from the package of {@code inject}. */
  public static ClassName singleton(ClassName inject) {
    return inject.peerClass("Singleton");
  }
}
