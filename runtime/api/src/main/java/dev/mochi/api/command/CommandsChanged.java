package dev.mochi.api.command;

import java.util.List;

/**
 * Payload of {@link dev.mochi.api.Events#COMMANDS_CHANGED}: the set of commands changed (a plugin was applied,
 * reloaded or unloaded, or code declared or disposed a command). Emitted once per plugin apply or unload, after it.
 * Reloading a plugin gives two events: its commands removed, then added again (perhaps with other arguments).
 *
 * @param added names of commands that appeared
 * @param removed names of commands that went away
 */
public record CommandsChanged(List<String> added, List<String> removed) {

  /** Copies the lists. */
  public CommandsChanged {
    added = List.copyOf(added);
    removed = List.copyOf(removed);
  }
}
