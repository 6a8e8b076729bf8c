package dev.mochi.api.resource;

import dev.mochi.api.data.Filter;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Who may call which actions of a resource, on which records, seeing and writing which fields.
 *
 * <pre>{@code
 * resources.grant(Grant.allow("post", "list", "get").authority(1)
 *     .scope("{\"createdById\": \"${user.id}\"}")          // only their own posts
 *     .readable("id", "title", "createdAt").appends("tags"));
 * resources.grant(Grant.allow("post", "create", "update").authority(1).writable("title", "body"));
 * resources.grant(Grant.deny("user", "destroy").authority(4));  // nobody below 5
 * }</pre>
 *
 * <p>An allow grant applies to callers whose authority is at least {@code authority}; a deny applies to callers
 * whose authority is at most {@code authority}, and wins over every allow. Of the allow grants that apply, the one
 * with the highest authority is used (then one naming the resource over {@code "*"}, one naming the action over
 * {@code "*"}, the later over the earlier). Owners (authority 5) have a built-in grant of everything. {@code "*"}
 * as resource, action or field means all of them.
 *
 * @param resource the resource ({@code post}), or {@code "*"}
 * @param actions the actions ({@code list}, {@code get}, {@code create}, …, custom ones), or {@code "*"}
 * @param authority the authority the grant starts at (allow) or ends at (deny)
 * @param deny whether this refuses instead of allowing
 * @param scope a filter records must match; {@code "${user.id}"} and {@code "${user.authority}"} as whole values
 *     stand for the caller's; {@link Filter#ALL}: every record
 * @param readable the fields the caller sees (the primary key always); {@code "*"}: all
 * @param writable the fields the caller may write; {@code "*"}: all (server-managed fields are never written)
 * @param appends the relations the caller may append to records; their records are shown as the caller's
 *     grant on the related resource allows
 */
public record Grant(String resource, Set<String> actions, int authority, boolean deny, Filter scope,
                    Set<String> readable, Set<String> writable, Set<String> appends) {
  /** Every field, action or resource. */
  public static final String ALL = "*";

  /** Copies every collection. */
  public Grant {
    actions = Collections.unmodifiableSet(new LinkedHashSet<>(actions));
    scope = scope == null ? Filter.ALL : scope;
    readable = Collections.unmodifiableSet(new LinkedHashSet<>(readable));
    writable = Collections.unmodifiableSet(new LinkedHashSet<>(writable));
    appends = Collections.unmodifiableSet(new LinkedHashSet<>(appends));
  }

  /** Allows these actions of a resource from authority 1, on every record, every field readable and writable. */
  public static Grant allow(String resource, String... actions) {
    return new Grant(resource, Set.of(actions.length == 0 ? new String[] {ALL} : actions), 1, false, Filter.ALL,
        Set.of(ALL), Set.of(ALL), Set.of());
  }

  /** Refuses these actions of a resource to callers of authority 5 and below (everyone); narrow with {@link #authority}. */
  public static Grant deny(String resource, String... actions) {
    return new Grant(resource, Set.of(actions.length == 0 ? new String[] {ALL} : actions), 5, true, Filter.ALL,
        Set.of(), Set.of(), Set.of());
  }

  /** The authority it starts at (allow) or ends at (deny). */
  public Grant authority(int value) {
    return new Grant(resource, actions, value, deny, scope, readable, writable, appends);
  }

  /** Records must match this filter, in the JSON operator form ({@link Filter#parse}). */
  public Grant scope(String json) {
    return scope(Filter.parse(json));
  }

  /** Records must match this filter; {@code "${user.id}"} as a value stands for the caller's id. */
  public Grant scope(Filter filter) {
    return new Grant(resource, actions, authority, deny, filter, readable, writable, appends);
  }

  /** Only these fields are shown. */
  public Grant readable(String... fields) {
    return new Grant(resource, actions, authority, deny, scope, Set.of(fields), writable, appends);
  }

  /** Only these fields may be written. */
  public Grant writable(String... fields) {
    return new Grant(resource, actions, authority, deny, scope, readable, Set.of(fields), appends);
  }

  /** These relations may be appended. */
  public Grant appends(String... relations) {
    return new Grant(resource, actions, authority, deny, scope, readable, writable, Set.of(relations));
  }

  /** Whether the grant covers an action of a resource. */
  public boolean covers(String resourceName, String action) {
    return (resource.equals(ALL) || resource.equals(resourceName)) && (actions.contains(ALL) || actions.contains(action));
  }

  /** Whether it applies to a caller of this authority. */
  public boolean appliesTo(int callerAuthority) {
    return deny ? callerAuthority <= authority : callerAuthority >= authority;
  }

  /** Whether a field is in a field set of this grant ({@code "*"} holds every field). */
  public static boolean holds(Set<String> fields, String field) {
    return fields.contains(ALL) || fields.contains(field);
  }
}
