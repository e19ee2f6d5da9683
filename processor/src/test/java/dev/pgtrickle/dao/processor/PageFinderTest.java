package dev.pgtrickle.dao.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Finder-interface methods returning {@code Page<R>}: a derived finder ending in a request. */
class PageFinderTest {
  @Test
  void aPageFinderIsATypedQueryEndingInPage() {
    Compilation compilation =
        Sources.compile(
            List.of("-Xlint:all,-processing", "-Werror"),
            Repositories.repository(
                "  dev.pgtrickle.dao.runtime.Page<Totals> findByRegionOrderByTotalDescRowIdAsc(",
                "      String region, dev.pgtrickle.dao.runtime.PageRequest page);",
                "  dev.pgtrickle.dao.runtime.Page<Totals> findAllByOrderByRegion(",
                "      dev.pgtrickle.dao.runtime.PageRequest request);"),
            Repositories.totals());
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("com.example.TotalsRepositoryImpl")
        .contentsAsUtf8String()
        .contains(
            ".orderBy(TotalsDao.TOTAL.desc().then(TotalsDao.ROW_ID.asc()))\n        .page(page);");
    assertThat(compilation)
        .generatedSourceFile("com.example.TotalsRepositoryImpl")
        .contentsAsUtf8String()
        .contains("return dao.query().orderBy(TotalsDao.REGION.asc()).page(request);");
  }
}
