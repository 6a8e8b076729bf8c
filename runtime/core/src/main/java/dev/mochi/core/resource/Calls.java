package dev.mochi.core.resource;

import dev.mochi.api.data.Filter;
import dev.mochi.api.data.FilterException;
import dev.mochi.api.resource.ActionHandler;
import dev.mochi.api.resource.ActionInfo;
import dev.mochi.api.resource.ActionMiddleware;
import dev.mochi.api.resource.ActionRequest;
import dev.mochi.api.resource.ActionResult;
import dev.mochi.api.resource.Caller;
import dev.mochi.api.resource.ResourceException;
import dev.mochi.api.resource.Resources;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one action call: finds the handler (a plugin's for {@code resource:action}, a defined resource's, a plugin's
 * for the action on every table, or the built-in one), refuses writes on a read-only transport, checks access,
 * runs the middleware in order around the handler, and turns every failure into a {@link ResourceException}
 * (unexpected ones are logged once, with the stack, and answered {@code internal}).
 */
final class Calls {
  private static final Logger LOG = LoggerFactory.getLogger("mochi.resources");
  private static final Pattern RESOURCE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");
  private static final Pattern ACTION = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  static final Set<String> BUILT_IN = Set.of("list", "get", "count", "create", "update", "destroy", "firstOrCreate", "updateOrCreate");
  static final Set<String> READS = Set.of("list", "get", "count");

  /** A resolved action: its handler, and whether the built-in association checks replace the grant check. */
  private record Target(ActionHandler handler, boolean builtInAssociation) {}

  private final Registry registry;
  private final Access access;
  private final Tables tables;
  private final TableActions actions;
  private final AssociationActions associations;

  Calls(Registry registry, Access access, Tables tables, TableActions actions, AssociationActions associations) {
    this.registry = registry;
    this.access = access;
    this.tables = tables;
    this.actions = actions;
    this.associations = associations;
  }

  ActionResult call(Caller caller, ActionRequest request, Resources self) {
    try {
      return run(caller, request, self);
    } catch (ResourceException e) {
      throw e;
    } catch (FilterException e) {
      throw new ResourceException(ResourceException.FILTER_INVALID, 400, e.getMessage(), e);
    } catch (Exception e) {
      LOG.error("Action {} failed", request.name(), e);
      throw new ResourceException(ResourceException.INTERNAL, 500, "Action " + request.name() + " failed: " + e.getMessage(), e);
    }
  }

  boolean reads(String resource, String action) {
    try {
      return resolve(resource, action).handler().reads();
    } catch (ResourceException e) {
      return false;
    }
  }

  private ActionResult run(Caller caller, ActionRequest request, Resources self) throws Exception {
    String resource = request.resource();
    String action = request.action();
    Target target = resolve(resource, action);
    if (request.reading() && !target.handler().reads()) {
      throw new ResourceException(ResourceException.METHOD_NOT_ALLOWED, 405, request.name()
          + " changes data; call it with POST (GET is for list, get, count and actions marked as reading)");
    }
    Permission permission = Permission.ALL;
    if (resource.contains(".")) {
      String id = request.sourceId().orElseThrow(() -> ResourceException.badParam("Association " + resource
          + " needs the source record's key: /api/" + resource.replace('.', '/').replaceFirst("/", "/<id>/") + ":" + action));
      if (!target.builtInAssociation()) {
        associations.open(caller, resource, id);
        permission = access.decide(caller, resource, action);
      }
    } else {
      permission = access.decide(caller, resource, action);
    }
    CallContext ctx = new CallContext(new ActionInfo(resource, action, new LinkedHashMap<>(request.params())), caller,
        request.sourceId(), permission, self);
    Object out = proceed(ctx, registry.around(resource, action), 0, target.handler());
    return out instanceof ActionResult r ? r : ActionResult.of(out);
  }

  private static Object proceed(CallContext ctx, List<ActionMiddleware> chain, int i, ActionHandler handler) throws Exception {
    if (i == chain.size()) return handler.handle(ctx);
    return chain.get(i).handle(ctx, () -> proceed(ctx, chain, i + 1, handler));
  }

  private Target resolve(String resource, String action) {
    if (resource == null || !RESOURCE.matcher(resource).matches()) {
      throw new ResourceException(ResourceException.RESOURCE_UNKNOWN, 404, "There is no resource '" + resource + "'");
    }
    if (action == null || !ACTION.matcher(action).matches()) {
      throw new ResourceException(ResourceException.ACTION_UNKNOWN, 404, "Resource '" + resource + "' has no action '" + action + "'");
    }
    Optional<ActionHandler> exact = registry.handler(resource + ":" + action);
    if (exact.isPresent()) return new Target(exact.get(), false);
    Optional<Map<String, ActionHandler>> defined = registry.defined(resource);
    if (defined.isPresent()) {
      ActionHandler h = defined.get().get(action);
      if (h == null) throw unknownAction(resource, action, defined.get().keySet());
      return new Target(h, false);
    }
    if (resource.contains(".")) {
      String source = resource.substring(0, resource.indexOf('.'));
      var info = tables.data.model().table(source).orElseThrow(() -> unknownResource(resource));
      var relation = info.relations().get(resource.substring(resource.indexOf('.') + 1));
      if (relation == null) throw unknownResource(resource);
      if (!AssociationActions.offers(relation, action)) throw unknownAction(resource, action, Set.of());
      ActionHandler h = ctx -> {
        CallContext c = (CallContext) ctx;
        Association a = associations.open(c.caller(), resource, c.sourceId().orElseThrow());
        return associations.run(c.caller(), a, action, c.params());
      };
      return new Target(AssociationActions.READS.contains(action) ? ActionHandler.reading(h) : h, true);
    }
    if (tables.data.model().table(resource).isEmpty()) throw unknownResource(resource);
    Optional<ActionHandler> everywhere = registry.handler(action);
    if (everywhere.isPresent()) return new Target(everywhere.get(), false);
    if (!BUILT_IN.contains(action)) throw unknownAction(resource, action, BUILT_IN);
    ActionHandler h = ctx -> builtIn((CallContext) ctx, resource, action);
    return new Target(READS.contains(action) ? ActionHandler.reading(h) : h, false);
  }

  private Object builtIn(CallContext c, String resource, String action) {
    var t = tables.info(resource);
    Permission p = c.permission();
    Params params = c.params();
    return switch (action) {
      case "list" -> actions.list(t, p, c.caller(), params, Filter.ALL);
      case "get" -> actions.get(t, p, c.caller(), params, Filter.ALL);
      case "count" -> actions.count(t, p, c.caller(), params, Filter.ALL);
      case "create" -> actions.create(t, p, c.caller(), params);
      case "update" -> actions.update(t, p, c.caller(), params, Filter.ALL);
      case "destroy" -> actions.destroy(t, p, c.caller(), params, Filter.ALL);
      case "firstOrCreate" -> actions.firstOrCreate(t, p, c.caller(), params);
      default -> actions.updateOrCreate(t, p, c.caller(), params);
    };
  }

  private static ResourceException unknownResource(String resource) {
    return new ResourceException(ResourceException.RESOURCE_UNKNOWN, 404, "There is no resource '" + resource + "'");
  }

  private static ResourceException unknownAction(String resource, String action, Set<String> known) {
    return new ResourceException(ResourceException.ACTION_UNKNOWN, 404, "Resource '" + resource + "' has no action '" + action + "'"
        + (known.isEmpty() ? "" : "; it has " + String.join(", ", known.stream().sorted().toList())));
  }
}
