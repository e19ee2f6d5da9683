package dev.pgtrickle.dao.flyway.sample;

import dev.pgtrickle.dao.annotations.StreamTableDefinition;
import dev.pgtrickle.dao.annotations.StreamTableDefinition.RefreshMode;
import dev.pgtrickle.dao.annotations.StreamTableView;

/** Hostile text in a definition: quotes, dollar quotes and backslashes survive the migration. */
@StreamTableView(schema = "app")
@StreamTableDefinition(
    query =
        "SELECT id, region, 'it''s $$ $pgt$ \\ \"q\"' || E'\\ttab' AS note"
            + " FROM app.orders -- a comment with ' and $$\n",
    refreshMode = RefreshMode.IMMEDIATE)
public record OrderNotes(long id, String region, String note) {
  /** What {@code note} holds for every row. */
  public static final String NOTE = "it's $$ $pgt$ \\ \"q\"\ttab";
}
