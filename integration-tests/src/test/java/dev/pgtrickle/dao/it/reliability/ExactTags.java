package dev.pgtrickle.dao.it.reliability;

import dev.pgtrickle.dao.annotations.StreamTableView;
import java.util.List;

/** A {@code text[]} as a list, in table {@code exact_tags}. */
@StreamTableView(name = "exact_tags")
public record ExactTags(String k, List<String> tags) {}
