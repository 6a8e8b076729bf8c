package dev.mochi.api.command;

import java.util.List;
import java.util.Optional;

/**
 * Every command, described for a console page or a platform's command registration (a service: reach it with
 * {@code ctx.get(CommandCatalog.class)} or {@code ctx.inject(CommandCatalog.class, …)}). Listen to
 * {@link dev.mochi.api.Events#COMMANDS_CHANGED} to learn when to read it again.
 *
 * <pre>{@code
 * ctx.inject(CommandCatalog.class, catalog -> {
 *   register(catalog.list("en-US"));
 *   ctx.on(Events.COMMANDS_CHANGED, change -> register(catalog.list("en-US")));
 * });
 * }</pre>
 */
public interface CommandCatalog {

  /** Every registered command, hidden ones included, sorted by name, with texts in {@code locale}. */
  List<CommandDescription> list(String locale);

  /** One command by name or alias, with texts in {@code locale}; empty when none has that name. */
  Optional<CommandDescription> find(String nameOrAlias, String locale);
}
