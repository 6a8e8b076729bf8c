package dev.mochi.console;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.mochi.api.console.ConsoleException;
import dev.mochi.api.console.ErrorCode;

/**
 * The console's one JSON mapper: Optionals unwrapped, instants as ISO-8601 text, nesting and number lengths bounded
 * so that no frame costs more than linear time in its size.
 */
final class Json {
  // Buffers are pooled in the mapper, not in Jackson's default thread-local pool: a host thread that once wrote JSON
  // for the console would otherwise keep a buffer of the console's classes, and with it the unloaded console's class
  // loader, alive.
  static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
          .recyclerPool(JsonRecyclerPools.newConcurrentDequePool()).build())
      .addModule(new Jdk8Module())
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .serializationInclusion(JsonInclude.Include.ALWAYS)
      .build();

  static {
    MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
        .maxNestingDepth(64).maxNumberLength(100).maxStringLength(64 * 1024 * 1024).build());
  }

  private Json() {}

  /** Parses a frame or body; malformed JSON is {@code request_invalid}. */
  static JsonNode parse(String text) {
    try {
      JsonNode node = MAPPER.readTree(text);
      if (node == null || node.isMissingNode()) throw new ConsoleException(ErrorCode.REQUEST_INVALID, "The request is empty; send a JSON object");
      return node;
    } catch (JsonProcessingException e) {
      throw new ConsoleException(ErrorCode.REQUEST_INVALID, "The request is not valid JSON: " + e.getOriginalMessage());
    }
  }

  /** Serializes a value; a value that cannot be written is a server error. */
  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write a console message as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** A value as a JSON tree. */
  static JsonNode tree(Object value) {
    return MAPPER.valueToTree(value);
  }
}
