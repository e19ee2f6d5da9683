package dev.pgtrickle.dao.processor;

import com.palantir.javapoet.ClassName;
import dev.pgtrickle.dao.processor.diagnostics.Message;
import dev.pgtrickle.dao.processor.diagnostics.Position;
import dev.pgtrickle.dao.processor.diagnostics.Report;
import dev.pgtrickle.dao.processor.model.Names;
import dev.pgtrickle.dao.processor.model.Settings;
import dev.pgtrickle.dao.processor.schema.SchemaCheck;
import dev.pgtrickle.dao.processor.write.Injection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.lang.model.util.Elements;

/**
 * Reads the processor's options ({@code -Akey=value}) once per compilation and decides the {@link
 * Settings}. Problems are kept in a {@link Report} without a position: an option belongs to the
 * compilation, not to a type. {@code docs/dependency-injection.md} documents the options for users:
 *
 * <ul>
 *   <li>{@value #INJECTION} = {@code auto} (the default: jakarta's {@code @Inject} on the
 *       constructor if jakarta.inject is on the compile classpath, else javax's, else none), {@code
 *       jakarta}, {@code javax}, {@code spring} (Spring's {@code @Component} on the class) or
 *       {@code none};
 *   <li>{@value #SCOPE} = {@code none} (the default: no scope annotation, so the container's
 *       default scope applies) or {@code singleton} ({@code @Singleton} from the {@code @Inject}'s
 *       package).
 * </ul>
 */
public final class Options {
  /** The option that chooses the dependency-injection annotations. */
  public static final String INJECTION = "pgtrickle.dao.injection";

  /** The option that asks for a scope annotation on the generated classes. */
  public static final String SCOPE = "pgtrickle.dao.scope";

  static final Set<String> SUPPORTED = supported();

  /** Ours plus the schema check's ({@link SchemaCheck#OPTIONS}). */
  private static Set<String> supported() {
    Set<String> supported = new TreeSet<>(SchemaCheck.OPTIONS);
    supported.add(INJECTION);
    supported.add(SCOPE);
    return Set.copyOf(supported);
  }

  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  static final ClassName JAKARTA_INJECT = ClassName.get("jakarta.inject", "Inject");
  static final ClassName JAVAX_INJECT = ClassName.get("javax.inject", "Inject");
  static final ClassName SPRING_COMPONENT =
      ClassName.get("org.springframework.stereotype", "Component");

  private static final String PREFIX = "pgtrickle.dao.";
  private static final List<String> INJECTION_VALUES =
      List.of("auto", "jakarta", "javax", "spring", "none");
  private static final List<String> SCOPE_VALUES = List.of("none", "singleton");

  private final Settings settings;
  private final Report report;

  private Options(Settings settings, Report report) {
    this.settings = settings;
    this.report = report;
  }

  static Options read(Map<String, String> options, Elements elements) {
    Report report = new Report();
    // Sorted, so that several problems are always reported in the same order.
    for (Map.Entry<String, String> option : new TreeMap<>(options).entrySet()) {
      String key = option.getKey();
      if (key.startsWith(PREFIX) && !SUPPORTED.contains(key)) {
        String nearest = Names.nearest(key, SUPPORTED);
        report.error(
            Message.INVALID_OPTION,
            Position.NONE,
            key,
            String.valueOf(option.getValue()),
            "pgtrickle-dao has no such option"
                + (nearest == null ? "" : " (did you mean '" + nearest + "'?)"),
            "Remove it, or correct its name");
      }
    }
    ClassName generated = exists(elements, GENERATED) ? GENERATED : null;
    String injection = value(options, INJECTION, INJECTION_VALUES, report);
    String scope = value(options, SCOPE, SCOPE_VALUES, report);
    ClassName inject = null;
    List<ClassName> onType = new ArrayList<>();
    switch (injection == null ? "none" : injection) {
      case "auto":
        inject =
            exists(elements, JAKARTA_INJECT)
                ? JAKARTA_INJECT
                : exists(elements, JAVAX_INJECT) ? JAVAX_INJECT : null;
        break;
      case "jakarta":
        inject =
            required(
                elements, JAKARTA_INJECT, "jakarta", "jakarta.inject:jakarta.inject-api", report);
        break;
      case "javax":
        inject = required(elements, JAVAX_INJECT, "javax", "javax.inject:javax.inject", report);
        break;
      case "spring":
        ClassName component =
            required(
                elements, SPRING_COMPONENT, "spring", "org.springframework:spring-context", report);
        if (component != null) {
          onType.add(component);
        }
        break;
      default: // none
        break;
    }
    if ("singleton".equals(scope)) {
      if (inject != null) {
        onType.add(Injection.singleton(inject));
      } else if (report.isClean()) {
        report.error(
            Message.INVALID_OPTION,
            Position.NONE,
            SCOPE,
            scope,
            "@Singleton needs jakarta's or javax's @Inject, and "
                + ("spring".equals(injection)
                    ? "Spring's @Component is a singleton already"
                    : "-A" + INJECTION + "=" + injection + " chose none"),
            "Set -A" + INJECTION + "=jakarta or javax, or leave " + SCOPE + " out");
      }
    }
    return new Options(new Settings(generated, inject, onType), report);
  }

  /** The option's value, its first allowed value if absent, or null after reporting a bad one. */
  private static String value(
      Map<String, String> options, String key, List<String> allowed, Report report) {
    if (!options.containsKey(key)) {
      return allowed.get(0);
    }
    // -Akey without a value arrives as a null value, which is no valid choice either.
    String value = Objects.requireNonNullElse(options.get(key), "");
    if (allowed.contains(value)) {
      return value;
    }
    String nearest = Names.nearest(value, allowed);
    report.error(
        Message.INVALID_OPTION,
        Position.NONE,
        key,
        value,
        "expected "
            + String.join(", ", allowed.subList(0, allowed.size() - 1))
            + " or "
            + allowed.get(allowed.size() - 1)
            + (nearest == null ? "" : " (did you mean '" + nearest + "'?)"),
        "Set it to one of those values, or leave it out for " + allowed.get(0));
    return null;
  }

  private static ClassName required(
      Elements elements, ClassName annotation, String mode, String artifact, Report report) {
    if (exists(elements, annotation)) {
      return annotation;
    }
    report.error(
        Message.INJECTION_UNAVAILABLE,
        Position.NONE,
        INJECTION,
        mode,
        annotation.canonicalName(),
        artifact);
    return null;
  }

  private static boolean exists(Elements elements, ClassName type) {
    return elements.getTypeElement(type.canonicalName()) != null;
  }

  Settings settings() {
    return settings;
  }

  /** The problems with the options; generation needs it clean. */
  Report report() {
    return report;
  }
}
