package dev.pgtrickle.dao.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * What an implementation is named, which {@code @Inject} it carries (the DAO's choice), that it is
 * written only when both the interface and its record are valid, that it delegates to the DAO
 * instead of copying it, and how {@code @Query} statements and projections come out.
 */
class RepositoryGenerationTest {
  private static final String FINDER = "  List<Totals> findByRegion(String region);";

  @Test
  void aNestedInterfaceGetsOuterUnderscoreInnerImpl() {
    JavaFileObject outer =
        Repositories.source(
            "Reports",
            "class Reports {",
            "  @StreamTableRepository(Totals.class)",
            "  interface ByRegion {",
            "    List<Totals> findByRegion(String region);",
            "  }",
            "}");
    Compilation compilation =
        Sources.compile(List.of("-Xlint:all,-processing", "-Werror"), outer, Repositories.totals());
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("com.example.Reports_ByRegionImpl")
        .contentsAsUtf8String()
        .contains("public final class Reports_ByRegionImpl implements Reports.ByRegion {");
  }

  @Test
  void theImplementationCarriesTheSameInjectAsTheDao() {
    for (String mode : List.of("javax", "jakarta")) {
      Compilation compilation =
          Sources.compile(
              List.of("-Apgtrickle.dao.injection=" + mode),
              Repositories.repository(FINDER),
              Repositories.totals());
      assertThat(compilation).succeeded();
      assertThat(compilation)
          .generatedSourceFile("com.example.TotalsRepositoryImpl")
          .contentsAsUtf8String()
          .contains("import " + mode + ".inject.Inject;");
      assertThat(compilation)
          .generatedSourceFile("com.example.TotalsRepositoryImpl")
          .contentsAsUtf8String()
          .contains("  @Inject\n  public TotalsRepositoryImpl(DataSource dataSource) {");
    }
  }

  @Test
  void noInjectWhenTheOptionSaysNone() {
    Compilation compilation =
        Sources.compile(
            List.of("-Apgtrickle.dao.injection=none"),
            Repositories.repository(FINDER),
            Repositories.totals());
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .generatedSourceFile("com.example.TotalsRepositoryImpl")
        .contentsAsUtf8String()
        .doesNotContain("@Inject");
  }

  @Test
  void theInterfaceIsTheImplementationsOneOriginatingElement() {
    Recorder recorder = new Recorder();
    Compilation compilation =
        Sources.compile(
            recorder.processor(),
            List.of(),
            Repositories.repository(FINDER),
            Repositories.totals());
    assertThat(compilation).succeeded();
    assertThat(recorder.origins("com.example.TotalsRepositoryImpl"))
        .containsExactly("TotalsRepository");
    assertThat(recorder.origins("com.example.TotalsDao")).containsExactly("Totals");
  }

  @Test
  void anInvalidRecordGetsNoImplementationAndOnlyItsOwnErrors() {
    JavaFileObject broken =
        Sources.example("Totals", "@StreamTableView", "public record Totals(Object region) {}");
    Recorder recorder = new Recorder();
    Compilation compilation =
        Sources.compile(recorder.processor(), List.of(), Repositories.repository(FINDER), broken);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[StreamTableUnsupportedType]");
    assertThat(recorder.created()).isEmpty();
  }

  @Test
  void aParameterNamedLikeAFieldDoesNotShadowIt() {
    Compilation compilation =
        Sources.compile(
            List.of("-Xlint:all,-processing", "-Werror"),
            Repositories.repository(
                "  @Query(\"SELECT * FROM totals WHERE region = :dataSource\")",
                "  List<Totals> byRegion(String dataSource);"),
            Repositories.totals());
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("com.example.TotalsRepositoryImpl")
        .contentsAsUtf8String()
        .contains(
            "return Queries.list(source, STREAM_TABLE, SQL_BY_REGION, binder, TotalsDao::map);");
  }

  private static String impl(Compilation compilation) {
    assertThat(compilation).succeededWithoutWarnings();
    try {
      return compilation
          .generatedSourceFile("com.example.TotalsRepositoryImpl")
          .orElseThrow()
          .getCharContent(true)
          .toString();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void theImplementationHoldsNoSqlNoMapperAndNoTableNameOfItsOwn() {
    String impl =
        impl(
            Sources.compile(
                List.of("-Xlint:all,-processing", "-Werror"),
                Repositories.repository(FINDER, "  long countByOrderCount(long orderCount);"),
                Repositories.totals()));
    assertThat(impl).contains("private final StreamTableDao<Totals> dao;");
    assertThat(impl).contains("this.dao = new TotalsDao(dataSource);");
    assertThat(impl).doesNotContain("FIND_ALL");
    assertThat(impl).doesNotContain("STREAM_TABLE");
    assertThat(impl).doesNotContain("ResultSet");
    // Only what is needed: no connection, no private constructor, no DataSource field.
    assertThat(impl).doesNotContain("Connection");
    assertThat(impl).doesNotContain("private TotalsRepositoryImpl(");
    assertThat(impl).doesNotContain("private final DataSource");
  }

  @Test
  void nullMeansIsNullForEqualityAndNotAndNothingElse() {
    String impl =
        impl(
            Sources.compile(
                List.of("-Xlint:all,-processing", "-Werror"),
                Repositories.repository(
                    FINDER,
                    "  List<Totals> findByRegionNot(String region);",
                    "  List<Totals> findByRegionIgnoreCase(String region);",
                    "  List<Totals> findByTotalGreaterThan(BigDecimal total);",
                    "  List<Totals> findByOrderCount(long orderCount);"),
                Repositories.totals()));
    assertThat(impl).contains("(region == null ? TotalsDao.REGION.isNull()");
    assertThat(impl).contains("(region == null ? TotalsDao.REGION.isNotNull()");
    assertThat(impl).contains(": TotalsDao.REGION.ilike(Declared.literalPattern(region)))");
    assertThat(impl).contains(".where(TotalsDao.TOTAL.gt(total))");
    assertThat(impl).contains(".where(TotalsDao.ORDER_COUNT.eq(orderCount))");
  }

  @Test
  void aQueryRunsAsWrittenSoItsOrderByStaysOnTop() {
    String impl =
        impl(
            Sources.compile(
                List.of("-Xlint:all,-processing", "-Werror"),
                Repositories.repository(
                    "  @Query(\"SELECT t.* FROM totals t WHERE region = :region ORDER BY total DESC\")",
                    "  List<Totals> ranked(String region);",
                    "  @Query(\"SELECT * FROM totals ORDER BY 3\")",
                    "  Stream<Totals> byCount();"),
                Repositories.totals()));
    assertThat(impl)
        .contains(
            "\"SELECT t.\\\"__pgt_row_id\\\", t.\\\"region\\\", t.\\\"order_count\\\","
                + " t.\\\"total\\\" FROM\"");
    assertThat(impl).contains("totals t WHERE region = ? ORDER BY total DESC\";");
    assertThat(impl).doesNotContain(") AS q");
    // The repository is in the record's package: its rows are read by the DAO's one mapper.
    assertThat(impl).contains("TotalsDao::map");
    assertThat(impl).doesNotContain("private static Totals map");
  }

  @Test
  void aProjectionGetsAMapperOfItsOwnAndTheRecordKeepsTheDaos() {
    JavaFileObject share =
        JavaFileObjects.forSourceLines(
            "com.example.Share",
            "package com.example;",
            "public record Share(String region, java.math.BigDecimal total) {}");
    String impl =
        impl(
            Sources.compile(
                List.of("-Xlint:all,-processing", "-Werror"),
                Repositories.repository(
                    "  @Query(\"SELECT region, sum(total) AS total FROM totals GROUP BY region\")",
                    "  List<Share> shares();",
                    "  @Query(\"SELECT region, total FROM totals WHERE region = :region\")",
                    "  Optional<Share> share(String region);"),
                Repositories.totals(),
                share));
    assertThat(impl).contains("private static Share mapShare(ResultSet row)");
    assertThat(impl).contains("TotalsRepositoryImpl::mapShare");
    assertThat(impl)
        .contains("private static final StreamTableName STREAM_TABLE = TotalsDao.STREAM_TABLE;");
    // One mapper per record: written once however many methods return it.
    assertThat(impl.split("private static Share mapShare", -1)).hasLength(2);
  }

  @Test
  void aRepositoryInAnotherPackageMapsTheRecordWithoutTheDaosPackagePrivateMapper() {
    JavaFileObject elsewhere =
        JavaFileObjects.forSourceLines(
            "com.example.api.TotalsRepository",
            "package com.example.api;",
            "import com.example.Totals; import dev.pgtrickle.dao.annotations.*; import java.util.*;",
            "@StreamTableRepository(Totals.class)",
            "public interface TotalsRepository {",
            "  @Query(\"SELECT * FROM totals\") List<Totals> all();",
            "}");
    Compilation compilation =
        Sources.compile(
            List.of("-Xlint:all,-processing", "-Werror"), elsewhere, Repositories.totals());
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("com.example.api.TotalsRepositoryImpl")
        .contentsAsUtf8String()
        .contains("TotalsRepositoryImpl::mapTotals");
  }

  @Test
  void extendingTheContractDelegatesEveryDaoMethodAndOnBindsTheConnection() {
    String impl =
        impl(
            Sources.compile(
                List.of("-Xlint:all,-processing", "-Werror"),
                Repositories.source(
                    "TotalsRepository",
                    "@StreamTableRepository(Totals.class)",
                    "public interface TotalsRepository",
                    "    extends dev.pgtrickle.dao.runtime.StreamTableDao<Totals> {",
                    "  TotalsRepository on(Connection connection);",
                    "  List<Totals> findByRegion(String region);",
                    "}"),
                Repositories.totals()));
    assertThat(impl).contains("public List<Totals> findAll() {\n    return this.dao.findAll();");
    assertThat(impl).contains("public Select<Totals> query() {\n    return this.dao.query();");
    assertThat(impl).contains("public long count() {\n    return this.dao.count();");
    assertThat(impl).contains("return new TotalsRepositoryImpl(this.dao.on(connection));");
    assertThat(impl).contains("private TotalsRepositoryImpl(StreamTableDao<Totals> dao)");
  }
}
