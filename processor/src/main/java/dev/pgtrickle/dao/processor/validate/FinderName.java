package dev.pgtrickle.dao.processor.validate;

import dev.pgtrickle.dao.processor.model.Component;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Parses the name of a derived finder, {@code
 * findFirstByRegionAndTotalGreaterThanOrderByTotalDesc}, against a record's components. Component
 * names are matched longest first, so a component named {@code orderCount} is not read as {@code
 * Or} + {@code derCount}. Pure: no elements, no types.
 */
public final class FinderName {
  /** What the finder does with the rows. */
  public enum Action {
    FIND("find"),
    STREAM("stream"),
    COUNT("count"),
    EXISTS("exists");

    final String prefix;

    Action(String prefix) {
      this.prefix = prefix;
    }
  }

  /** A comparison in a name; {@code method} is the {@code Column} method that implements it. */
  public enum Operator {
    IS_NOT_NULL("IsNotNull", 0, "isNotNull", false),
    IS_NULL("IsNull", 0, "isNull", false),
    GREATER_THAN_EQUAL("GreaterThanEqual", 1, "ge", false),
    GREATER_THAN("GreaterThan", 1, "gt", false),
    LESS_THAN_EQUAL("LessThanEqual", 1, "le", false),
    LESS_THAN("LessThan", 1, "lt", false),
    BETWEEN("Between", 2, "between", false),
    NOT_IN("NotIn", 1, "in", true),
    IN("In", 1, "in", false),
    NOT_LIKE("NotLike", 1, "like", true),
    LIKE("Like", 1, "like", false),
    NOT("Not", 1, "ne", false),
    EQ("", 1, "eq", false);

    final String keyword;
    public final int values;
    public final String method;
    public final boolean negated;

    Operator(String keyword, int values, String method, boolean negated) {
      this.keyword = keyword;
      this.values = values;
      this.method = method;
      this.negated = negated;
    }

    public boolean isLike() {
      return this == LIKE || this == NOT_LIKE;
    }

    boolean isIn() {
      return this == IN || this == NOT_IN;
    }
  }

  /** One comparison: {@code TotalGreaterThan}. */
  public record Criterion(Component component, Operator operator, boolean ignoreCase) {}

  /** One ordering: {@code TotalDesc}. */
  public record Sort(Component component, boolean descending) {}

  /**
   * A parsed name.
   *
   * @param action what to do with the rows
   * @param limit 1 for {@code First}, N for {@code Top<N>}, 0 for no limit
   * @param groups the conditions: groups joined by OR, each a list joined by AND
   * @param sorts the ordering
   */
  public record Finder(Action action, int limit, List<List<Criterion>> groups, List<Sort> sorts) {
    /** The criteria, in the order the name mentions them (and parameters follow). */
    List<Criterion> criteria() {
      List<Criterion> all = new ArrayList<>();
      groups.forEach(all::addAll);
      return all;
    }
  }

  /**
   * The result: a finder, or what is wrong.
   *
   * @param finder the finder, or null
   * @param problem what is wrong, or null
   * @param unknown the word that is not a component, or null
   */
  record Result(Finder finder, String problem, String unknown) {}

  private static final String BY = "By";
  private static final String ORDER_BY = "OrderBy";
  private static final String IGNORE_CASE = "IgnoreCase";

  private final String name;
  private final List<Component> components;
  private int at;

  private FinderName(String name, List<Component> components) {
    this.name = name;
    this.components = new ArrayList<>(components);
    this.components.sort(Comparator.comparingInt((Component c) -> -c.name().length()));
  }

  /** Whether {@code name} starts like a derived finder: {@code find...}, {@code count...}, ... */
  static boolean looksLikeFinder(String name) {
    for (Action action : Action.values()) {
      if (name.startsWith(action.prefix)
          && (name.length() == action.prefix.length()
              || Character.isUpperCase(name.charAt(action.prefix.length())))) {
        return true;
      }
    }
    return false;
  }

  static Result parse(String name, List<Component> components) {
    return new FinderName(name, components).parse();
  }

  private Result parse() {
    Action action = null;
    for (Action candidate : Action.values()) {
      if (name.startsWith(candidate.prefix)) {
        action = candidate;
      }
    }
    if (action == null || !looksLikeFinder(name)) {
      return invalid("the name starts with none of find, stream, count, exists");
    }
    at = action.prefix.length();
    int limit = 0;
    if (take("First")) {
      limit = 1;
    } else if (name.startsWith("Top", at)) {
      int digits = at + 3;
      while (digits < name.length() && Character.isDigit(name.charAt(digits))) {
        digits++;
      }
      if (digits == at + 3) {
        return invalid("Top must be followed by the number of rows, as in findTop10By...");
      }
      String number = name.substring(at + 3, digits).replaceFirst("^0+(?=.)", "");
      if (number.length() > 10 || Long.parseLong(number) > Integer.MAX_VALUE) {
        return invalid(
            "Top"
                + number
                + " asks for more rows than a query can limit; N must be at most "
                + Integer.MAX_VALUE);
      }
      limit = Integer.parseInt(number);
      if (limit == 0) {
        return invalid("Top0 would return no rows");
      }
      at = digits;
    } else {
      take("All");
    }
    if (limit > 0 && (action == Action.COUNT || action == Action.EXISTS)) {
      return invalid("First and Top<N> apply to find and stream, not " + action.prefix);
    }
    List<List<Criterion>> groups = new ArrayList<>();
    if (orderingOnlyAfterBy()) {
      at += BY.length(); // Spring Data's findAllByOrderByTotalDesc: By with no condition
    } else if (!name.startsWith(ORDER_BY, at) && at < name.length()) {
      if (!take("By") || at == name.length()) {
        return invalid("expected By<Component> after " + quote(name.substring(0, at)));
      }
      Result problem = criteria(groups);
      if (problem != null) {
        return problem;
      }
    }
    List<Sort> sorts = new ArrayList<>();
    if (take(ORDER_BY)) {
      Result problem = sorts(sorts);
      if (problem != null) {
        return problem;
      }
    }
    if (at != name.length()) {
      return invalid("cannot read " + quote(name.substring(at)));
    }
    return new Result(new Finder(action, limit, groups, sorts), null, null);
  }

