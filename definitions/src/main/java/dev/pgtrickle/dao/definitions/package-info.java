/**
 * Stream tables as code: the definitions that {@code @StreamTableDefinition} records declare, which
 * the annotation processor writes, in dependency order, to the resource {@value
 * dev.pgtrickle.dao.definitions.StreamTableDefinitions#RESOURCE}, and the one API that applies them
 * to a database ({@link dev.pgtrickle.dao.definitions.StreamTableDefinitions}), which the Flyway
 * and Liquibase modules call too.
 */
package dev.pgtrickle.dao.definitions;
