package dev.mochi.core.plugin;

import java.time.Duration;
import dev.mochi.core.session.SessionImpl;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.pf4j.PluginRuntimeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The unload path. Order matters, and each step exists for a reason:
 * <ol>
 *   <li>Wait for the sessions running now (not the caller's own): one of them may be inside the plugin, using
 *       its services or database handle.</li>
 *   <li>Dispose the plugin's forks, newest first: commands, middleware, listeners, timers, services, i18n texts
 *       and console entries go away, so no new session enters the plugin.</li>
 *   <li>Wait again: a session that started between the first wait and the disposal may still run plugin code,
 *       and closing the class loader under it would fail its next class load.</li>
 *   <li>Unload from PF4J, which closes the class loader, and delete the private jar copy.</li>
 *   <li>Drop every strong reference the host had and hand a weak one to the {@link LoaderWatch}, which reports
 *       the plugin by name if the loader is never collected.</li>
 * </ol>
 * A batch (a plugin and its dependents) goes through each step together, dependents first.
 */
final class Unloading {
  private static final Logger LOG = LoggerFactory.getLogger("mochi.plugins");

  private final PluginHost.Parts parts;
  private final MochiPluginManager pf4j;
  private final JarCopies copies;
  private final LoaderWatch watch;

  Unloading(PluginHost.Parts parts, MochiPluginManager pf4j, JarCopies copies, LoaderWatch watch) {
    this.parts = parts;
    this.pf4j = pf4j;
    this.copies = copies;
    this.watch = watch;
  }

  /** Unloads {@code batch} (dependents before what they depend on); each entry keeps its id, source and state. */
  void unload(List<Installed> batch) {
    if (batch.isEmpty()) return;
    awaitSessions(batch, "before disposing");
    for (Installed e : batch) disposeForks(e);
    awaitSessions(batch, "after disposing");
    for (Installed e : batch) release(e);
  }

  /** Disposes what a plugin applied, newest first; one failing disposer does not stop the others. */
  void disposeForks(Installed e) {
    for (int i = e.applied.size() - 1; i >= 0; i--) {
      try {
        e.applied.get(i).fork().dispose();
      } catch (RuntimeException ex) {
        LOG.error("Plugin '{}': disposing its scope failed: {}", e.id, ex.getMessage());
      }
    }
    e.applied.clear();
  }

  /** Unloads the jar from PF4J (closing its class loader), deletes the copy and starts watching the loader. */
  void release(Installed e) {
    e.applied.clear();
    ClassLoader loader = pf4j.getPluginClassLoader(e.id);
    if (pf4j.getPlugin(e.id) != null) {
      try {
        pf4j.remove(e.id);
      } catch (PluginRuntimeException ex) {
        LOG.warn("Plugin '{}': PF4J reported a problem while unloading it: {}", e.id, ex.getMessage());
      }
    }
    if (e.copy != null) {
      copies.delete(e.copy);
      e.copy = null;
    }
    if (loader != null) watch.watch(e.id, e.version(), loader);
  }

  /**
   * Waits for the sessions running code of the batch's plugins, up to the time budget. A session hanging in another
   * plugin does not hold the unload; one past its budget inside the batch is not waited for but interrupted (its
   * plugin is going away). The owner whose command unloads hears what is being waited for.
   */
  private void awaitSessions(List<Installed> batch, String when) {
    Set<String> names = new HashSet<>();
    for (Installed e : batch) {
      names.add(e.id);
      names.addAll(e.names);
      e.applied.forEach(a -> names.add(a.plugin().name()));
    }
    Predicate<SessionImpl> inside = s -> names.contains(s.currentPlugin())
        || (s.stage().plugin() != null && names.contains(s.stage().plugin()));
    Duration grace = parts.config().dispatcher().pluginBudget();
    Map<SessionImpl, Boolean> found = parts.dispatcher().runningSessions(inside);
    List<SessionImpl> hung = found.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
    for (SessionImpl s : hung) {
      LOG.warn("Plugins {}: {} is past its time budget, {}; interrupting it instead of waiting ({} unloading)",
          ids(batch), s, s.stage().what(), when);
      parts.dispatcher().interrupt(s);
    }
    long waiting = found.size() - hung.size();
    if (waiting > 0 && when.startsWith("before")) tellTheCaller(batch, found, waiting, grace);
    if (!parts.dispatcher().awaitRunning(grace, inside)) {
      LOG.warn("Plugins {}: sessions still running {} them after {} ms; interrupting them and going on", ids(batch),
          when, grace.toMillis());
      parts.dispatcher().runningSessions(inside).keySet().forEach(parts.dispatcher()::interrupt);
    }
  }

  private void tellTheCaller(List<Installed> batch, Map<SessionImpl, Boolean> found, long waiting, Duration grace) {
    Optional<SessionImpl> caller = parts.dispatcher().sessionOnThisThread();
    if (caller.isEmpty()) return;
    String what = found.entrySet().stream().filter(e -> !e.getValue()).findFirst().map(e -> e.getKey().stage().what()).orElse("");
    SessionImpl owner = caller.get();
    owner.send(owner.text("plugin.waiting", waiting, String.join(", ", ids(batch)), what, grace.toSeconds()));
  }

  private static List<String> ids(List<Installed> batch) {
    return batch.stream().map(e -> e.id).toList();
  }
}
