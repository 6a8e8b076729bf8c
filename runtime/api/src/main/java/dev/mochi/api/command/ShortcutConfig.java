package dev.mochi.api.command;

import java.util.List;
import java.util.Map;

/** Settings of a shortcut. */
public interface ShortcutConfig {

  /** The rest of the message after the shortcut becomes arguments. */
  ShortcutConfig fuzzy(boolean fuzzy);

  /** The shortcut needs the command prefix (or a nickname) like a command does. */
  ShortcutConfig prefix(boolean prefix);

  /** Arguments the shortcut passes to the command, before any the message adds. */
  ShortcutConfig args(List<String> args);

  /** Option values the shortcut passes to the command, by option name. */
  ShortcutConfig options(Map<String, Object> options);
}
