package dev.pgtrickle.dao.processor.schema;

import dev.pgtrickle.dao.schema.StreamTableSchema;
import java.util.Optional;

/** Where the build-time check learns the stream tables: a snapshot file or a live server. */
interface SchemaSource {
  /** The stream table {@code schema.name}, or empty when the source has none of that name. */
  Optional<StreamTableSchema> table(String schema, String name);

  /** Whether a relation of that name exists that is not a stream table (live only). */
  boolean otherRelation(String schema, String name);

  /** What the source is, for messages: {@code snapshot /path/pgtrickle-schema.txt}. */
  String describe();
}
