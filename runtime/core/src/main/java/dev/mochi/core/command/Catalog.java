package dev.mochi.core.command;

import dev.mochi.api.command.CommandCatalog;
import dev.mochi.api.command.CommandDescription;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The {@link CommandCatalog} service: every live command of the registry, described through {@link Descriptions}. */
final class Catalog implements CommandCatalog {
  private final CommandRegistry registry;

  Catalog(CommandRegistry registry) { this.registry = registry; }

  @Override public List<CommandDescription> list(String locale) {
    return registry.all().stream()
        .filter(c -> !c.disposed())
        .sorted(Comparator.comparing(CommandImpl::name))
        .map(c -> c.describe(locale))
        .toList();
  }

  @Override public Optional<CommandDescription> find(String nameOrAlias, String locale) {
    if (nameOrAlias == null || nameOrAlias.isBlank()) return Optional.empty();
    CommandRegistry.Alias alias = registry.get(Declarations.normalize(nameOrAlias.strip()), null);
    return alias == null || alias.command().disposed() ? Optional.empty()
        : Optional.of(alias.command().describe(locale));
  }
}
