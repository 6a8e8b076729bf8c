package dev.mochi.console.resource;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mochi.api.console.Client;
import dev.mochi.api.console.ConsoleException;
import dev.mochi.api.console.ConsoleUser;
import dev.mochi.api.console.ErrorCode;
import dev.mochi.api.resource.ActionRequest;
import dev.mochi.api.resource.ActionResult;
import dev.mochi.api.resource.Caller;
import dev.mochi.api.resource.ResourceException;
import dev.mochi.api.resource.Resources;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resources on the console's transports, through {@link Resources} alone. The console hands over what it could not
 * answer itself: an envelope whose action is a resource route ({@code post:list}, {@code post:get/1},
 * {@code post/1/tags:add}; over HTTP {@code /api/<route>}, GET only for actions that read) and every JianghuJS package
 * (a declared resource when {@code _resource} maps its {@code pageId} and {@code actionId}; a table action when the
 * {@code actionId} is a route, its {@code actionData} the parameters and the package's {@code where…}, {@code offset},
 * {@code limit} and {@code orderBy} added to them).
 *
 * <p>The caller is the connection's logged-in user with their authority (anonymous: authority 0), so the engine's
 * grants decide what each connection may do and see; errors become the console's codes ({@link ResourceErrors}).
 */
public final class ResourceTransport {
  /** The JianghuJS keys of a package's appData that a table action takes as parameters. */
  static final List<String> PACKAGE_KEYS = List.of("where", "whereIn", "whereLike", "whereOptions", "whereOrOptions",
      "offset", "limit", "orderBy");

  private final Resources resources;

  /** Binds {@code resources} (the console plugin's {@code ctx.resources()}). */
  public ResourceTransport(Resources resources) {
    this.resources = resources;
  }

  /** The resources bound. */
  public Resources resources() {
    return resources;
  }

  /** Who a connection is to the engine: its user and authority, or anonymous. */
  public static Caller caller(Client client) {
    Optional<ConsoleUser> user = client.user();
    return user.map(u -> Caller.of(u.id(), u.authority())).orElseGet(Caller::anonymous);
  }

  /**
   * Runs the resource route {@code name} with {@code args} (an object of NocoBase's parameters) for {@code client};
   * empty when {@code name} is no route (it has no {@code :}). {@code readOnly} (HTTP GET) refuses actions that write.
   *
   * @throws ConsoleException with the console's code when the call is refused or fails
   */
  public Optional<ActionResult> call(Client client, String name, JsonNode args, boolean readOnly) {
    Map<String, Object> params = object(args, "args");
    Optional<ActionRequest> request = ResourceNames.parse(name, params);
    if (request.isEmpty()) return Optional.empty();
    ActionRequest r = readOnly ? request.get().readOnly() : request.get();
    return Optional.of(run(client, () -> resources.call(caller(client), r)));
  }

  /**
   * The tables {@code client} may list, by name, each as {@code {name, fields}}: the fields of a row it reads (so only
   * fields it may read), none when it reads no row. Each table is asked as the client ({@code list} of one row), so
   * the engine's grants decide, as for every other call; a table it may not list is left out, not named.
   */
  public List<Map<String, Object>> visibleTables(Client client, Collection<String> tables) {
    Caller caller = caller(client);
    List<Map<String, Object>> out = new ArrayList<>();
    for (String table : tables) {
      ActionResult probe;
      try {
        probe = resources.call(caller, ActionRequest.of(table, "list", Map.of("pageSize", 1)));
      } catch (ResourceException e) {
        continue;
      }
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("name", table);
      if (probe.data() instanceof List<?> rows && !rows.isEmpty() && rows.getFirst() instanceof Map<?, ?> row) {
        entry.put("fields", row.keySet().stream().map(String::valueOf).toList());
      }
      out.add(entry);
    }
    return out;
  }

