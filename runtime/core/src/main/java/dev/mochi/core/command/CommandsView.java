package dev.mochi.core.command;

import dev.mochi.api.Disposable;
import dev.mochi.api.MochiException;
import dev.mochi.api.Session;
import dev.mochi.api.adapter.Bot;
import dev.mochi.api.adapter.Inbound;
import dev.mochi.api.command.Command;
import dev.mochi.api.command.Commands;
import dev.mochi.api.command.Domain;
import dev.mochi.api.command.Invocation;
import dev.mochi.api.message.Message;
import dev.mochi.core.bot.BotRegistry;
import dev.mochi.core.scope.PluginScope;
import dev.mochi.core.session.SessionImpl;
import dev.mochi.core.session.Sessions;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/** The registry as one plugin sees it: the domains it registers belong to its scope. */
final class CommandsView implements Commands {
  private static final AtomicLong IDS = new AtomicLong();

  private final BotRegistry bots;
  private final Sessions sessions;
  private final CommandEngine engine;
  private final PluginScope scope;

  CommandsView(BotRegistry bots, Sessions sessions, CommandEngine engine, PluginScope scope) {
    this.bots = bots;
    this.sessions = sessions;
    this.engine = engine;
    this.scope = scope;
  }

  @Override public <T> Disposable domain(String name, Domain<T> parser) {
    return scope.track(engine.registry().types().register(scope.pluginName(), name, parser));
  }

  @Override public Optional<Command> find(String nameOrAlias) {
    CommandRegistry.Alias alias = engine.registry().get(Declarations.normalize(nameOrAlias.strip()), null);
    return alias == null ? Optional.empty() : Optional.of(alias.command());
  }

  @Override public Collection<Command> all() {
    return List.copyOf(engine.registry().all());
  }

  @Override public Optional<Message> execute(String platform, String userId, String command) {
    Bot bot = bots.first(platform).orElseThrow(() -> new MochiException("Cannot run '" + command + "' as "
        + platform + ":" + userId + ": no bot of platform '" + platform + "' is registered; add its adapter first"));
    SessionImpl session = sessions.open(bot, Inbound.direct(userId, "execute-" + IDS.incrementAndGet(), command));
    try {
      return session.evaluate(command);
    } finally {
      session.awaitDurable();
    }
  }

  @Override public Optional<Message> execute(Session session, Invocation invocation) {
    if (!(session instanceof SessionImpl impl)) {
      throw new MochiException("Cannot run '" + invocation.command() + "': " + session + " is not a session of this bot");
    }
    return impl.evaluate(invocation);
  }

  @Override public List<Command> available(Session session) {
    return engine.available(session);
  }

  @Override public Optional<String> suggest(Session session, String typed, Function<String, String> commandLine) {
    return engine.suggest(session, typed, commandLine);
  }
}
