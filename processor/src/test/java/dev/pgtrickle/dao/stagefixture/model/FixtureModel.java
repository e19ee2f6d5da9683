package dev.pgtrickle.dao.stagefixture.model;

import dev.pgtrickle.dao.stagefixture.write.FixtureWriter;

/**
 * A model class that wrongly reaches into the writer, the mistake {@code ProcessorStagesTest} must
 * catch (a stage using a later one, and with {@link FixtureWriter} a package cycle).
 */
public final class FixtureModel {
  private FixtureModel() {}

  /** Text the writer would produce: the forbidden edge from model to write. */
  public static String literal(String text) {
    return FixtureWriter.literal(text);
  }
}
