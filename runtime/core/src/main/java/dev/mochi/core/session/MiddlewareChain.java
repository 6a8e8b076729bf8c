package dev.mochi.core.session;

import dev.mochi.api.Disposable;
import dev.mochi.api.Middleware;
import dev.mochi.api.Next;
import dev.mochi.api.SessionError;
import dev.mochi.core.scope.PluginScope;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The middleware chain with Koishi's semantics. Steps run in registration order (a prepended one goes first);
 * the built-in command step is always last among registered middleware; fallbacks given to
 * {@link Next#proceed(Object)} are appended after it, in the order given. A step that throws is logged once
 * with its plugin's name and answers null to whoever called it; a {@link SessionError} becomes its localized
 * text. Nesting deeper than the configured limit stops the chain with one log line.
 */
public final class MiddlewareChain {
  private static final Logger LOG = LoggerFactory.getLogger("mochi.middleware");

  private final int maxDepth;
  private final CopyOnWriteArrayList<Entry> entries = new CopyOnWriteArrayList<>();

  private record Entry(PluginScope scope, Middleware middleware) {}

  /** A step of one run: a middleware with the plugin it belongs to; {@code commands} for the built-in command step. */
  private record Step(String plugin, Middleware middleware, boolean commands) {
    Step(String plugin, Middleware middleware) { this(plugin, middleware, false); }
  }

  /** A chain that stops nesting at {@code maxDepth} steps ({@code dispatcher.max-depth}). */
  public MiddlewareChain(int maxDepth) { this.maxDepth = maxDepth; }

  /** Adds a middleware owned by {@code scope}; disposing the returned handle (or the scope) removes it. */
  public Disposable add(PluginScope scope, Middleware middleware, boolean prepend) {
    Entry entry = new Entry(scope, middleware);
    if (prepend) entries.add(0, entry);
    else entries.add(entry);
    return scope.track(() -> entries.remove(entry));
  }

  /** Runs the chain for a session, {@code commandStep} last of the registered steps, and returns its reply (or null). */
  Object run(SessionImpl session, Middleware commandStep) {
    List<Step> steps = new ArrayList<>(entries.size() + 2);
    for (Entry e : entries) {
      if (e.scope().matches(session)) steps.add(new Step(e.scope().pluginName(), e.middleware()));
    }
    steps.add(new Step("commands", commandStep, true));
    return new Run(session, steps, maxDepth).proceedSafely();
  }

  /** One pass through the chain: the {@link Next} every step receives. */
  private static final class Run implements Next {
    private final SessionImpl session;
    private final List<Step> steps;
    private final int maxDepth;
    private int index;
    private int depth;
    private boolean depthLogged;

    Run(SessionImpl session, List<Step> steps, int maxDepth) {
      this.session = session;
      this.steps = steps;
      this.maxDepth = maxDepth;
    }

    @Override public Object proceed() { return proceedSafely(); }

    @Override public Object proceed(Object fallback) {
      if (fallback instanceof Fallback f) return proceed(f);
      if (fallback instanceof Middleware m) steps.add(new Step(session.currentPlugin(), m));
      else steps.add(new Step(session.currentPlugin(), (s, next) -> fallback));
      return proceedSafely();
    }

    @Override public Object proceed(Fallback fallback) {
      steps.add(new Step(session.currentPlugin(), (s, next) -> fallback.handle(next)));
      return proceedSafely();
    }

    Object proceedSafely() {
      if (index >= steps.size()) return null;
      if (depth >= maxDepth) {
        if (!depthLogged) {
          depthLogged = true;
          LOG.warn("Middleware nested deeper than {} steps for {} (last plugin '{}'); the chain stops here. "
              + "A middleware or fallback probably calls next() in a loop.", maxDepth, session, session.currentPlugin());
        }
        return null;
      }
      Step step = steps.get(index++);
      String caller = session.currentPlugin();
      SessionImpl.Stage callerStage = session.stage();
      session.setCurrentPlugin(step.plugin());
      session.stage(step.commands()
          ? new SessionImpl.Stage("in the command step", null)
          : new SessionImpl.Stage("running middleware of plugin '" + step.plugin() + "'", step.plugin()));
      depth++;
      try {
        return step.middleware().handle(session, this);
      } catch (SessionError e) {
        return session.text(e.key(), e.args().toArray());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      } catch (Exception e) {
        LoggerFactory.getLogger("plugin." + step.plugin())
            .error("Plugin '{}': middleware failed on {}", step.plugin(), session, e);
        return null;
      } finally {
        depth--;
        session.setCurrentPlugin(caller);
        session.stage(callerStage);
      }
    }
  }
}
