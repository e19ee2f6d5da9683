package dev.pgtrickle.dao.it.di;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The Jackson set-up docs/json-and-http.md shows: java.time support, dates as ISO-8601 text. */
final class JsonMapper {
  private JsonMapper() {}

  // tag::jackson-mapper[]
  static ObjectMapper create() {
    return new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  }
  // end::jackson-mapper[]
}
