package dev.pgtrickle.dao.definitions;

import dev.pgtrickle.dao.runtime.ArtifactArchitecture;

/**
 * The shape of the definitions artifact, checked with ArchUnit by the rules every artifact built on
 * the runtime shares ({@link ArtifactArchitecture}): at most 3 public top-level types.
 */
class ArchitectureTest extends ArtifactArchitecture {
  ArchitectureTest() {
    super("dev.pgtrickle.dao.definitions", 3);
  }
}
