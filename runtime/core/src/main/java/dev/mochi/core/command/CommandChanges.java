package dev.mochi.core.command;

import dev.mochi.api.command.CommandsChanged;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Collects the names of commands that appear and go away, and announces them as one {@link CommandsChanged}. A
 * plugin's apply and a scope's disposal each open a batch on their thread ({@link #open}); nested batches (a plugin
 * applying sub-plugins) join the outermost, so one apply or one unload gives one event, after it. A change made
 * outside any batch (code declaring a command from a timer) is announced at once. A name added and removed within
 * one batch is not announced; one removed and added again is in both lists (it may have other arguments now). Names
 * are sorted.
 */
final class CommandChanges {
  private final Consumer<CommandsChanged> announce;
  private final ThreadLocal<Pending> open = new ThreadLocal<>();

  /** The changes of one batch, on one thread. */
  private static final class Pending {
    int depth;
    final Set<String> added = new LinkedHashSet<>();
    final Set<String> removed = new LinkedHashSet<>();
  }

  CommandChanges(Consumer<CommandsChanged> announce) { this.announce = announce; }

  CommandEngine.Batch open() {
    Pending pending = open.get();
    if (pending == null) {
      pending = new Pending();
      open.set(pending);
    }
    pending.depth++;
    Pending mine = pending;
    return () -> {
      if (--mine.depth > 0) return;
      open.remove();
      publish(mine);
    };
  }

  void added(String name) {
    Pending pending = open.get();
    if (pending == null) {
      announce.accept(new CommandsChanged(List.of(name), List.of()));
      return;
    }
    pending.added.add(name);
  }

  void removed(String name) {
    Pending pending = open.get();
    if (pending == null) {
      announce.accept(new CommandsChanged(List.of(), List.of(name)));
      return;
    }
    if (!pending.added.remove(name)) pending.removed.add(name);
  }

  private void publish(Pending pending) {
    if (pending.added.isEmpty() && pending.removed.isEmpty()) return;
    announce.accept(new CommandsChanged(sorted(pending.added), sorted(pending.removed)));
  }

  private static List<String> sorted(Set<String> names) {
    List<String> out = new ArrayList<>(names);
    out.sort(null);
    return out;
  }
}
