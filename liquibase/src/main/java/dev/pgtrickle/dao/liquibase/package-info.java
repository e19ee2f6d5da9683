/**
 * Liquibase support for stream tables as code: the changelog {@value
 * dev.pgtrickle.dao.liquibase.StreamTablesChange#CHANGELOG} applies the module's
 * {@code @StreamTableDefinition}s through {@link dev.pgtrickle.dao.liquibase.StreamTablesChange}.
 */
package dev.pgtrickle.dao.liquibase;
