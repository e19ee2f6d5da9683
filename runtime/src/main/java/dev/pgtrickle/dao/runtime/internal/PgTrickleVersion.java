package dev.pgtrickle.dao.runtime.internal;

import java.util.Objects;

/**
 * A pg_trickle release number, as {@code pgtrickle.version()} returns it ({@code 0.108.3}), and the
 * releases this version of pgtrickle-dao supports.
 *
 * <p><b>Supported: the 0.108 line</b> ({@value #SUPPORTED}). That is the line the test suite's
 * stand-in models (0.108.3) and the one whose SQL surface the client is written against: {@code
 * bytea} row ids, owner-checked {@code SECURITY DEFINER} lifecycle functions, quote-aware name
 * arguments, the 76-column catalog, {@code database_oid} in alert payloads. Older lines differ in
 * each of these and are refused rather than half-working; a newer line is refused until it has been
 * tested. Comparison is numeric ({@code 0.108.10} is after {@code 0.108.9}); a suffix such as
 * {@code -rc1} is ignored.
 */
public final class PgTrickleVersion implements Comparable<PgTrickleVersion> {
  /** The supported range, for messages. */
  public static final String SUPPORTED = "0.108.0 to 0.108.x, i.e. >= 0.108.0 and < 0.109.0";

  /** The first supported release. */
  public static final PgTrickleVersion FIRST_SUPPORTED = new PgTrickleVersion(0, 108, 0, "0.108.0");

  /** The first release after the supported line. */
  public static final PgTrickleVersion FIRST_UNSUPPORTED =
      new PgTrickleVersion(0, 109, 0, "0.109.0");

  private final int major;
  private final int minor;
  private final int patch;
  private final String text;

  private PgTrickleVersion(int major, int minor, int patch, String text) {
    this.major = major;
    this.minor = minor;
    this.patch = patch;
    this.text = text;
  }

  /**
   * Reads {@code major.minor.patch}, ignoring anything after a {@code -} or {@code +}.
   *
   * @throws IllegalArgumentException if {@code text} is not of that form
   */
  public static PgTrickleVersion parse(String text) {
    Objects.requireNonNull(text, "text");
    String base = text.trim().split("[-+]", 2)[0];
    String[] parts = base.split("\\.", -1);
    if (parts.length != 3) {
      throw new IllegalArgumentException("not a pg_trickle version (major.minor.patch): " + text);
    }
    try {
      return new PgTrickleVersion(
          Integer.parseInt(parts[0]),
          Integer.parseInt(parts[1]),
          Integer.parseInt(parts[2]),
          text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "not a pg_trickle version (major.minor.patch): " + text, e);
    }
  }

  /** Whether this pgtrickle-dao supports the release ({@value #SUPPORTED}). */
  public boolean isSupported() {
    return compareTo(FIRST_SUPPORTED) >= 0 && compareTo(FIRST_UNSUPPORTED) < 0;
  }

  @Override
  public int compareTo(PgTrickleVersion other) {
    int c = Integer.compare(major, other.major);
    if (c == 0) {
      c = Integer.compare(minor, other.minor);
    }
    return c != 0 ? c : Integer.compare(patch, other.patch);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PgTrickleVersion && compareTo((PgTrickleVersion) other) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(major, minor, patch);
  }

  /** The text as the server returned it. */
  @Override
  public String toString() {
    return text;
  }
}
