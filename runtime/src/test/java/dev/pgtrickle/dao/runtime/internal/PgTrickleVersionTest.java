package dev.pgtrickle.dao.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PgTrickleVersionTest {
  @Test
  void supportsExactlyThe108Line() {
    assertTrue(PgTrickleVersion.parse("0.108.0").isSupported());
    assertTrue(PgTrickleVersion.parse("0.108.3").isSupported());
    assertTrue(PgTrickleVersion.parse("0.108.12-rc1").isSupported());
    assertFalse(PgTrickleVersion.parse("0.67.0").isSupported());
    assertFalse(PgTrickleVersion.parse("0.107.9").isSupported());
    assertFalse(PgTrickleVersion.parse("0.109.0").isSupported());
    assertFalse(PgTrickleVersion.parse("1.0.0").isSupported());
  }

  @Test
  void comparesNumerically() {
    assertTrue(PgTrickleVersion.parse("0.108.10").compareTo(PgTrickleVersion.parse("0.108.9")) > 0);
    assertEquals(PgTrickleVersion.parse("0.108.3"), PgTrickleVersion.parse(" 0.108.3 "));
  }

  @Test
  void rejectsTextThatIsNoVersion() {
    assertThrows(IllegalArgumentException.class, () -> PgTrickleVersion.parse("0.108"));
    assertThrows(IllegalArgumentException.class, () -> PgTrickleVersion.parse("x.y.z"));
  }
}
