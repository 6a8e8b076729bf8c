package dev.mochi.core.resource;

import dev.mochi.api.Disposable;
import dev.mochi.api.resource.Caller;
import dev.mochi.api.resource.Grant;
import dev.mochi.api.resource.ResourceException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The grants, and the decision for one call: a deny that applies refuses; else the best allow that applies (the
 * highest authority, then a named resource over {@code "*"}, a named action over {@code "*"}, the later over the
 * earlier) is the caller's permission; else the call is refused. Owners hold a built-in grant of everything.
 */
final class Access {
  static final Grant OWNERS = Grant.allow(Grant.ALL, Grant.ALL).authority(5).appends(Grant.ALL);

  private final List<Grant> grants = new CopyOnWriteArrayList<>(List.of(OWNERS));

  Disposable add(Grant g) {
    Variables.check(g.scope(), "The scope of a grant on '" + g.resource() + "'");
    grants.add(g);
    return () -> grants.remove(g);
  }

  /** The caller's permission for an action, or {@code forbidden}. */
  Permission decide(Caller caller, String resource, String action) {
    return find(caller, resource, action).orElseThrow(() -> ResourceException.forbidden("Authority " + caller.authority()
        + " may not call " + resource + ":" + action + (caller.authority() == 0 ? "; log in first" : "")));
  }

  /** The caller's permission, or empty when refused. */
  Optional<Permission> find(Caller caller, String resource, String action) {
    if (caller.system()) return Optional.of(Permission.ALL);
    Grant best = null;
    for (Grant g : grants) {
      if (!g.covers(resource, action) || !g.appliesTo(caller.authority())) continue;
      if (g.deny()) return Optional.empty();
      if (best == null || better(g, best, action)) best = g;
    }
    if (best == null) return Optional.empty();
    return Optional.of(new Permission(Optional.of(best), Variables.apply(best.scope(), caller), best.readable(),
        best.writable(), best.appends()));
  }

  private static boolean better(Grant g, Grant than, String action) {
    if (g.authority() != than.authority()) return g.authority() > than.authority();
    boolean named = !g.resource().equals(Grant.ALL);
    boolean thanNamed = !than.resource().equals(Grant.ALL);
    if (named != thanNamed) return named;
    boolean act = g.actions().contains(action);
    boolean thanAct = than.actions().contains(action);
    if (act != thanAct) return act;
    return true;
  }
}
