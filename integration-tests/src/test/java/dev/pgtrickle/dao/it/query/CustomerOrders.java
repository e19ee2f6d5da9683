package dev.pgtrickle.dao.it.query;

/**
 * A projection whose {@code orders} is an {@code int}, though {@code count(*)} is a {@code bigint}:
 * the processor cannot know an expression's type, so the mapper checks it on the first row.
 */
public record CustomerOrders(String customer, int orders) {}
