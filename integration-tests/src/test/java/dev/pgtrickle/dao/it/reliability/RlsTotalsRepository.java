package dev.pgtrickle.dao.it.reliability;

import dev.pgtrickle.dao.annotations.Query;
import dev.pgtrickle.dao.annotations.StreamTableRepository;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/** Finder-interface read paths over {@code rls_totals}. */
@StreamTableRepository(RlsTotals.class)
public interface RlsTotalsRepository {
  List<RlsTotals> findByRegionIn(Collection<String> regions);

  Stream<RlsTotals> streamByNGreaterThan(long n);

  long countByNGreaterThan(long n);

  boolean existsByRegion(String region);

  @Query("SELECT * FROM rls_totals")
  List<RlsTotals> everything();

  @Query("SELECT count(*) FROM rls_totals")
  long rows();
}
