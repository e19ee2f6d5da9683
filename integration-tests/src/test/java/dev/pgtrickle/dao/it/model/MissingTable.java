package dev.pgtrickle.dao.it.model;

import dev.pgtrickle.dao.annotations.StreamTableView;

/** A record whose stream table was never created. */
@StreamTableView(name = "no_such_stream_table")
public record MissingTable(String region) {}
