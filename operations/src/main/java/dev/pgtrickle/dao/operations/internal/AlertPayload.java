package dev.pgtrickle.dao.operations.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A tolerant reader of pg_trickle's {@code pg_trickle_alert} payloads: flat, compact JSON objects
 * such as {@code {"action":"FULL","event":"refresh_completed","pgt_name":"t",...}}.
 *
 * <p>pg_trickle 0.108 keeps oversized payloads valid JSON: it adds {@code "truncated":true},
 * shortens strings, and drops optional keys, naming them in {@code "omitted_fields"} (an array); at
 * worst only the identity keys remain ({@link #isTruncated()}, {@link #omittedFields()}). Every
 * payload also carries {@code database_oid} ({@link #databaseOid()}), since NOTIFY reaches every
 * database's listeners on the server.
 *
 * <p>This reader never throws, even on text that is not JSON (such as the {@code ...}}-cut payloads
 * of releases before 0.9x): it keeps every key/value pair read completely before the point where
 * the text stops being JSON, and reports whether the whole text was a valid object ({@link
 * #isComplete()}). A string value that is cut keeps the part that arrived, ending in {@code ...},
 * and is named by {@link #partialKey()}; a cut number or literal is dropped, since its value is
 * unknown. Nested objects and arrays are kept as their raw JSON text. JSON {@code null} values are
 * left out.
 */
public final class AlertPayload {
  private static final String CUT_MARKER = "...}";

  private final String text;
  private final Map<String, String> fields;
  private final boolean complete;
  private final String partialKey;

  private AlertPayload(
      String text, Map<String, String> fields, boolean complete, String partialKey) {
    this.text = text;
    this.fields = Collections.unmodifiableMap(fields);
    this.complete = complete;
    this.partialKey = partialKey;
  }

  /** Reads {@code text}; never throws. */
  public static AlertPayload parse(String text) {
    Objects.requireNonNull(text, "text");
    return new Reader(text).read();
  }

  /** The payload as received. */
  public String text() {
    return text;
  }

  /**
   * The key/value pairs read, in payload order: strings unescaped, numbers and booleans as their
   * JSON text, nested values as raw JSON.
   */
  public Map<String, String> fields() {
    return fields;
  }

  /** The value of {@code key}, if it was read. */
  public Optional<String> get(String key) {
    return Optional.ofNullable(fields.get(key));
  }

  /** Whether the whole payload was one valid JSON object. */
  public boolean isComplete() {
    return complete;
  }

  /**
   * Whether pg_trickle shortened the payload to fit NOTIFY's size limit: 0.108's {@code
   * "truncated":true}, or a payload cut into invalid JSON ending in {@code ...}}.
   */
  public boolean isTruncated() {
    return "true".equals(fields.get("truncated")) || !complete && text.endsWith(CUT_MARKER);
  }

  /**
   * The keys pg_trickle dropped to shorten the payload ({@code omitted_fields}); empty when none
   * were dropped (or the list itself could not be read).
   */
  public List<String> omittedFields() {
    String raw = fields.get("omitted_fields");
    if (raw == null || !raw.startsWith("[")) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    Reader reader = new Reader(raw);
    reader.pos = 1;
    while (true) {
      reader.skipWhiteSpace();
      if (reader.peek() != '"') {
        break;
      }
      StringBuilder name = new StringBuilder();
      if (!reader.readString(name)) {
        break;
      }
      names.add(name.toString());
      reader.skipWhiteSpace();
      if (!reader.consume(',')) {
        break;
      }
    }
    return Collections.unmodifiableList(names);
  }

  /**
   * The OID of the database whose pg_trickle sent the event ({@code database_oid}, pg_trickle
   * 0.108); empty when the payload has none.
   */
  public OptionalLong databaseOid() {
    String value = fields.get("database_oid");
    if (value == null) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(value));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  /** The key whose string value was cut, if one was. */
  public Optional<String> partialKey() {
    return Optional.ofNullable(partialKey);
  }

  @Override
  public String toString() {
    return (complete ? "" : "incomplete ") + fields;
  }

  /** A recursive-descent reader that stops, keeping what it has, at the first error. */
  private static final class Reader {
    private final String s;
    private final Map<String, String> fields = new LinkedHashMap<>();
    private int pos;
    private String partialKey;

    Reader(String s) {
      this.s = s;
    }

    AlertPayload read() {
      boolean complete = readObject();
      return new AlertPayload(s, fields, complete, partialKey);
    }

    private boolean readObject() {
      skipWhiteSpace();
      if (!consume('{')) {
        return false;
      }
      skipWhiteSpace();
      if (consume('}')) {
        return atEnd();
      }
      while (true) {
        skipWhiteSpace();
        if (peek() != '"') {
          return false;
        }
        StringBuilder key = new StringBuilder();
        if (!readString(key)) {
          return false;
        }
        skipWhiteSpace();
        if (!consume(':')) {
          return false;
        }
        skipWhiteSpace();
        if (!readValue(key.toString())) {
          return false;
        }
        skipWhiteSpace();
        if (consume(',')) {
          continue;
        }
        if (consume('}')) {
          return atEnd();
        }
        return false;
      }
    }

    /** Reads one value into {@code fields}; false (keeping a cut string's part) on error. */
    private boolean readValue(String key) {
      char c = peek();
      if (c == '"') {
        StringBuilder value = new StringBuilder();
        if (readString(value)) {
          fields.put(key, value.toString());
          return true;
        }
        if (value.length() > 0) {
          String partial = value.toString();
          if (partial.endsWith(CUT_MARKER)) {
            partial = partial.substring(0, partial.length() - 1);
          }
          fields.put(key, partial);
          partialKey = key;
        }
        return false;
      }
      if (c == '{' || c == '[') {
        int start = pos;
        if (!skipNested()) {
          return false;
        }
        fields.put(key, s.substring(start, pos));
        return true;
      }
      if (literal("true") || literal("false")) {
        fields.put(key, s.substring(pos - (c == 't' ? 4 : 5), pos));
        return true;
      }
      if (literal("null")) {
        return true;
      }
      int start = pos;
      while (pos < s.length() && "+-.eE0123456789".indexOf(s.charAt(pos)) >= 0) {
        pos++;
      }
      String number = s.substring(start, pos);
      if (!isJsonNumber(number)) {
        return false;
      }
      fields.put(key, number);
      return true;
    }

    /**
     * Reads a string starting at the opening quote, unescaped into {@code into}. Returns false at
     * the end of the text or a bad escape, leaving what was read in {@code into}.
     */
    private boolean readString(StringBuilder into) {
      pos++; // the opening quote
      while (pos < s.length()) {
        char c = s.charAt(pos++);
        if (c == '"') {
          return true;
        }
        if (c != '\\') {
          into.append(c);
          continue;
        }
        if (pos >= s.length()) {
          return false;
        }
        char e = s.charAt(pos++);
        switch (e) {
          case '"':
          case '\\':
          case '/':
            into.append(e);
            break;
          case 'b':
            into.append('\b');
            break;
          case 'f':
            into.append('\f');
            break;
          case 'n':
            into.append('\n');
            break;
          case 'r':
            into.append('\r');
            break;
          case 't':
            into.append('\t');
            break;
          case 'u':
            if (pos + 4 > s.length()) {
              return false;
            }
            int code = 0;
            for (int i = 0; i < 4; i++) {
              int digit = Character.digit(s.charAt(pos + i), 16);
              if (digit < 0) {
                return false;
              }
              code = code * 16 + digit;
            }
            pos += 4;
            into.append((char) code);
            break;
          default:
            return false;
        }
      }
      return false;
    }

    /** Skips a nested object or array, honouring strings; false if it does not close. */
    private boolean skipNested() {
      int depth = 0;
      while (pos < s.length()) {
        char c = s.charAt(pos);
        if (c == '"') {
          if (!readString(new StringBuilder())) {
            return false;
          }
          continue;
        }
        pos++;
        if (c == '{' || c == '[') {
          depth++;
        } else if (c == '}' || c == ']') {
          depth--;
          if (depth == 0) {
            return true;
          }
        }
      }
      return false;
    }

    private boolean literal(String word) {
      if (s.startsWith(word, pos)) {
        int end = pos + word.length();
        if (end == s.length() || ",}] \t\r\n".indexOf(s.charAt(end)) >= 0) {
          pos = end;
          return true;
        }
      }
      return false;
    }

    private static boolean isJsonNumber(String number) {
      if (number.isEmpty() || number.startsWith("+") || number.endsWith(".")) {
        return false;
      }
      try {
        new BigDecimal(number);
        return true;
      } catch (NumberFormatException e) {
        return false;
      }
    }

    private void skipWhiteSpace() {
      while (pos < s.length() && " \t\r\n".indexOf(s.charAt(pos)) >= 0) {
        pos++;
      }
    }

    private char peek() {
      return pos < s.length() ? s.charAt(pos) : '\0';
    }

    private boolean consume(char c) {
      if (peek() == c && pos < s.length()) {
        pos++;
        return true;
      }
      return false;
    }

    private boolean atEnd() {
      skipWhiteSpace();
      return pos == s.length();
    }
  }
}
