package dev.mochi.api.resource;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One call of an action, as a transport hands it to {@link Resources#call}: {@code /api/post:list?page=2} is
 * {@code ActionRequest.of("post", "list", Map.of("page", "2")).readOnly()}, {@code /api/post/1/tags:add} is
 * {@code ActionRequest.association("post", "1", "tags", "add", params)}.
 *
 * <p>Parameters are NocoBase's: {@code filterByTk}, {@code filter} (an object or its JSON text), {@code fields},
 * {@code except}, {@code appends} and {@code sort} (arrays or comma-separated text), {@code page}, {@code
 * pageSize}, {@code paginate}, {@code values}, {@code filterKeys}. Text values (from a query string) are converted.
 *
 * @param resource the resource ({@code post}) or, for an association, {@code source.association}
 * @param action the action's name
 * @param sourceId the source record's key of an association call
 * @param params the parameters
 * @param reading true when the transport only allows reading (HTTP GET): any other action is refused
 */
public record ActionRequest(String resource, String action, Optional<String> sourceId, Map<String, Object> params,
                            boolean reading) {
  /** Copies the parameters. */
  public ActionRequest {
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
  }

  /** A call of {@code resource:action}. */
  public static ActionRequest of(String resource, String action, Map<String, ?> params) {
    return new ActionRequest(resource, action, Optional.empty(), new LinkedHashMap<>(params), false);
  }

  /** A call of {@code source.association:action} on the source record {@code sourceId}. */
  public static ActionRequest association(String source, String sourceId, String association, String action,
                                          Map<String, ?> params) {
    return new ActionRequest(source + "." + association, action, Optional.of(sourceId), new LinkedHashMap<>(params), false);
  }

  /** The same call arriving on a read-only transport (HTTP GET). */
  public ActionRequest readOnly() {
    return new ActionRequest(resource, action, sourceId, params, true);
  }

  /** {@code resource:action}, as routes and grants name it. */
  public String name() {
    return resource + ":" + action;
  }
}
