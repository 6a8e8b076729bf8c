package dev.mochi.console;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mochi.api.console.ConsoleException;
import dev.mochi.api.console.ErrorCode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outcome of one request: data (and meta) or an error, written in the envelope form
 * ({@code {id, ok: true, data, meta?}} / {@code {id, ok: false, error: {code, message, detail?}}}) or the package form.
 */
record Reply(JsonNode id, boolean ok, Object data, Map<String, Object> meta, ErrorCode code, String message,
             Map<String, Object> detail) {

  static Reply success(JsonNode id, Object data) {
    return new Reply(id, true, data, Map.of(), null, null, Map.of());
  }

  static Reply failure(JsonNode id, ConsoleException e) {
    return new Reply(id, false, null, Map.of(), e.code(), e.getMessage(), e.detail());
  }

  static Reply failure(JsonNode id, ErrorCode code, String message) {
    return new Reply(id, false, null, Map.of(), code, message, Map.of());
  }

  /** The HTTP status it is answered with. */
  int status() {
    return ok ? 200 : code.status();
  }

  /** The envelope form as a map to serialize. */
  Map<String, Object> envelope() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", id);
    out.put("ok", ok);
    if (ok) {
      out.put("data", data);
      if (!meta.isEmpty()) out.put("meta", meta);
    } else {
      Map<String, Object> error = new LinkedHashMap<>();
      error.put("code", code.wire());
      error.put("message", message);
      if (!detail.isEmpty()) error.put("detail", detail);
      out.put("error", error);
    }
    return out;
  }

  String json() {
    return Json.write(envelope());
  }
}
