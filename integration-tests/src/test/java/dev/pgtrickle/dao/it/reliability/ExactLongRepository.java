package dev.pgtrickle.dao.it.reliability;

import dev.pgtrickle.dao.annotations.Query;
import dev.pgtrickle.dao.annotations.StreamTableRepository;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Every read path of a finder interface over {@code exact_long}. */
@StreamTableRepository(ExactLong.class)
public interface ExactLongRepository {
  List<ExactLong> findByK(String k);

  Stream<ExactLong> streamByKNot(String k);

  @Query("SELECT * FROM exact_long")
  List<ExactLong> everything();

  @Query("SELECT v FROM exact_long WHERE k = :k")
  Optional<Long> valueOf(String k);
}
