package dev.pgtrickle.dao.it.roundtrip;

import dev.pgtrickle.dao.annotations.Query;
import dev.pgtrickle.dao.annotations.StreamTableRepository;
import java.util.List;
import java.util.stream.Stream;

/** The finder-interface read paths of the round trip. */
@StreamTableRepository(RoundTrip.class)
public interface RoundTripRepository {
  List<RoundTrip> findByIdBetweenOrderByIdAsc(long low, long high);

  Stream<RoundTrip> streamByIdGreaterThan(long id);

  @Query("SELECT * FROM \"Sélect \"\"Schema\"\"\".\"order \u2028 $Tbl\" WHERE \"Id\" >= :low")
  List<RoundTrip> from(long low);
}
