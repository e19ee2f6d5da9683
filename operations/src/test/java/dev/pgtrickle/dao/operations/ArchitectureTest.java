package dev.pgtrickle.dao.operations;

import dev.pgtrickle.dao.runtime.ArtifactArchitecture;

/**
 * The shape of the operations artifact, checked with ArchUnit by the rules every artifact built on
 * the runtime shares ({@link ArtifactArchitecture}): at most 10 public top-level types.
 */
class ArchitectureTest extends ArtifactArchitecture {
  ArchitectureTest() {
    super("dev.pgtrickle.dao.operations", 10);
  }
}
