package dev.pgtrickle.dao.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RowIdentityTest {
  @Test
  void equalsAndHashCodeCompareTheBytes() {
    RowIdentity a = RowIdentity.of(new byte[] {1, 2, (byte) 0xff});
    RowIdentity b = RowIdentity.of(new byte[] {1, 2, (byte) 0xff});
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, RowIdentity.of(new byte[] {1, 2}));
  }

  @Test
  void printsPostgresHexFormAndParsesItBack() {
    RowIdentity id = RowIdentity.of(new byte[] {0x0a, 0x1b, (byte) 0xc2});
    assertEquals("\\x0a1bc2", id.toString());
    assertEquals(id, RowIdentity.parse("\\x0a1bc2"));
    assertEquals(id, RowIdentity.parse("0A1BC2"));
    assertEquals("\\x", RowIdentity.of(new byte[0]).toString());
  }

  @Test
  void cannotBeChangedThroughTheArrays() {
    byte[] source = {1, 2, 3};
    RowIdentity id = RowIdentity.of(source);
    source[0] = 9;
    id.bytes()[1] = 9;
    assertArrayEquals(new byte[] {1, 2, 3}, id.bytes());
    assertEquals(3, id.length());
  }

  @Test
  void rejectsTextThatIsNotHex() {
    assertThrows(IllegalArgumentException.class, () -> RowIdentity.parse("\\x0"));
    assertThrows(IllegalArgumentException.class, () -> RowIdentity.parse("zz"));
  }
}
