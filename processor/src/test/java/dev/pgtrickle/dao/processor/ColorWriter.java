package dev.pgtrickle.dao.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Another library's processor, for tests of deferral and processor order: writes enum {@code
 * com.example.Color} in the first round, so a record with a {@code Color} component can only be
 * processed in the second.
 */
@SupportedAnnotationTypes("dev.pgtrickle.dao.annotations.StreamTableView")
final class ColorWriter extends AbstractProcessor {
  private boolean written;

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (!written) {
      written = true;
      try (Writer writer =
          processingEnv.getFiler().createSourceFile("com.example.Color").openWriter()) {
        writer.write("package com.example;\n\npublic enum Color { RED, GREEN }\n");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return false;
  }
}
