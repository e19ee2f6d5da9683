package dev.pgtrickle.dao.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Writing through a generated DAO does not compile, because it has no method that writes: the
 * read-only contract is checked by javac, not by convention.
 */
class NoWriteMethodsTest {

  @Test
  void saveDeleteUpdateAndInsertDoNotCompileOnAGeneratedDao() {
    JavaFileObject caller =
        Repositories.source(
            "Caller",
            "class Caller {",
            "  void write(TotalsDao dao, Totals row) {",
            "    dao.save(row);",
            "    dao.delete(row);",
            "    dao.update(row);",
            "    dao.insert(row);",
            "  }",
            "}");
    Compilation compilation = Sources.compile(caller, Repositories.totals());

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(4);
    List<String> verbs = List.of("save", "delete", "update", "insert");
    for (int i = 0; i < verbs.size(); i++) {
      assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(caller).onLine(5 + i);
      assertThat(compilation).hadErrorContaining("method " + verbs.get(i) + "(com.example.Totals)");
    }
  }

  @Test
  void theSameCallerCompilesWhenItOnlyReads() {
    JavaFileObject caller =
        Repositories.source(
            "Caller",
            "class Caller {",
            "  long read(TotalsDao dao) {",
            "    return dao.query().where(TotalsDao.REGION.eq(\"north\")).count();",
            "  }",
            "}");
    assertThat(Sources.compile(caller, Repositories.totals())).succeeded();
  }

  @Test
  void comparingAColumnWithAValueOfAnotherTypeDoesNotCompile() {
    JavaFileObject caller =
        Repositories.source(
            "Caller",
            "class Caller {",
            "  long read(TotalsDao dao) {",
            "    return dao.query().where(TotalsDao.ORDER_COUNT.eq(\"ten\")).count();",
            "  }",
            "}");
    Compilation compilation = Sources.compile(caller, Repositories.totals());
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("java.lang.String cannot be converted to java.lang.Long")
        .inFile(caller)
        .onLine(5);
    assertThat(compilation.errors()).hasSize(1);
  }
}
