package dev.mochi.console.resource;

import dev.mochi.api.console.ConsoleException;
import dev.mochi.api.console.ErrorCode;
import dev.mochi.api.resource.ActionRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NocoBase's route names, as they arrive in an envelope's {@code action} or after {@code /api/}: {@code post:list},
 * {@code post:get/1} (the key after the action is {@code filterByTk}), {@code post/1/tags:list} and
 * {@code post/1/tags:remove/5} (an association of record 1). A name without {@code :} is no resource's.
 */
final class ResourceNames {
  private static final String NAME = "[A-Za-z_][A-Za-z0-9_]*";
  private static final Pattern ROUTE = Pattern.compile("(" + NAME + "(?:\\." + NAME + ")?)(?:/([^/]{1,256})/(" + NAME + "))?:("
      + NAME + ")(?:/([^/]{1,256}))?");
  private static final int LONGEST = 600;

  private ResourceNames() {}

  /** The call {@code name} stands for with {@code params}; empty when the name has no {@code :}. */
  static Optional<ActionRequest> parse(String name, Map<String, Object> params) {
    if (name.indexOf(':') < 0) return Optional.empty();
    Matcher m = name.length() > LONGEST ? null : ROUTE.matcher(name);
    if (m == null || !m.matches()) {
      throw new ConsoleException(ErrorCode.NOT_FOUND, "No resource route '" + shorten(name) + "'; resources are called as "
          + "<table>:<action>, <table>:<action>/<id> or <table>/<id>/<association>:<action>");
    }
    Map<String, Object> p = new LinkedHashMap<>(params);
    if (m.group(5) != null) p.put("filterByTk", m.group(5));
    if (m.group(2) != null) {
      if (m.group(1).contains(".")) {
        throw new ConsoleException(ErrorCode.NOT_FOUND, "No resource route '" + shorten(name) + "'; an association is "
            + "<table>/<id>/<association>:<action>");
      }
      return Optional.of(ActionRequest.association(m.group(1), m.group(2), m.group(3), m.group(4), p));
    }
    return Optional.of(ActionRequest.of(m.group(1), m.group(4), p));
  }

  private static String shorten(String s) {
    return s.length() > 80 ? s.substring(0, 77) + "..." : s;
  }
}