  /**
   * Answers a JianghuJS package for {@code client}: the {@code resultData} of the declared resource of {@code pageId} and
   * {@code actionId}, or of the table action {@code actionId} names ({@code {rows, count, page, pageSize, totalPage}}
   * for a list, a record as it is, anything else as {@code {value}}); empty when neither applies.
   *
   * @throws ConsoleException with the console's code when the call is refused or fails
   */
  public Optional<Map<String, Object>> callPackage(Client client, String pageId, String actionId, JsonNode appData) {
    Map<String, Object> app = object(appData, "appData");
    app.remove("authToken");
    if (run(client, () -> resources.declares(pageId, actionId))) {
      return Optional.of(run(client, () -> resources.callDeclared(caller(client), app)));
    }
    if (actionId.indexOf(':') < 0) return Optional.empty();
    Map<String, Object> params = object(appData == null ? null : appData.get("actionData"), "appData.actionData");
    for (String key : PACKAGE_KEYS) {
      if (app.get(key) != null) params.putIfAbsent(key, app.get(key));
    }
    Optional<ActionRequest> request = ResourceNames.parse(actionId, params);
    if (request.isEmpty()) return Optional.empty();
    ActionResult result = run(client, () -> resources.call(caller(client), request.get()));
    return Optional.of(resultData(result));
  }

  /**
   * NocoBase's parameters from a query string: {@code ?page=2&sort=-id} as text values (the engine converts them),
   * a repeated name or {@code name[]} as an array ({@code ?appends[]=tags&appends[]=comments}).
   */
  public static Map<String, Object> queryParams(Map<String, List<String>> query) {
    Map<String, Object> out = new LinkedHashMap<>();
    query.forEach((name, values) -> {
      boolean array = name.endsWith("[]");
      String key = array ? name.substring(0, name.length() - 2) : name;
      if (array || values.size() > 1) {
        @SuppressWarnings("unchecked")
        List<Object> list = out.get(key) instanceof List<?> l ? (List<Object>) l : new ArrayList<>();
        list.addAll(values);
        out.put(key, list);
      } else if (!values.isEmpty()) {
        out.put(key, values.getFirst());
      }
    });
    return out;
  }

  /** A table action's answer as JianghuJS's {@code resultData}. */
  static Map<String, Object> resultData(ActionResult result) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (result.data() instanceof Collection<?> rows) {
      out.put("rows", new ArrayList<>(rows));
      out.putAll(result.meta());
    } else if (result.data() instanceof Map<?, ?> record) {
      record.forEach((k, v) -> out.put(String.valueOf(k), v));
    } else {
      out.put("value", result.data());
      out.putAll(result.meta());
    }
    return out;
  }

  private static <T> T run(Client client, java.util.function.Supplier<T> body) {
    try {
      return body.get();
    } catch (ResourceException e) {
      throw ResourceErrors.toConsole(e, client.user().isEmpty());
    }
  }

  /** A JSON object as parameters; absent or null is none, anything but an object {@code request_invalid}. */
  static Map<String, Object> object(JsonNode node, String what) {
    if (node == null || node.isNull() || node.isMissingNode()) return new LinkedHashMap<>();
    if (!node.isObject()) {
      throw new ConsoleException(ErrorCode.REQUEST_INVALID, "A resource action takes " + what + " as an object of "
          + "parameters ({filter, fields, sort, page, pageSize, values, …}), not " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
    }
    return members(node);
  }

  /**
   * A JSON value as plain Java values, as Jackson's untyped binding makes them (objects as ordered maps, arrays as
   * lists, integers as the smallest of Integer, Long and BigInteger, other numbers as parsed), without a mapper of
   * its own: the console's frames are parsed with a depth limit, so the recursion is bounded.
   */
  static Object plain(JsonNode node) {
    return switch (node.getNodeType()) {
      case OBJECT -> members(node);
      case ARRAY -> {
        List<Object> out = new ArrayList<>(node.size());
        for (JsonNode item : node) out.add(plain(item));
        yield out;
      }
      case STRING -> node.textValue();
      case NUMBER -> node.numberValue();
      case BOOLEAN -> node.booleanValue();
      case NULL, MISSING -> null;
      case BINARY, POJO -> node.asText();
    };
  }

  private static Map<String, Object> members(JsonNode node) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) out.put(e.getKey(), plain(e.getValue()));
    return out;
  }
}
