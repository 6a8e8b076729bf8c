package dev.mochi.api.resource;

/**
 * A method a plugin offers to declared resources, by service and method name: as a service resource ({@code
 * {"service": "lottery", "serviceFunction": "draw"}}) or as a hook run before or after a resource. A service
 * resource's return value is its {@code resultData}: a map as it is, a list as {@code {"rows": [...]}}, null as
 * {@code {}}, anything else as {@code {"value": ...}}. A hook's return value is ignored; it works through the call.
 */
@FunctionalInterface
public interface ServiceMethod {
  /**
   * Runs the method for one request.
   *
   * @throws Exception anything, handled as {@link ActionHandler#handle} handles it
   */
  Object call(DeclaredCall call) throws Exception;
}
