package dev.pgtrickle.dao.definitions;

import dev.pgtrickle.dao.runtime.StreamTableName;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One stream table's definition, as a {@code @StreamTableDefinition} record declares it and the
 * processor checked it: the values pg_trickle's {@code create_stream_table} family takes.
 *
 * @param name the stream table, exactly as stored
 * @param record the qualified name of the record that defines it, for messages
 * @param query the defining query
 * @param schedule pg_trickle's {@code schedule}: a duration, a cron expression or {@code
 *     calculated}
 * @param refreshMode {@code AUTO}, {@code FULL}, {@code DIFFERENTIAL} or {@code IMMEDIATE}
 * @param targetFreshness pg_trickle's {@code target_freshness}, if set
 * @param initialize whether to populate the table when it is created
 * @param poolerCompatibilityMode pg_trickle's {@code pooler_compatibility_mode}
 * @param dependsOn the other stream tables of the same module that the query reads, which must
 *     exist first
 */
public record DeclaredStreamTable(
    StreamTableName name,
    String record,
    String query,
    String schedule,
    String refreshMode,
    Optional<String> targetFreshness,
    boolean initialize,
    boolean poolerCompatibilityMode,
    List<StreamTableName> dependsOn) {

  /** pg_trickle's default schedule: inherit the cadence from downstream stream tables. */
  public static final String CALCULATED = "calculated";

  private static final Set<String> MODES = Set.of("AUTO", "FULL", "DIFFERENTIAL", "IMMEDIATE");

  /** Checks that every value is present and the refresh mode is one pg_trickle knows. */
  public DeclaredStreamTable {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(schedule, "schedule");
    Objects.requireNonNull(refreshMode, "refreshMode");
    Objects.requireNonNull(targetFreshness, "targetFreshness");
    if (!MODES.contains(refreshMode)) {
      throw new IllegalArgumentException(
          "refresh mode of " + name + " is " + refreshMode + ", not one of " + MODES);
    }
    dependsOn = List.copyOf(dependsOn);
  }
}
