package dev.mochi.api.resource;

import java.util.Map;

/**
 * The action being run, as NocoBase's {@code ctx.action}: middleware may read and change {@code params} before the
 * handler sees them (a handler still applies the caller's grant, so changing parameters cannot widen access).
 *
 * @param resourceName the resource ({@code post}, or {@code post.comments} for an association)
 * @param actionName the action ({@code list}, {@code publish})
 * @param params the parameters, a mutable map shared by middleware and handler
 */
public record ActionInfo(String resourceName, String actionName, Map<String, Object> params) {}
