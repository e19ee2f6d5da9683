package dev.pgtrickle.dao.processor.validate;

import static com.google.common.truth.Truth.assertThat;

import dev.pgtrickle.dao.processor.model.Component;
import dev.pgtrickle.dao.processor.model.Names;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parsing derived finder names against a record's components. */
class FinderNameTest {
  private static final List<Component> COMPONENTS =
      List.of(component("region"), component("orderCount"), component("order"), component("total"));

  private static Component component(String name) {
    return new Component(null, name, null, null, null, null, null, Names.constantName(name));
  }

  private static FinderName.Finder parse(String name) {
    FinderName.Result result = FinderName.parse(name, COMPONENTS);
    assertThat(result.problem()).isNull();
    assertThat(result.unknown()).isNull();
    return result.finder();
  }

  @Test
  void componentsAreMatchedLongestFirstSoOrIsNotSplitOffOrderCount() {
    FinderName.Finder finder = parse("findByOrderCountOrOrderAndRegion");
    assertThat(finder.groups()).hasSize(2);
    assertThat(finder.groups().get(0).get(0).component().name()).isEqualTo("orderCount");
    assertThat(finder.groups().get(1).get(0).component().name()).isEqualTo("order");
    assertThat(finder.groups().get(1).get(1).component().name()).isEqualTo("region");
  }

  @Test
  void operatorsLimitsAndOrderings() {
    FinderName.Finder finder =
        parse("findTop5ByTotalGreaterThanEqualAndRegionNotInOrderByOrderCountDescRegion");
    assertThat(finder.limit()).isEqualTo(5);
    assertThat(finder.criteria().get(0).operator())
        .isEqualTo(FinderName.Operator.GREATER_THAN_EQUAL);
    assertThat(finder.criteria().get(1).operator()).isEqualTo(FinderName.Operator.NOT_IN);
    assertThat(finder.sorts()).hasSize(2);
    assertThat(finder.sorts().get(0).descending()).isTrue();
    assertThat(finder.sorts().get(1).descending()).isFalse();
  }

  @Test
  void ignoreCaseAndNullChecks() {
    FinderName.Finder finder = parse("countByRegionLikeIgnoreCaseAndTotalIsNotNull");
    assertThat(finder.action()).isEqualTo(FinderName.Action.COUNT);
    assertThat(finder.criteria().get(0).ignoreCase()).isTrue();
    assertThat(finder.criteria().get(0).operator()).isEqualTo(FinderName.Operator.LIKE);
    assertThat(finder.criteria().get(1).operator()).isEqualTo(FinderName.Operator.IS_NOT_NULL);
  }

  @Test
  void findAllAndFirstWithoutConditions() {
    assertThat(parse("findAllOrderByTotalAsc").criteria()).isEmpty();
    assertThat(parse("findFirstOrderByTotalDesc").limit()).isEqualTo(1);
    assertThat(parse("count").action()).isEqualTo(FinderName.Action.COUNT);
  }

  @Test
  void springDataSpellingsWithByAndNoCondition() {
    FinderName.Finder all = parse("findAllByOrderByTotalDesc");
    assertThat(all.criteria()).isEmpty();
    assertThat(all.sorts()).hasSize(1);
    assertThat(all.sorts().get(0).component().name()).isEqualTo("total");
    assertThat(all.sorts().get(0).descending()).isTrue();
    FinderName.Finder plain = parse("findByOrderByRegionAscTotalDesc");
    assertThat(plain.criteria()).isEmpty();
    assertThat(plain.sorts()).hasSize(2);
    assertThat(parse("findTop3ByOrderByOrderCountDesc").limit()).isEqualTo(3);
    assertThat(parse("findFirstByOrderByTotal").limit()).isEqualTo(1);
    assertThat(parse("streamAllByOrderByRegion").action()).isEqualTo(FinderName.Action.STREAM);
  }

  @Test
  void byOrderByWithAnUnknownComponentNamesIt() {
    assertThat(FinderName.parse("findAllByOrderByTotl", COMPONENTS).unknown()).isEqualTo("totl");
  }

  @Test
  void aComponentNamedOrderByStaysAConditionWhenNoOrderingFollows() {
    List<Component> components = List.of(component("orderBy"), component("total"));
    FinderName.Result condition = FinderName.parse("findByOrderByAndTotal", components);
    assertThat(condition.finder().criteria()).hasSize(2);
    assertThat(condition.finder().sorts()).isEmpty();
    FinderName.Result ordering = FinderName.parse("findByOrderByTotalDesc", components);
    assertThat(ordering.finder().criteria()).isEmpty();
    assertThat(ordering.finder().sorts().get(0).component().name()).isEqualTo("total");
  }

  @Test
  void unknownWordsAreReportedWithoutTheirOperator() {
    assertThat(FinderName.parse("findByRegoinIn", COMPONENTS).unknown()).isEqualTo("regoin");
    assertThat(FinderName.parse("findByRegionOrderByTotl", COMPONENTS).unknown()).isEqualTo("totl");
  }

  @Test
  void componentsWithoutCaseFollowKeywords() {
    List<Component> components =
        List.of(component("漢"), component("é"), component("$money"), component("_under"));
    FinderName.Result result =
        FinderName.parse("findBy漢And$moneyOr_underOrderBy漢AscÉDesc", components);
    assertThat(result.problem()).isNull();
    assertThat(result.unknown()).isNull();
    assertThat(result.finder().groups()).hasSize(2);
    assertThat(result.finder().sorts()).hasSize(2);
    assertThat(result.finder().sorts().get(1).component().name()).isEqualTo("é");
  }

  @Test
  void malformedNames() {
    assertThat(FinderName.parse("findBy", COMPONENTS).problem()).isNotNull();
    assertThat(FinderName.parse("countFirstByRegion", COMPONENTS).problem()).isNotNull();
    assertThat(FinderName.parse("findRegion", COMPONENTS).problem()).isNotNull();
    assertThat(FinderName.looksLikeFinder("finder")).isFalse();
    assertThat(FinderName.looksLikeFinder("exists")).isTrue();
  }
}
