package dev.mochi.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.mochi.api.console.ConsoleException;
import dev.mochi.api.console.ErrorCode;

/**
 * One request in the envelope form {@code {id, action, args}}, whatever transport or form (plain or JianghuJS package)
 * it came in.
 *
 * @param id the correlation id as sent (a string or a number), echoed in the response
 * @param action the listener's name
 * @param args an array (positional), an object (named) or null
 */
record Request(JsonNode id, String action, JsonNode args) {

  /** Reads the envelope form; {@code request_invalid} names what is wrong. */
  static Request of(JsonNode node, boolean idRequired) {
    if (!node.isObject()) throw new ConsoleException(ErrorCode.REQUEST_INVALID, "A request is a JSON object {id, action, args}");
    JsonNode id = node.get("id");
    if (id == null || id.isNull()) {
      if (idRequired) throw new ConsoleException(ErrorCode.REQUEST_INVALID, "The request has no id; add \"id\" (a string or number) to match its response");
      id = JsonNodeFactory.instance.nullNode();
    } else if (!id.isTextual() && !id.isIntegralNumber()) {
      throw new ConsoleException(ErrorCode.REQUEST_INVALID, "The request's id must be a string or an integer, not " + kind(id));
    } else if (id.isTextual() && id.textValue().length() > 128) {
      throw new ConsoleException(ErrorCode.REQUEST_INVALID, "The request's id is longer than 128 characters");
    }
    JsonNode action = node.get("action");
    if (action == null || !action.isTextual() || action.textValue().isBlank()) {
      throw new ConsoleException(ErrorCode.REQUEST_INVALID, "The request has no action; add \"action\" (a listener's name)");
    }
    return new Request(id, action.textValue(), args(node.get("args")));
  }

  /** Checks the args: absent, null, an array or an object. */
  static JsonNode args(JsonNode args) {
    if (args == null || args.isNull()) return JsonNodeFactory.instance.objectNode();
    if (!args.isArray() && !args.isObject()) {
      throw new ConsoleException(ErrorCode.REQUEST_INVALID, "The request's args must be an array or an object, not " + kind(args));
    }
    return args;
  }

  static String kind(JsonNode node) {
    return switch (node.getNodeType()) {
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case NULL -> "null";
      default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }
}
