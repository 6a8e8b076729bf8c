package dev.mochi.api.resource;

import dev.mochi.api.Disposable;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The resources of the bot, as one plugin sees them ({@code ctx.resources()}): every table of the model with
 * NocoBase's actions, resources defined by plugins, declared (JianghuJS) resources, grants and events. Everything
 * registered here is removed when the plugin is unloaded.
 *
 * <pre>{@code
 * Resources r = ctx.resources();
 * r.grant(Grant.allow("post", "list", "get").authority(1).readable("id", "title"));
 * r.registerActionHandler("post:publish", ctx -> ...);
 * r.define("app", Map.of("getInfo", ActionHandler.reading(ctx -> Map.of("version", "1"))));
 * r.use("post:list", (ctx, next) -> { ctx.action().params().put("sort", "-id"); return next.proceed(); });
 * ActionResult page = r.call(Caller.SYSTEM, ActionRequest.of("post", "list", Map.of("pageSize", 5)));
 * }</pre>
 */
public interface Resources {
  /** Runs an action; refusals and failures are {@link ResourceException}s with a code and status. */
  ActionResult call(Caller caller, ActionRequest request);

  /**
   * Runs a declared resource with a JianghuJS {@code appData} ({@code pageId}, {@code actionId}, {@code actionData},
   * {@code where}, {@code whereIn}, {@code whereLike}, {@code whereOptions}, {@code whereOrOptions}, {@code offset},
   * {@code limit}, {@code orderBy}); returns its {@code resultData} ({@code rows}, and {@code count} when a {@code
   * limit} was given).
   */
  Map<String, Object> callDeclared(Caller caller, Map<String, ?> appData);

  /**
   * Whether a declared resource exists for {@code pageId} and {@code actionId} (a row of {@code _resource}), so a
   * transport knows to answer a JianghuJS package with {@link #callDeclared} rather than with something else of the
   * same {@code actionId}. Runs no middleware and checks no grant.
   */
  boolean declares(String pageId, String actionId);

  /** Whether {@code resource:action} only reads (so HTTP GET may call it); false for unknown ones. */
  boolean reads(String resource, String action);

  /** The names of every resource: tables and defined ones. */
  List<String> names();

  /** A resource that is not a table ({@code app} with {@code getInfo}); its actions are its handlers. */
  Disposable define(String name, Map<String, ActionHandler> actions);

  /**
   * Adds (or, for one resource, replaces) an action: {@code "post:publish"} for one resource, {@code
   * "post.comments:pin"} for an association, {@code "publish"} for every table resource.
   */
  Disposable registerActionHandler(String name, ActionHandler handler);

  /** {@link #registerActionHandler} for each entry. */
  Disposable registerActionHandlers(Map<String, ActionHandler> handlers);

  /** Middleware around every action. */
  Disposable use(ActionMiddleware middleware);

  /** Middleware around the actions of one resource ({@code "post"}, {@code "post.comments"}) or one action ({@code "post:list"}). */
  Disposable use(String target, ActionMiddleware middleware);

  /** Adds a grant (see {@link Grant} for how grants combine). */
  Disposable grant(Grant grant);

  /** Offers methods to declared resources and their hooks under a service name. */
  Disposable service(String name, Map<String, ServiceMethod> methods);

  /** Listens to created, updated and destroyed records of table resources (called on one thread, in order). */
  Disposable onChange(Consumer<ResourceEvent> listener);
}
