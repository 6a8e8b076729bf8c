package dev.mochi.console;

import dev.mochi.api.console.ConsoleException;
import dev.mochi.api.console.ErrorCode;
import dev.mochi.api.resource.ActionResult;
import dev.mochi.api.resource.ResourceException;
import dev.mochi.console.resource.ResourceErrors;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;

/**
 * Runs one request against the listeners, whatever transport it came by: the authority check before the handler
 * (anonymous: {@code not_authenticated}; too low: {@code forbidden}), then the handler, its result or failure turned
 * into a {@link Reply}. A failure that is not a {@link ConsoleException} is logged once with the plugin's name and
 * answered with {@code server_error}.
 */
final class Requests {
  /** Route for names no listener has (resources, bound by the resource transport). */
  interface Fallback {
    Optional<Reply> handle(Connection c, Request r, boolean readOnly);
  }

  /** Route for JianghuJS packages tried before the listeners (declared resources, bound by the resource transport). */
  interface PackageRoute {
    Optional<Reply> handle(Connection c, PackageForm.Parsed p);
  }

  private final Listeners listeners;
  private volatile PackageRoute packageRoute = (c, p) -> Optional.empty();
  private final Logger log;
  private volatile Fallback fallback = (c, r, ro) -> Optional.empty();

  Requests(Listeners listeners, Logger log) {
    this.listeners = listeners;
    this.log = log;
  }

  void fallback(Fallback f) {
    this.fallback = f;
  }

  void packageRoute(PackageRoute route) {
    this.packageRoute = route;
  }

  /** A package: a declared resource for its page and action if there is one, else the listener named by actionId. */
  Reply handlePackage(Connection c, PackageForm.Parsed p) {
    Optional<Reply> routed;
    try {
      routed = packageRoute.handle(c, p);
    } catch (RuntimeException e) {
      return failure(c, p.request(), "resources", e);
    }
    return routed.orElseGet(() -> handle(c, p.request(), false));
  }

  /** Handles {@code r} for {@code c}; {@code readOnly} (HTTP GET) refuses actions that are not marked as reads. */
  Reply handle(Connection c, Request r, boolean readOnly) {
    Optional<Listeners.Entry> found = listeners.find(r.action());
    if (found.isEmpty()) {
      try {
        return fallback.handle(c, r, readOnly).orElseGet(() -> Reply.failure(r.id(), ErrorCode.NOT_FOUND,
            "No console action '" + r.action() + "'"));
      } catch (RuntimeException e) {
        return failure(c, r, "resources", e);
      }
    }
    Listeners.Entry entry = found.get();
    if (readOnly && !entry.reads()) {
      return Reply.failure(r.id(), ErrorCode.REQUEST_INVALID, "Action '" + r.action()
          + "' changes state; send it with POST, not GET");
    }
    if (entry.authority() > 0 && c.user().isEmpty()) {
      return Reply.failure(r.id(), ErrorCode.NOT_AUTHENTICATED, "Action '" + r.action() + "' needs you to log in");
    }
    if (c.authority() < entry.authority()) {
      return Reply.failure(r.id(), ErrorCode.FORBIDDEN, "Action '" + r.action() + "' needs authority "
          + entry.authority() + "; you have " + c.authority());
    }
    try {
      Object result = entry.handler().handle(c, new ArgsImpl(r.args()));
      if (result instanceof ActionResult ar) {
        return new Reply(r.id(), true, ar.data(), ar.meta(), null, null, Map.of());
      }
      return Reply.success(r.id(), result);
    } catch (Exception e) {
      return failure(c, r, entry.plugin(), e);
    }
  }

  private Reply failure(Connection c, Request r, String plugin, Exception e) {
    if (e instanceof ConsoleException ce) return Reply.failure(r.id(), ce);
    // a listener that calls resources itself answers their errors as the resource routes do
    if (e instanceof ResourceException re) return Reply.failure(r.id(), ResourceErrors.toConsole(re, c.user().isEmpty()));
    log.warn("Plugin '{}': console action '{}' failed", plugin, r.action(), e);
    return Reply.failure(r.id(), ErrorCode.SERVER_ERROR, "Action '" + r.action() + "' failed inside the bot; the log says why");
  }
}
