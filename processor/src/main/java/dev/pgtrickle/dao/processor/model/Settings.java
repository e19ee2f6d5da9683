package dev.pgtrickle.dao.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * The compilation-wide choices the writer needs besides the model: which annotations the generated
 * code carries. Decided once, from the processor's options and the compile classpath.
 *
 * @param generated {@code javax.annotation.processing.Generated}, or null where it does not exist
 *     (compiling for Java 8)
 * @param inject the {@code @Inject} annotation for the {@code (DataSource)} constructor, or null
 *     for none
 * @param onType the dependency-injection annotations of the generated class itself (Spring's
 *     {@code @Component}, an asked-for {@code @Singleton}); empty by default
 */
public record Settings(ClassName generated, ClassName inject, List<ClassName> onType) {
  public Settings {
    onType = List.copyOf(onType);
  }
}
