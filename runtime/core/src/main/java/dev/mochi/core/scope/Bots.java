package dev.mochi.core.scope;

import dev.mochi.api.Disposable;
import dev.mochi.api.adapter.Bot;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The bots registered by adapters; a bot goes away with its adapter's scope. */
public final class Bots {
  private final CopyOnWriteArrayList<Bot> bots = new CopyOnWriteArrayList<>();

  Disposable add(Scope scope, Bot bot) {
    bots.add(bot);
    return scope.track(() -> bots.remove(bot));
  }

  /** The registered bots, in registration order. */
  public List<Bot> all() { return List.copyOf(bots); }

  /** The first bot of a platform, if any. */
  public java.util.Optional<Bot> first(String platform) {
    return bots.stream().filter(b -> b.platform().equals(platform)).findFirst();
  }
}
