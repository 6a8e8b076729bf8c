package dev.mochi.api.resource;

import dev.mochi.api.MochiException;

/**
 * An action refused or failed, with a stable {@code code} and the HTTP status the console answers with. The
 * message says what was wrong and how to fix it; the localized text for the code is {@code resource.error.<code>}.
 */
public class ResourceException extends MochiException {
  /** No resource of that name. */
  public static final String RESOURCE_UNKNOWN = "resource_unknown";
  /** The resource has no action of that name. */
  public static final String ACTION_UNKNOWN = "action_unknown";
  /** No record with that key (or not one the caller may see). */
  public static final String NOT_FOUND = "not_found";
  /** The caller may not do this: no grant, a deny, or a field they may not write. */
  public static final String FORBIDDEN = "forbidden";
  /** A read-only transport (HTTP GET) asked for an action that writes. */
  public static final String METHOD_NOT_ALLOWED = "method_not_allowed";
  /** The filter is malformed or names an unknown field, relation or operator, or a value that does not fit. */
  public static final String FILTER_INVALID = "filter_invalid";
  /** {@code fields}, {@code except}, {@code sort}, {@code appends} or {@code values} name a field the table lacks. */
  public static final String FIELD_UNKNOWN = "field_unknown";
  /** A value does not fit its field. */
  public static final String VALUE_INVALID = "value_invalid";
  /** A parameter is malformed ({@code page}, {@code pageSize}, {@code filterByTk}, …). */
  public static final String PARAM_INVALID = "param_invalid";
  /** {@code update} or {@code destroy} without a key or a filter. */
  public static final String KEY_REQUIRED = "key_required";
  /** The write conflicts with a unique key. */
  public static final String CONFLICT = "conflict";
  /** A declared resource's definition is not valid. */
  public static final String RESOURCE_INVALID = "resource_invalid";
  /** Something failed inside the bot; the log has the details. */
  public static final String INTERNAL = "internal";

  /** The stable error code. */
  private final String code;
  /** The HTTP status the console answers with. */
  private final int status;

  /** An error with its code, HTTP status and message. */
  public ResourceException(String code, int status, String message) {
    super(message);
    this.code = code;
    this.status = status;
  }

  /** An error caused by another. */
  public ResourceException(String code, int status, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
    this.status = status;
  }

  /** The stable code ({@code forbidden}, {@code filter_invalid}, …). */
  public String code() {
    return code;
  }

  /** The HTTP status for it. */
  public int status() {
    return status;
  }

  /** {@code forbidden} (403). */
  public static ResourceException forbidden(String message) {
    return new ResourceException(FORBIDDEN, 403, message);
  }

  /** {@code not_found} (404). */
  public static ResourceException notFound(String message) {
    return new ResourceException(NOT_FOUND, 404, message);
  }

  /** {@code param_invalid} (400). */
  public static ResourceException badParam(String message) {
    return new ResourceException(PARAM_INVALID, 400, message);
  }
}
