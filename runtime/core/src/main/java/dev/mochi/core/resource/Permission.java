package dev.mochi.core.resource;

import dev.mochi.api.data.Filter;
import dev.mochi.api.resource.Grant;
import java.util.Optional;
import java.util.Set;

/**
 * A grant applied to one caller: its scope with the caller's values in place of {@code ${user.id}} and {@code
 * ${user.authority}}, and its field sets. {@link #ALL} is what {@code Caller.SYSTEM} gets.
 */
record Permission(Optional<Grant> grant, Filter scope, Set<String> readable, Set<String> writable, Set<String> appends) {
  static final Permission ALL = new Permission(Optional.empty(), Filter.ALL, Set.of(Grant.ALL), Set.of(Grant.ALL), Set.of(Grant.ALL));

  boolean reads(String field) {
    return Grant.holds(readable, field);
  }

  boolean writes(String field) {
    return Grant.holds(writable, field);
  }

  boolean appends(String relation) {
    return Grant.holds(appends, relation);
  }

  boolean scoped() {
    return !(scope instanceof Filter.And a && a.filters().isEmpty());
  }
}
