package dev.pgtrickle.dao.processor;

import static dev.pgtrickle.dao.processor.Repositories.onMethod;
import static dev.pgtrickle.dao.processor.Repositories.source;
import static dev.pgtrickle.dao.processor.Repositories.totals;

import dev.pgtrickle.dao.processor.diagnostics.Message;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Finder interfaces: methods that would write, that are no valid finder, that misspell a component,
 * whose parameters or return types do not fit; and annotations on the wrong type.
 */
class RepositoryDiagnosticsTest {

  static List<NegativeCase> cases() {
    return List.of(
        onMethod(Message.READ_ONLY, "save", "  void save(Totals row);")
            .containing(
                "[StreamTableReadOnly] TotalsRepository.save(Totals): stream table public.totals is"
                    + " read-only; write to its source tables instead."),
        onMethod(Message.READ_ONLY, "deleteByRegion", "  long deleteByRegion(String region);")
            .containing("TotalsRepository.deleteByRegion(String): stream table public.totals"),
        onMethod(Message.READ_ONLY, "insert", "  Totals insert(Totals row);"),
        onMethod(Message.READ_ONLY, "updateAll", "  int updateAll(List<Totals> rows);"),
        onMethod(Message.READ_ONLY, "upsert", "  void upsert(Totals row);"),
        onMethod(Message.READ_ONLY, "remove", "  boolean remove(long rowId);"),
        onMethod(Message.READ_ONLY, "persist", "  void persist(Totals row);"),
        onMethod(Message.READ_ONLY, "merge", "  Totals merge(Totals row);"),
        onMethod(Message.READ_ONLY, "truncate", "  void truncate();"),
        onMethod(Message.INVALID_FINDER, "not a finder name", "  List<Totals> lookup(String r);")
            .containing(
                "TotalsRepository.lookup(String): it is neither a derived finder nor a"
                    + " @Query method"),
        onMethod(
                Message.INVALID_FINDER,
                "Like on a number",
                "  List<Totals> findByTotalLike(BigDecimal total);")
            .containing("Like applies to String components only, and total is BigDecimal"),
        onMethod(
                Message.INVALID_FINDER,
                "IgnoreCase on a null check",
                "  List<Totals> findByRegionIsNullIgnoreCase();")
            .containing("IgnoreCase applies to equality, Not, Like and NotLike, not to IsNull"),
        onMethod(
                Message.INVALID_FINDER,
                "Top without a number",
                "  List<Totals> findTopByRegion(String region);")
            .containing("Top must be followed by the number of rows"),
        onMethod(
                Message.UNKNOWN_COMPONENT,
                "misspelled condition",
                "  List<Totals> findByRegoin(String region);")
            .containing(
                "[StreamTableUnknownComponent] TotalsRepository.findByRegoin(String): 'regoin' is not"
                    + " a component of record Totals; did you mean 'region'? Use one of: rowId,"
                    + " region, orderCount, total."),
        onMethod(
                Message.UNKNOWN_COMPONENT,
                "misspelled ordering",
                "  List<Totals> findByRegionOrderByTotl(String region);")
            .containing("'totl' is not a component of record Totals; did you mean 'total'?"),
        onMethod(Message.FINDER_PARAMETERS, "missing value", "  List<Totals> findByRegion();")
            .containing("the name asks for 1 value (region) but the method declares 0 values"),
        onMethod(
                Message.FINDER_PARAMETERS,
                "Between takes two",
                "  List<Totals> findByOrderCountBetween(long low);")
            .containing("asks for 2 values (orderCount, orderCount)"),
        NegativeCase.of(Message.PARAMETER_TYPE, "wrong value type")
            .source(
                Repositories.repository(
                    "  List<Totals> findByRegionAndOrderCount(String region,",
                    "      String orderCount);"))
            .source(totals())
            .lines(6)
            .generated(1)
            .containing(
                "[StreamTableParameterType] TotalsRepository.findByRegionAndOrderCount(String,"
                    + " String): parameter orderCount is String but component orderCount is long."
                    + " Declare the parameter as long."),
        onMethod(
                Message.PARAMETER_TYPE,
                "In takes a collection of the component's type",
                "  List<Totals> findByRegionIn(List<Long> regions);")
            .containing(
                "parameter regions is List<Long> but component region is String, so In"
                    + " takes a collection of it. Declare the parameter as Collection<String>"),
        onMethod(
                Message.RETURN_TYPE,
                "count returns long",
                "  List<Totals> countByRegion(String region);")
            .containing(
                "TotalsRepository.countByRegion(String): a count finder cannot return"
                    + " List<Totals>. Return long."),
        onMethod(Message.RETURN_TYPE, "find returns rows", "  String findByRegion(String r);"),
        onMethod(
                Message.RETURN_TYPE,
                "Top<N> is not one row",
                "  Optional<Totals> findTop3ByRegion(String region);")
            .containing("a find finder with Top cannot return Optional<Totals>"),
        onMethod(
                Message.INVALID_FINDER,
                "a page finder without an ordering",
                "  dev.pgtrickle.dao.runtime.Page<Totals> findByRegion(String region,",
                "      dev.pgtrickle.dao.runtime.PageRequest page);")
            .containing("a finder returning Page needs an ordering: end its name with OrderBy"),
        onMethod(
                Message.INVALID_FINDER,
                "a page finder without a request",
                "  dev.pgtrickle.dao.runtime.Page<Totals> findByRegionOrderByRowId(String r);")
            .containing("a finder returning Page must take a PageRequest as its last parameter"),
        onMethod(
                Message.RETURN_TYPE,
                "a request without a page",
                "  List<Totals> findByRegionOrderByRowId(String region,",
                "      dev.pgtrickle.dao.runtime.PageRequest page);")
            .containing(
                "a finder with a PageRequest parameter cannot return List<Totals>."
                    + " Return Page<Totals>"),
        onMethod(
                Message.RETURN_TYPE,
                "Top<N> is no page",
                "  dev.pgtrickle.dao.runtime.Page<Totals> findTop3ByRegionOrderByRowId(String r,",
                "      dev.pgtrickle.dao.runtime.PageRequest page);")
            .containing("a find finder with Top cannot return Page<Totals>"),
        NegativeCase.of(Message.QUERY_PARAMETER, "a @Query is not paged")
            .source(
                Repositories.repository(
                    "  @Query(\"SELECT * FROM totals\")",
                    "  List<Totals> all(dev.pgtrickle.dao.runtime.PageRequest page);"))
            .source(totals())
            .lines(6)
            .generated(1)
            .containing("parameter page is a PageRequest, but a @Query method cannot be paged"),
        NegativeCase.of(Message.NOT_A_REPOSITORY, "on a class")
            .source(source("Lookup", "@StreamTableRepository(Totals.class)", "class Lookup {}"))
            .source(totals())
            .lines(3)
            .generated(1)
            .containing("@StreamTableRepository applies to interfaces only, and this is a class"),
        NegativeCase.of(Message.NOT_A_REPOSITORY, "a record that is no stream table view")
            .source(
                source(
                    "Plain",
                    "@StreamTableRepository(Plain.Row.class)",
                    "interface Plain {",
                    "  record Row(String region) {}",
                    "}"))
            .lines(3)
            .containing("Row is not annotated @StreamTableView"),
        NegativeCase.of(Message.NOT_A_REPOSITORY, "a generic interface")
            .source(
                source(
                    "Generic", "@StreamTableRepository(Totals.class)", "interface Generic<T> {}"))
            .source(totals())
            .lines(3)
            .generated(1)
            .containing("cannot have type parameters"),
        NegativeCase.of(Message.REPOSITORY_CONNECTION, "a Connection parameter")
            .source(
                Repositories.repository(
                    "  List<Totals> findByRegion(", "      Connection connection, String region);"))
            .source(totals())
            .lines(6)
            .generated(1)
            .containing(
                "[StreamTableRepositoryConnection] TotalsRepository.findByRegion(Connection,"
                    + " String): parameter connection is a Connection, and repository methods take"
                    + " none. Remove it, declare TotalsRepository on(Connection connection) in the"
                    + " repository, and read on the caller's connection with"
                    + " repository.on(connection).findByRegion."),
        onMethod(
                Message.RETURN_TYPE,
                "on(Connection) returning another type",
                "  Object on(Connection connection);")
            .containing(
                "TotalsRepository.on(Connection): on(Connection), which binds the repository to"
                    + " the caller's connection, cannot return Object. Return TotalsRepository."),
        NegativeCase.of(Message.RETURN_TYPE, "a derived finder returning a projection")
            .source(
                Repositories.repository(
                    "  record Share(String region) {}",
                    "  List<Share> findByRegion(String region);"))
            .source(totals())
            .lines(6)
            .generated(1)
            .containing("(a derived finder reads whole rows; map a projection with @Query)"),
        NegativeCase.of(Message.NOT_A_REPOSITORY, "extending StreamTableDao of another record")
            .source(
                source(
                    "Mixed",
                    "@StreamTableRepository(Totals.class)",
                    "interface Mixed extends dev.pgtrickle.dao.runtime.StreamTableDao<String> {}"))
            .source(totals())
            .lines(4)
            .generated(1)
            .containing(
                "interface Mixed: it extends StreamTableDao<java.lang.String>, but it is the"
                    + " repository of Totals. Extend StreamTableDao<Totals>, or remove"
                    + " StreamTableDao."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reports(NegativeCase negativeCase) {
    negativeCase.check();
  }
}
