package dev.mochi.core.resource;

import dev.mochi.api.data.Row;
import dev.mochi.api.data.TableInfo;
import dev.mochi.api.resource.ActionContext;
import dev.mochi.api.resource.ActionMiddleware;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Rows written to {@code _resource} through its resource are checked before they are written, so the console can
 * only store definitions that run: a bad one is refused with {@code resource_invalid} and the reason.
 */
final class DeclaredChecks {
  private DeclaredChecks() {}

  static void install(Registry registry, Tables tables) {
    ActionMiddleware check = (ctx, next) -> {
      String action = ctx.action().actionName();
      if (action.equals("create") || action.equals("update") || action.equals("firstOrCreate") || action.equals("updateOrCreate")) {
        check(ctx, tables);
      }
      return next.proceed();
    };
    registry.use(Declared.TABLE, check);
  }

  private static void check(ActionContext ctx, Tables tables) {
    Params p = new Params(ctx.action().params());
    TableInfo t = tables.info(Declared.TABLE);
    Map<String, Object> row = new LinkedHashMap<>();
    if (ctx.action().actionName().equals("update") && p.has("filterByTk")) {
      Optional<Row> old = tables.get(t, tables.key(t, p.get("filterByTk").orElseThrow()));
      old.ifPresent(r -> row.putAll(r.asMap()));
    }
    row.putAll(p.object("values"));
    if (!row.containsKey("pageId") && ctx.action().actionName().equals("update") && !p.has("filterByTk")) return;
    DeclaredSpec.parse(row, tables.data);
  }
}
