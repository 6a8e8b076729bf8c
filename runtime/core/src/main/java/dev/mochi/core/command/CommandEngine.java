package dev.mochi.core.command;

import dev.mochi.api.Disposable;
import dev.mochi.api.Events;
import dev.mochi.api.Hooks;
import dev.mochi.api.MochiException;
import dev.mochi.api.Next;
import dev.mochi.api.Session;
import dev.mochi.api.command.Command;
import dev.mochi.api.command.CommandCatalog;
import dev.mochi.api.command.Commands;
import dev.mochi.api.command.Invocation;
import dev.mochi.api.adapter.Interaction;
import dev.mochi.api.message.Message;
import dev.mochi.core.bot.BotRegistry;
import dev.mochi.core.config.AppConfig;
import dev.mochi.core.i18n.I18nService;
import dev.mochi.core.scope.EventBus;
import dev.mochi.core.session.CommandStep;
import dev.mochi.core.session.Sessions;
import dev.mochi.core.scope.PluginScope;
import dev.mochi.core.text.Excerpt;
import dev.mochi.core.text.Levenshtein;
import dev.mochi.core.session.SessionImpl;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

/**
 * The command system as the kernel sees it. Before a session's middleware chain runs, {@link #recognize}
 * recognizes its command once (or a typo, or the acceptance of a pending suggestion) and returns it; the session's
 * pipeline hands that result to {@link #run}, the last middleware, which runs it. {@link #evaluate} runs a command line for
 * {@code session.execute}. Recognition, parsing and execution live in {@link Recognizer}, {@link ArgvParser} and
 * {@link Executor}; this class wires them to the app.
 */
public final class CommandEngine implements CommandStep<Recognition> {
  private static final Next END = new Next() {
    @Override public Object proceed() { return null; }

    @Override public Object proceed(Object fallback) throws Exception {
      return fallback instanceof Fallback f ? f.handle(this) : fallback;
    }

    @Override public Object proceed(Fallback fallback) throws Exception { return fallback.handle(this); }
  };

  private final EventBus events;
  private final AppConfig config;
  private final BotRegistry bots;
  private final Sessions sessions;
  private final CommandChanges changes;
  private final CommandRegistry registry;
  private final Catalog catalog;
  private final Recognizer recognizer;
  private final Executor executor;
  private final Suggestions suggestions = new Suggestions();

  /**
   * The command system of one app. {@code bots} and {@code sessions} serve {@code Commands.execute} (a command run
   * as a platform user, outside any message).
   */
  public CommandEngine(AppConfig config, EventBus events, I18nService i18n, BotRegistry bots, Sessions sessions) {
    this.events = events;
    this.config = config;
    this.bots = bots;
    this.sessions = sessions;
    this.changes = new CommandChanges(change -> events.emit(Events.COMMANDS_CHANGED, change));
    this.registry = new CommandRegistry(new Descriptions(i18n), changes);
    this.catalog = new Catalog(registry);
    this.recognizer = new Recognizer(registry, config);
    this.executor = new Executor(config, events, this);
    i18n.load(null, "commands", CommandEngine.class);
  }

  CommandRegistry registry() { return registry; }

  /** The {@link CommandCatalog} service over this engine's commands. */
  public CommandCatalog catalog() { return catalog; }

  /**
   * Opens a batch of command changes on this thread: {@link Events#COMMANDS_CHANGED} is emitted once, when the
   * outermost batch closes, with every command added and removed meanwhile (nothing when none was).
   */
  public Batch batch() { return changes.open(); }

  /** A batch of command changes; closing the outermost one of a thread announces them. */
  public interface Batch extends AutoCloseable {
    @Override void close();
  }

  public Command declare(PluginScope scope, String declaration, String description) {
    return registry.declare(scope, declaration, description);
  }

  public Disposable registerAnnotated(PluginScope scope, Object target) {
    return AnnotatedCommands.register(this, scope, target);
  }

  public Commands view(PluginScope scope) {
    return new CommandsView(bots, sessions, this, scope);
  }

  /**
   * Before the chain: recognizes the session's command and adds its fields (and what the command attach hooks add,
   * which see the parsed arguments; that parse is the one the command then runs with).
   */
  @Override public Recognition recognize(SessionImpl session, Set<String> userFields, Set<String> channelFields) {
    userFields.add("authority");
    Recognition found;
    if (session.incoming() instanceof Interaction interaction) {
      found = Recognition.of(prepare(session, interaction.invocation()));
    } else {
      String accepted = suggestions.take(session);
      found = accepted == null ? recognizer.recognize(session) : Recognition.of(recognizer.resolveLine(accepted, session));
    }
    if (!(found instanceof Recognition.Call call)) return found;
    return new Recognition.Call(collectFields(session, call.invocation(), userFields, channelFields));
  }

  /** An already-split call as an invocation with its values parsed; null when no command has that name here. */
  private Recognizer.Invocation prepare(SessionImpl session, Invocation call) {
    CommandRegistry.Alias alias = registry.get(Declarations.normalize(call.command().strip()), session);
    if (alias == null) return null;
    CommandImpl cmd = alias.command();
    return Recognizer.Invocation.prepared(cmd, new InvocationParser(cmd, registry.types(), session).parse(call));
  }

