package dev.mochi.core.resource;

import dev.mochi.api.data.FieldType;
import dev.mochi.api.data.Filter;
import dev.mochi.api.data.FilterException;
import dev.mochi.api.data.Row;
import dev.mochi.api.data.TableInfo;
import dev.mochi.api.data.TableOptions;
import dev.mochi.api.resource.Caller;
import dev.mochi.api.resource.ResourceException;
import dev.mochi.api.resource.ServiceMethod;
import dev.mochi.core.data.RecordAccess;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Declared resources (JianghuJS's protocol): {@code _resource} rows map {@code pageId} + {@code actionId} to a sql
 * resource or a service method, with hooks before and after. A sql resource's fixed condition is AND-ed to the
 * caller's conditions and to what before-hooks add; a resource with an {@code accessControlTable} takes its
 * conditions from that table's row for the calling user, when there is one. Everything reaches SQL bound.
 */
final class Declared {
  static final String TABLE = "_resource";
  private static final Logger LOG = LoggerFactory.getLogger("mochi.resources");

  private final RecordAccess data;
  private final Tables tables;
  private final Registry registry;

  Declared(RecordAccess data, Tables tables, Registry registry) {
    this.data = data;
    this.tables = tables;
    this.registry = registry;
  }

  /** Creates {@code _resource} (or adds what it lacks). */
  void declare() {
    Map<String, FieldType> f = new LinkedHashMap<>();
    f.put("pageId", FieldType.string());
    f.put("actionId", FieldType.string());
    f.put("desc", FieldType.string().withDefault(""));
    f.put("resourceType", FieldType.string().withDefault("sql"));
    f.put("resourceData", FieldType.json(Map.class).withDefault("{}"));
    f.put("resourceHook", FieldType.json(Map.class).withDefault("{}"));
    f.put("accessControlTable", FieldType.string().withDefault(""));
    f.put("authority", FieldType.integer().withDefault("1"));
    data.model().extend(TABLE, f, TableOptions.primary("id").autoIncrement().unique("pageId", "actionId"));
  }

  /** Whether a row maps {@code pageId} and {@code actionId} (one indexed query). */
  boolean exists(String pageId, String actionId) {
    if (pageId == null || pageId.isBlank() || actionId == null || actionId.isBlank()) return false;
    return tables.count(tables.info(TABLE), Filter.and(Filter.eq("pageId", pageId), Filter.eq("actionId", actionId))) > 0;
  }

  Map<String, Object> call(Caller caller, Map<String, ?> request) {
    try {
      return run(caller, new LinkedHashMap<>(request));
    } catch (ResourceException e) {
      throw e;
    } catch (FilterException e) {
      throw new ResourceException(ResourceException.FILTER_INVALID, 400, e.getMessage(), e);
    } catch (Exception e) {
      LOG.error("Declared resource {}.{} failed", request.get("pageId"), request.get("actionId"), e);
      throw new ResourceException(ResourceException.INTERNAL, 500, "Declared resource " + request.get("pageId") + "."
          + request.get("actionId") + " failed: " + e.getMessage(), e);
    }
  }

  private Map<String, Object> run(Caller caller, Map<String, Object> appData) throws Exception {
    String pageId = id(appData, "pageId");
    String actionId = id(appData, "actionId");
    Row row = tables.page(tables.info(TABLE), Filter.and(Filter.eq("pageId", pageId), Filter.eq("actionId", actionId)),
        List.of(), List.of("id"), 0, 1).stream().findFirst().orElseThrow(() -> new ResourceException(
        ResourceException.RESOURCE_UNKNOWN, 404, "There is no declared resource " + pageId + "." + actionId));
    DeclaredSpec spec = stored(() -> DeclaredSpec.parse(row.asMap(), data));
    if (!caller.system() && caller.authority() < spec.authority()) {
      throw ResourceException.forbidden("Declared resource " + pageId + "." + actionId + " needs authority " + spec.authority());
    }
    spec = override(spec, caller);
    Map<String, Object> actionData = DeclaredSpec.map(appData.get("actionData"), "actionData");
    DeclaredCallImpl call = new DeclaredCallImpl(caller, pageId, actionId, actionData, appData);
    for (DeclaredSpec.Ref r : spec.before()) method(r).call(call);
    call.result = new LinkedHashMap<>(spec.sql() ? new SqlResource(tables, spec.table(), call).run() : service(spec.service(), call));
    for (DeclaredSpec.Ref r : spec.after()) method(r).call(call);
    return call.result;
  }

  /** The definition as this user gets it: a row of the access-control table replaces the conditions. */
  private DeclaredSpec override(DeclaredSpec spec, Caller caller) {
    if (spec.accessControlTable().isEmpty() || !spec.sql()) return spec;
    TableInfo acl = data.model().table(spec.accessControlTable()).filter(t -> t.fields().containsKey("userId")
        && t.fields().containsKey("resourceData")).orElseThrow(() -> invalidStored("Declared resource " + spec.pageId() + "."
        + spec.actionId() + " names access-control table '" + spec.accessControlTable() + "', which needs fields userId and resourceData"));
    Optional<Row> mine = tables.page(acl, Filter.eq("userId", caller.userId()), List.of("resourceData"), acl.primary(), 0, 1)
        .stream().findFirst();
    if (mine.isEmpty()) return spec;
    Map<String, Object> rd = DeclaredSpec.map(mine.get().get("resourceData"), spec.accessControlTable() + ".resourceData");
    return stored(() -> spec.overriddenBy(rd, data));
  }

  private ServiceMethod method(DeclaredSpec.Ref r) {
    return registry.method(r.service(), r.method()).orElseThrow(() -> invalidStored("Service '" + r.service()
        + "' has no method '" + r.method() + "'; is the plugin that offers it loaded?"));
  }

  private Map<String, Object> service(DeclaredSpec.Ref r, DeclaredCallImpl call) throws Exception {
    Object out = method(r).call(call);
    if (out == null) return Map.of();
    if (out instanceof Map<?, ?> m) return Params.strings(m, "resultData");
    if (out instanceof Collection<?> c) return Map.of("rows", new ArrayList<>(c));
    return Map.of("value", out);
  }

  /** A stored definition that does not check out is the owner's to fix: {@code resource_invalid}, status 500. */
  private static <T> T stored(java.util.function.Supplier<T> body) {
    try {
      return body.get();
    } catch (ResourceException e) {
      if (!e.code().equals(ResourceException.RESOURCE_INVALID) && !e.code().equals(ResourceException.FILTER_INVALID)) throw e;
      throw invalidStored(e.getMessage());
    }
  }

  private static ResourceException invalidStored(String message) {
    return new ResourceException(ResourceException.RESOURCE_INVALID, 500, message + " (fix the row in _resource)");
  }

  private static String id(Map<String, Object> appData, String key) {
    if (appData.get(key) instanceof String s && !s.isBlank()) return s;
    throw ResourceException.badParam("appData." + key + " must be text, got: " + Params.describe(appData.get(key)));
  }
}
