package dev.pgtrickle.dao.processor.validate;

import dev.pgtrickle.dao.processor.model.Repository;

/**
 * The rules for repository methods that return a page: {@code Page<R> find...By...OrderBy...( ...,
 * PageRequest page)}. Such a method is a derived {@code find} finder with no {@code First} or
 * {@code Top<N>}, an ordering ({@code OrderBy...}, which the keyset pages seek along), and a {@code
 * PageRequest} as its last parameter; a {@code PageRequest} anywhere else is an error. Which types
 * those are is the model's ({@code PageTypes}).
 */
public final class PageFinders {
  private PageFinders() {}

  /** Whether the method takes a {@code PageRequest} but does not return a page. */
  static boolean misplacedRequest(Repository.Method method) {
    return method.pageRequest() != null && method.returns().shape() != Repository.Shape.PAGE;
  }

  /** What is wrong with a derived finder returning a page, or null. */
  static String problem(Repository.Method method, FinderName.Finder finder) {
    if (method.returns().shape() != Repository.Shape.PAGE) {
      return null;
    }
    if (method.pageRequest() == null) {
      return "a finder returning Page must take a PageRequest as its last parameter";
    }
    if (finder.sorts().isEmpty()) {
      return "a finder returning Page needs an ordering: end its name with OrderBy and components"
          + " that identify a row, as in findByRegionOrderByTotalDescIdAsc";
    }
    return null;
  }
}
