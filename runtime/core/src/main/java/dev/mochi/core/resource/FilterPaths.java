package dev.mochi.core.resource;

import dev.mochi.api.data.Filter;
import dev.mochi.api.data.Relation;
import dev.mochi.api.data.TableInfo;
import dev.mochi.api.resource.Caller;
import dev.mochi.api.resource.ResourceException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A caller's filter may only name what the caller may read: fields of the readable set, relations they may append
 * and, through them, what their grant on the related resource lets them read. A condition through a relation is
 * also kept to the related records the caller may list there (their scope is added under the same path), so a
 * filter cannot find out about records the caller could not see. Unknown names are left to the filter's own check,
 * which answers {@code filter_invalid}.
 */
final class FilterPaths {
  private FilterPaths() {}

  /** The filter, checked and with the related resources' scopes added. */
  static Filter secure(Filter f, TableInfo t, Permission p, Caller caller, Access access, Tables tables) {
    if (caller.system()) return f;
    return switch (f) {
      case Filter.And a -> new Filter.And(each(a.filters(), t, p, caller, access, tables));
      case Filter.Or o -> new Filter.Or(each(o.filters(), t, p, caller, access, tables));
      case Filter.Not n -> new Filter.Not(secure(n.filter(), t, p, caller, access, tables));
      case Filter.Compare c -> path(c, t, p, caller, access, tables);
    };
  }

  private static List<Filter> each(List<Filter> fs, TableInfo t, Permission p, Caller caller, Access access, Tables tables) {
    List<Filter> out = new ArrayList<>(fs.size());
    for (Filter f : fs) out.add(secure(f, t, p, caller, access, tables));
    return out;
  }

  private static Filter path(Filter.Compare c, TableInfo table, Permission perm, Caller caller, Access access, Tables tables) {
    if (c.path() == null || table.fields().containsKey(c.path())) {
      if (c.path() != null && !Shape.readable(table, perm, c.path())) throw unreadable(c.path(), table);
      return c;
    }
    TableInfo t = table;
    Permission p = perm;
    String[] segs = c.path().split("\\.", -1);
    StringBuilder prefix = new StringBuilder();
    List<Filter> scopes = new ArrayList<>();
    boolean endsOnRelation = false;
    for (int i = 0; i < segs.length; i++) {
      String seg = segs[i];
      if (t.fields().containsKey(seg)) {
        if (!Shape.readable(t, p, seg)) throw unreadable(seg, t);
        break;
      }
      Relation r = t.relations().get(seg);
      if (r == null) return c;
      if (!p.appends(seg)) {
        throw ResourceException.forbidden("The filter follows relation '" + seg + "' of '" + t.name() + "', which you may not append");
      }
      Optional<TableInfo> target = tables.data.model().table(r.target());
      if (target.isEmpty()) return c;
      String relation = seg;
      TableInfo from = t;
      t = target.get();
      p = access.find(caller, t.name(), "list").orElseThrow(() -> ResourceException.forbidden("The filter follows relation '"
          + relation + "' of '" + from.name() + "' to '" + r.target() + "', which you may not list"));
      prefix.append(i == 0 ? "" : ".").append(seg);
      if (!Tables.isAll(p.scope())) scopes.add(prefixed(p.scope(), prefix.toString()));
      endsOnRelation = i == segs.length - 1;
    }
    if (scopes.isEmpty()) return c;
    boolean none = endsOnRelation && (c.op() == Filter.Op.EQ && c.value() == null
        || c.op() == Filter.Op.EMPTY && Boolean.TRUE.equals(c.value()));
    if (none) {
      List<Filter> some = new ArrayList<>(scopes);
      some.addFirst(new Filter.Compare(c.path(), Filter.Op.NE, null));
      return new Filter.Not(new Filter.And(some));
    }
    List<Filter> all = new ArrayList<>(scopes);
    all.addFirst(c);
    return new Filter.And(all);
  }

  /** The filter with every path moved under {@code prefix} ({@code id} → {@code createdBy.id}). */
  static Filter prefixed(Filter f, String prefix) {
    return switch (f) {
      case Filter.And a -> new Filter.And(a.filters().stream().map(x -> prefixed(x, prefix)).toList());
      case Filter.Or o -> new Filter.Or(o.filters().stream().map(x -> prefixed(x, prefix)).toList());
      case Filter.Not n -> new Filter.Not(prefixed(n.filter(), prefix));
      case Filter.Compare c -> new Filter.Compare(prefix + "." + c.path(), c.op(), c.value());
    };
  }

  private static ResourceException unreadable(String field, TableInfo t) {
    return ResourceException.forbidden("The filter names field '" + field + "' of '" + t.name() + "', which you may not read");
  }
}
