package dev.pgtrickle.dao.spring.boot.sample;

import dev.pgtrickle.dao.annotations.StreamTableRepository;
import dev.pgtrickle.dao.runtime.Page;
import dev.pgtrickle.dao.runtime.PageRequest;
import java.util.List;

/** The repository the sample's REST endpoint pages with. */
@StreamTableRepository(OrderLine.class)
public interface OrderLineRepository {
  List<OrderLine> findByRegionOrderByIdAsc(String region);

  Page<OrderLine> findAllOrderById(PageRequest page);
}
