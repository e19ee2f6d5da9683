package dev.pgtrickle.dao.processor.write;

import com.palantir.javapoet.CodeBlock;
import dev.pgtrickle.dao.processor.model.JavaString;
import java.util.ArrayList;
import java.util.List;

/**
 * A long SQL text as string literals joined by {@code +}, broken at spaces so that each fits a
 * line; the joined text is exactly the original.
 */
final class SqlLiteral {
  private static final int WIDTH = 70;

  private SqlLiteral() {}

  static CodeBlock of(String sql) {
    if (sql.length() <= WIDTH / 2) {
      return JavaString.of(sql);
    }
    List<String> pieces = pieces(sql, WIDTH);
    CodeBlock.Builder code = CodeBlock.builder().add("$Z$L", JavaString.of(pieces.get(0)));
    for (String piece : pieces.subList(1, pieces.size())) {
      code.add("\n$>$>+ $L$<$<", JavaString.of(piece));
    }
    return code.build();
  }

  /**
   * {@code sql} cut before spaces into pieces of at most {@code width} characters where possible.
   */
  static List<String> pieces(String sql, int width) {
    List<String> pieces = new ArrayList<>();
    int start = 0;
    while (sql.length() - start > width) {
      int cut = sql.lastIndexOf(' ', start + width);
      if (cut <= start) {
        cut = sql.indexOf(' ', start + width);
        if (cut < 0) {
          break;
        }
      }
      pieces.add(sql.substring(start, cut));
      start = cut;
    }
    pieces.add(sql.substring(start));
    return pieces;
  }
}
