package dev.pgtrickle.dao.processor;

import com.palantir.javapoet.ClassName;
import dev.pgtrickle.dao.processor.schema.SchemaCheck;
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
 * compilation, not to a type.
 */
final class Options {
  static final String INJECTION = "pgtrickle.dao.injection";
  static final Set<String> SUPPORTED = supported();

  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  static final ClassName JAKARTA_INJECT = ClassName.get("jakarta.inject", "Inject");
  static final ClassName JAVAX_INJECT = ClassName.get("javax.inject", "Inject");

  private static final String PREFIX = "pgtrickle.dao.";
  private static final List<String> INJECTION_VALUES = List.of("auto", "jakarta", "javax", "none");

  private final Settings settings;
  private final Report report;

  /** Ours plus the schema check's ({@link SchemaCheck#OPTIONS}). */
  private static Set<String> supported() {
    Set<String> supported = new TreeSet<>(SchemaCheck.OPTIONS);
    supported.add(INJECTION);
    return Set.copyOf(supported);
  }

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
    // -Akey without a value arrives as a null value, which is no valid choice either.
    String injection =
        options.containsKey(INJECTION)
            ? Objects.requireNonNullElse(options.get(INJECTION), "")
            : "auto";
    ClassName inject = inject(injection, elements, report);
    return new Options(new Settings(generated, inject), report);
  }

  private static ClassName inject(String mode, Elements elements, Report report) {
    switch (mode) {
      case "auto":
        if (exists(elements, JAKARTA_INJECT)) {
          return JAKARTA_INJECT;
        }
        return exists(elements, JAVAX_INJECT) ? JAVAX_INJECT : null;
      case "jakarta":
        return required(
            elements, JAKARTA_INJECT, mode, "jakarta.inject:jakarta.inject-api", report);
      case "javax":
        return required(elements, JAVAX_INJECT, mode, "javax.inject:javax.inject", report);
      case "none":
        return null;
      default:
        String nearest = Names.nearest(mode, INJECTION_VALUES);
        report.error(
            Message.INVALID_OPTION,
            Position.NONE,
            INJECTION,
            mode,
            "expected auto, jakarta, javax or none"
                + (nearest == null ? "" : " (did you mean '" + nearest + "'?)"),
            "Set it to one of those values, or leave it out for auto");
        return null;
    }
  }

  private static ClassName required(
      Elements elements, ClassName inject, String mode, String artifact, Report report) {
    if (exists(elements, inject)) {
      return inject;
    }
    report.error(
        Message.INJECTION_UNAVAILABLE,
        Position.NONE,
        INJECTION,
        mode,
        inject.canonicalName(),
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
