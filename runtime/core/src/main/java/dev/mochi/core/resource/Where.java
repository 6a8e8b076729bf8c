package dev.mochi.core.resource;

import dev.mochi.api.data.Filter;
import java.util.ArrayList;
import java.util.List;

/** Filters AND-ed together, leaving out the ones that match everything. */
final class Where {
  private Where() {}

  static Filter and(Filter... parts) {
    List<Filter> out = new ArrayList<>();
    for (Filter f : parts) if (!Tables.isAll(f)) out.add(f);
    return out.isEmpty() ? Filter.ALL : out.size() == 1 ? out.getFirst() : new Filter.And(out);
  }

  /** Matches no row. */
  static Filter none() {
    return new Filter.Or(List.of());
  }
}
