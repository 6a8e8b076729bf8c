package dev.mochi.core.resource;

import dev.mochi.api.data.Filter;
import dev.mochi.api.data.Relation;
import dev.mochi.api.data.Row;
import dev.mochi.api.data.TableInfo;
import dev.mochi.api.resource.ResourceException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * One association call resolved: the source table and record ({@code post} 1), the relation ({@code tags}), its
 * target and join table, and the condition that keeps target rows to the ones related to the source record.
 */
record Association(TableInfo source, Map<String, Object> sourceRow, Relation relation, TableInfo target,
                   Filter related) {
  /** Join-table rows an association may hold for one record when its targets are listed. */
  static final int MAX_LINKS = 10_000;

  static Association resolve(Tables tables, String resource, TableInfo source, Map<String, Object> sourceRow) {
    String name = resource.substring(resource.indexOf('.') + 1);
    Relation r = source.relations().get(name);
    if (r == null) {
      throw new ResourceException(ResourceException.RESOURCE_UNKNOWN, 404, "Resource '" + source.name() + "' has no association '"
          + name + "' (relations: " + (source.relations().isEmpty() ? "none" : String.join(", ", source.relations().keySet())) + ")");
    }
    TableInfo target = tables.info(r.target());
    return new Association(source, sourceRow, r, target, related(tables, r, sourceRow));
  }

  private static Filter related(Tables tables, Relation r, Map<String, Object> src) {
    return switch (r.type()) {
      case BELONGS_TO -> src.get(r.foreignKey()) == null ? Where.none() : Filter.eq(r.targetKey(), src.get(r.foreignKey()));
      case HAS_ONE, HAS_MANY -> Filter.eq(r.foreignKey(), src.get(r.sourceKey()));
      case BELONGS_TO_MANY -> {
        TableInfo through = tables.info(r.through());
        List<Row> links = tables.page(through, Filter.eq(r.foreignKey(), src.get(r.sourceKey())), List.of(r.otherKey()),
            through.primary(), 0, MAX_LINKS + 1);
        if (links.size() > MAX_LINKS) {
          throw ResourceException.badParam("Record has more than " + MAX_LINKS + " links in '" + r.through() + "'; filter the target resource instead");
        }
        List<Object> keys = new ArrayList<>(links.size());
        for (Row l : links) keys.add(l.get(r.otherKey()));
        yield Filter.in(r.targetKey(), keys);
      }
    };
  }

  Object sourceKeyValue() {
    return sourceRow.get(relation.sourceKey());
  }

  boolean toMany() {
    return relation.type() == Relation.Type.HAS_MANY || relation.type() == Relation.Type.BELONGS_TO_MANY;
  }

  /** The target keys a link action names: {@code filterByTk} as one key or an array of keys. */
  List<Map<String, Object>> targetKeys(Tables tables, Params params) {
    Object tk = params.get("filterByTk").orElseThrow(() -> ResourceException.badParam(source.name() + "." + relation.name()
        + " needs filterByTk: the key of a '" + target.name() + "' record, or an array of keys"));
    List<Map<String, Object>> out = new ArrayList<>();
    Object v = tk instanceof String s && s.trim().startsWith("[") ? Json.read("filterByTk", s) : tk;
    if (v instanceof Collection<?> c && target.primary().size() == 1) {
      for (Object o : c) out.add(tables.key(target, o));
    } else {
      out.add(tables.key(target, v));
    }
    return out;
  }
}
