package dev.pgtrickle.dao.it.reliability;

import dev.pgtrickle.dao.annotations.Query;
import dev.pgtrickle.dao.annotations.StreamTableRepository;
import java.util.List;
import java.util.Optional;

/** Finder-interface calls for {@link PooledCallsIT}, some of which fail on purpose. */
@StreamTableRepository(ExactLong.class)
public interface CallMixRepository {
  List<ExactLong> findTop3ByVGreaterThanOrderByVDesc(long v);

  long countByVBetween(long low, long high);

  /** Fails with 25006: nextval writes, and reads run in a read-only transaction. */
  @Query("SELECT nextval('call_mix_seq')")
  long writesInAReadOnlyTransaction();

  /** Fails with a ColumnMappingException: a numeric is not a long. */
  @Query("SELECT 1.5::numeric")
  Optional<Long> fraction();
}
