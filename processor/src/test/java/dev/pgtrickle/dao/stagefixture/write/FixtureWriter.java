package dev.pgtrickle.dao.stagefixture.write;

import dev.pgtrickle.dao.stagefixture.model.FixtureModel;

/** A writer that reads the model, as it may; with {@link FixtureModel} it closes a cycle. */
public final class FixtureWriter {
  private FixtureWriter() {}

  /** A quoted literal. */
  public static String literal(String text) {
    return '"' + text + '"';
  }

  /** Writes through the model, the allowed direction. */
  public static String write(String text) {
    return FixtureModel.literal(text);
  }
}