  /**
   * Adds the command's fields and what the command attach hooks add. The hooks see the parsed arguments; when the
   * line has no interpolation (which must run later, inside the chain) that parse is kept for the executor.
   */
  private Recognizer.Invocation collectFields(SessionImpl session, Recognizer.Invocation inv, Set<String> userFields,
                                              Set<String> channelFields) {
    CommandImpl cmd = inv.command();
    userFields.addAll(cmd.userFields);
    channelFields.addAll(cmd.channelFields);
    boolean userHooks = events.hasHandlers(Hooks.COMMAND_ATTACH_USER);
    boolean channelHooks = events.hasHandlers(Hooks.COMMAND_ATTACH_CHANNEL);
    if (!userHooks && !channelHooks) return inv;
    Parsed parsed = inv.parsed();
    if (parsed == null) {
      parsed = cmd.parse(inv.line(), inv.from(), inv.presetArgs(), inv.presetOptions(), session);
      if (!inv.line().hasInterpolations()) inv = inv.withParsed(parsed);
    }
    ArgvImpl argv = new ArgvImpl(session, cmd, copy(parsed), END);
    if (userHooks) {
      events.bail(Hooks.COMMAND_ATTACH_USER, session, h -> {
        h.addFields(argv, userFields);
        return null;
      });
    }
    if (channelHooks) {
      events.bail(Hooks.COMMAND_ATTACH_CHANNEL, session, h -> {
        h.addFields(argv, channelFields);
        return null;
      });
    }
    return inv;
  }

  /** A parse whose argument list the hooks' argv may not share with the executor's (prompting appends to it). */
  private static Parsed copy(Parsed p) {
    return new Parsed(new ArrayList<>(p.args()), new java.util.LinkedHashMap<>(p.options()), p.rest(), p.error(),
        p.unknown(), p.authority(), p.help());
  }

  /** The built-in command middleware, run by the kernel as the last step of the chain with what it recognized. */
  @Override public Object run(SessionImpl session, Recognition recognized, Next next) throws Exception {
    return switch (recognized) {
      case Recognition.Call call -> executor.run(session, call.invocation(), next);
      case Recognition.Typo typo -> next.proceed((Next.Fallback) rest -> {
        session.stage(new SessionImpl.Stage("suggesting a command for '" + Excerpt.of(typo.word(), 40) + "'", null));
        Optional<String> hint = suggest(session, typo.word(), name -> name + typo.after());
        return hint.isPresent() ? hint.get() : rest.proceed();
      });
      case Recognition.Nothing nothing -> next.proceed();
    };
  }

  /** Whether a message starting with {@code head} addresses the bot (a mention of it, a nickname, a non-empty prefix). */
  @Override public boolean addressed(SessionImpl session, String head) {
    return recognizer.addressed(head, session);
  }

  /** Runs a command line as the session's user and returns its reply. */
  @Override public Optional<Message> evaluate(SessionImpl session, String commandLine) {
    return run(session, recognizer.resolveLine(commandLine, session), commandLine);
  }

  /** Runs an already-split call as the session's user and returns its reply. */
  @Override public Optional<Message> evaluate(SessionImpl session, Invocation call) {
    return run(session, prepare(session, call), call.command());
  }

  private Optional<Message> run(SessionImpl session, Recognizer.Invocation inv, String what) {
    if (inv == null) return Optional.empty();
    Set<String> userFields = new LinkedHashSet<>();
    Set<String> channelFields = new LinkedHashSet<>();
    userFields.add("authority");
    inv = collectFields(session, inv, userFields, channelFields);
    session.declareFields(userFields, channelFields);
    try {
      return toMessage(executor.run(session, inv, END));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } catch (Exception e) {
      throw new MochiException("Running '" + what + "' for " + session + " failed: " + e.getMessage(), e);
    }
  }

  private static Optional<Message> toMessage(Object result) throws InterruptedException, ExecutionException {
    if (result instanceof CompletionStage<?> stage) result = stage.toCompletableFuture().get();
    if (result == null) return Optional.empty();
    Message message = Message.of(result);
    return message.isEmpty() ? Optional.empty() : Optional.of(message);
  }

  /** Commands {@code session} may run (selectors match, authority suffices). */
  List<Command> available(Session session) {
    List<Command> out = new ArrayList<>();
    int authority = -1;
    for (CommandImpl c : registry.all()) {
      if (c.disposed() || !c.matches(session)) continue;
      int need = c.authority();
      if (need > 0) {
        if (authority < 0) authority = session.user().authority();
        if (authority < need) continue;
      }
      out.add(c);
    }
    return out;
  }

  /** See {@link Commands#suggest}. The user's authority is read only when some name is similar. */
  Optional<String> suggest(Session session, String typed, Function<String, String> commandLine) {
    double min = config.minSimilarity();
    List<String> found = new ArrayList<>();
    int authority = -1;
    for (CommandImpl c : registry.all()) {
      if (c.disposed() || !c.matches(session)) continue;
      List<String> similar = new ArrayList<>();
      if (Levenshtein.similarAtLeast(c.name(), typed, min)) similar.add(c.name());
      for (String alias : c.aliases) {
        if (Levenshtein.similarAtLeast(alias, typed, min)) similar.add(alias);
      }
      if (similar.isEmpty()) continue;
      if (c.authority() > 0 && authority < 0) authority = session.user().authority();
      if (c.authority() > 0 && authority < c.authority()) continue;
      for (String name : similar) {
        if (!found.contains(name)) found.add(name);
      }
    }
    if (found.isEmpty()) return Optional.empty();
    List<String> quoted = found.stream().map(n -> session.text("commands.quote", n)).toList();
    String hint = session.text("commands.suggest-hint", String.join(session.text("commands.or"), quoted));
    if (found.size() == 1) {
      suggestions.remember(session, commandLine.apply(found.get(0)), config.dispatcher().promptTimeout());
      hint += session.text("commands.suggest-command");
    }
    return Optional.of(hint);
  }
}
