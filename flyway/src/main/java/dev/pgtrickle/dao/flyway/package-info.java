/**
 * Flyway support for stream tables as code: {@link dev.pgtrickle.dao.flyway.StreamTablesMigration}
 * applies the module's {@code @StreamTableDefinition}s as a repeatable migration, and {@link
 * dev.pgtrickle.dao.flyway.StreamTablesCleanCallback} drops them before {@code clean}. {@link
 * dev.pgtrickle.dao.flyway.PgTrickleFlyway#configure} registers both.
 */
package dev.pgtrickle.dao.flyway;