  /**
   * Whether the name goes on with {@code ByOrderBy} and no condition, as in Spring Data's {@code
   * findAllByOrderByTotalDesc}. Only a record with a component named {@code orderBy...} makes
   * {@code ByOrderBy} ambiguous; there the name is an ordering if what follows reads as one.
   */
  private boolean orderingOnlyAfterBy() {
    if (!name.startsWith(BY + ORDER_BY, at)) {
      return false;
    }
    boolean ambiguous =
        components.stream()
            .anyMatch(component -> capitalise(component.name()).startsWith(ORDER_BY));
    if (!ambiguous) {
      return true;
    }
    int start = at;
    at += BY.length() + ORDER_BY.length();
    boolean sorts = sorts(new ArrayList<>()) == null;
    at = start;
    return sorts;
  }

  private Result criteria(List<List<Criterion>> groups) {
    List<Criterion> group = new ArrayList<>();
    groups.add(group);
    while (true) {
      Component component = component();
      if (component == null) {
        return unknown();
      }
      Operator operator = Operator.EQ;
      for (Operator candidate : Operator.values()) {
        if (!candidate.keyword.isEmpty()
            && name.startsWith(candidate.keyword, at)
            && boundary(at + candidate.keyword.length())) {
          operator = candidate;
          break;
        }
      }
      at += operator.keyword.length();
      boolean ignoreCase = take(IGNORE_CASE);
      if (!boundary(at)) {
        return invalid(
            "cannot read " + quote(name.substring(at)) + " after component " + component.name());
      }
      group.add(new Criterion(component, operator, ignoreCase));
      if (at == name.length() || name.startsWith(ORDER_BY, at)) {
        return null;
      }
      if (take("Or")) {
        group = new ArrayList<>();
        groups.add(group);
      } else {
        take("And");
      }
    }
  }

  private Result sorts(List<Sort> sorts) {
    while (true) {
      if (at == name.length()) {
        return invalid("OrderBy must be followed by a component, as in OrderByTotalDesc");
      }
      Component component = component();
      if (component == null) {
        return unknown();
      }
      boolean descending = take("Desc");
      if (!descending) {
        take("Asc");
      }
      sorts.add(new Sort(component, descending));
      if (at == name.length()) {
        return null;
      }
    }
  }

  /** The longest component whose capitalised name starts at {@link #at}, consumed; or null. */
  private Component component() {
    for (Component component : components) {
      String capitalised = capitalise(component.name());
      if (name.startsWith(capitalised, at)) {
        int end = at + capitalised.length();
        if (end == name.length() || !Character.isLowerCase(name.charAt(end))) {
          at = end;
          return component;
        }
      }
    }
    return null;
  }

  /** Whether a criterion can end at {@code i}: the end, And, Or, OrderBy or IgnoreCase. */
  private boolean boundary(int i) {
    return i == name.length()
        || keywordAt(i, "And")
        || keywordAt(i, "Or")
        || name.startsWith(ORDER_BY, i)
        || keywordAt(i, IGNORE_CASE);
  }

  /**
   * Whether {@code keyword} stands at {@code i}: followed by the end or by what can start a
   * capitalised component, an upper-case letter or a character without case ({@code 漢}, {@code $},
   * {@code _}), never by a lower-case letter or a digit, which continue a word.
   */
  private boolean keywordAt(int i, String keyword) {
    int end = i + keyword.length();
    if (!name.startsWith(keyword, i)) {
      return false;
    }
    if (end == name.length()) {
      return true;
    }
    int next = name.codePointAt(end);
    return Character.isJavaIdentifierStart(next) && !Character.isLowerCase(next);
  }

  private boolean take(String keyword) {
    if (keywordAt(at, keyword)) {
      at += keyword.length();
      return true;
    }
    return false;
  }

  /** The word at {@link #at} that is no component, up to the next keyword. */
  private Result unknown() {
    if (at >= name.length()) {
      return invalid("the name ends where a component was expected");
    }
    int end = at + 1;
    while (end < name.length()
        && !(Character.isUpperCase(name.charAt(end)) && (boundary(end) || operatorAt(end)))) {
      end++;
    }
    String word = name.substring(at, end);
    return new Result(null, null, Character.toLowerCase(word.charAt(0)) + word.substring(1));
  }

  private boolean operatorAt(int i) {
    for (Operator operator : Operator.values()) {
      if (!operator.keyword.isEmpty() && keywordAt(i, operator.keyword)) {
        return true;
      }
    }
    return keywordAt(i, "Asc") || keywordAt(i, "Desc");
  }

  private Result invalid(String problem) {
    return new Result(null, problem, null);
  }

  private static String capitalise(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static String quote(String text) {
    return "'" + text + "'";
  }
}
