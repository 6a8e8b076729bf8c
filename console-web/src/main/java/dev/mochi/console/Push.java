package dev.mochi.console;

import java.util.LinkedHashMap;
import java.util.Map;

/** The server's pushes: {@code {type: "data"|"patch"|"event", key|event, data}}. */
final class Push {
  private Push() {}

  static String data(String key, Object value) {
    return frame("data", "key", key, value, false);
  }

  static String gone(String key) {
    return frame("data", "key", key, null, true);
  }

  static String patch(String key, Object delta) {
    return frame("patch", "key", key, delta, false);
  }

  static String event(String event, Object data) {
    return frame("event", "event", event, data, false);
  }

  static String event(String service, String event, Object data) {
    if (service.isEmpty()) return event(event, data);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("type", "event");
    out.put("event", event);
    out.put("service", service);
    out.put("data", data);
    return Json.write(out);
  }

  private static String frame(String type, String name, String value, Object data, boolean gone) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("type", type);
    out.put(name, value);
    out.put("data", data);
    if (gone) out.put("gone", true);
    return Json.write(out);
  }
}
