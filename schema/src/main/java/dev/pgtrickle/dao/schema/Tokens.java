package dev.pgtrickle.dao.schema;

import java.util.ArrayList;
import java.util.List;

/** Splits a line of the schema files into words: bare words and double-quoted strings. */
final class Tokens {
  private Tokens() {}

  static List<String> split(String line, int lineNumber) {
    List<String> words = new ArrayList<>();
    int i = 0;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '"') {
        StringBuilder word = new StringBuilder();
        i++;
        while (true) {
          if (i >= line.length()) {
            throw new IllegalArgumentException(
                "line " + lineNumber + ": unterminated quoted name: " + line);
          }
          char d = line.charAt(i);
          if (d == '"') {
            if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
              word.append('"');
              i += 2;
            } else {
              i++;
              break;
            }
          } else {
            word.append(d);
            i++;
          }
        }
        words.add(word.toString());
      } else {
        int start = i;
        while (i < line.length() && !Character.isWhitespace(line.charAt(i))) {
          i++;
        }
        words.add(line.substring(start, i));
      }
    }
    return words;
  }
}
