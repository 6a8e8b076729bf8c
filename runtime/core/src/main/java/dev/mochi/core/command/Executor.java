package dev.mochi.core.command;

import dev.mochi.api.Events;
import dev.mochi.api.Hooks;
import dev.mochi.api.Next;
import dev.mochi.api.SessionError;
import dev.mochi.api.command.ArgumentInfo;
import dev.mochi.api.command.CommandCheck;
import dev.mochi.api.message.Message;
import dev.mochi.core.config.AppConfig;
import dev.mochi.core.scope.EventBus;
import dev.mochi.core.config.MessageConfig;
import dev.mochi.core.session.SessionImpl;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one invocation, in this order: interpolations (none at all when the line holds more, or nests them more
 * deeply, than {@code bot.yml}'s {@code message} section allows); authority (of the command and of every option used,
 * checked before any argument error is reported, so a user without the authority learns nothing about the
 * syntax); argument and option errors; {@code -h}; missing arguments (asked for with a prompt when
 * {@code checkArgCount} is on) and extra ones; unknown options ({@code checkUnknown}); the command's checks; the
 * {@link Hooks#COMMAND_BEFORE_EXECUTE} hook; then the actions. With {@code showWarning} off, a failed check
 * stops the command without a reply. An action's exception becomes the localized error reply, one log line
 * with the plugin's name and the stack, and a {@link Events#COMMAND_ERROR} event; a {@link SessionError}
 * becomes its own text.
 */
final class Executor {
  private static final Logger LOG = LoggerFactory.getLogger("mochi.commands");
  private final AppConfig config;
  private final EventBus events;
  private final CommandEngine engine;
  private final UsageLimits limits = new UsageLimits(java.time.Clock.systemUTC());

  Executor(AppConfig config, EventBus events, CommandEngine engine) {
    this.config = config;
    this.events = events;
    this.engine = engine;
  }

  Object run(SessionImpl session, Recognizer.Invocation inv, Next next) throws Exception {
    CommandImpl cmd = inv.command();
    if (cmd.disposed()) return next.proceed();
    SessionImpl.Stage callerStage = session.stage();
    Parsed parsed = inv.parsed();
    if (parsed == null) {
      Line line = inv.line();
      if (line.hasInterpolations()) {
        String refused = overLimits(session, cmd, line);
        if (refused != null) return warn(cmd, refused);
        session.stage(new SessionImpl.Stage("running the $(…) of command '" + cmd.name() + "'", null));
        line = line.interpolate(inner -> session.evaluate(inner).map(Message::toString).orElse(""));
      }
      session.stage(new SessionImpl.Stage("parsing the arguments of command '" + cmd.name() + "' of plugin '"
          + cmd.plugin() + "'", cmd.plugin()));
      parsed = cmd.parse(line, inv.from(), inv.presetArgs(), inv.presetOptions(), session);
    }
    ArgvImpl argv = new ArgvImpl(session, cmd, parsed, next);
    String previous = session.currentPlugin();
    session.setCurrentPlugin(cmd.plugin());
    session.stage(new SessionImpl.Stage("running command '" + cmd.name() + "' of plugin '" + cmd.plugin() + "'",
        cmd.plugin()));
    try {
      Object stop = validate(session, cmd, parsed, argv);
      return stop != null ? stop : argv.next();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    } catch (Exception e) {
      return failed(session, cmd, argv, e);
    } finally {
      session.setCurrentPlugin(previous);
      session.stage(callerStage);
    }
  }

  /** The reply when {@code line} holds more {@code $(…)}, or nests them more deeply, than {@code bot.yml} allows. */
  private String overLimits(SessionImpl session, CommandImpl cmd, Line line) {
    MessageConfig limits = config.message();
    String key;
    String setting;
    int max;
    if (line.interpolations() > limits.maxInterpolations()) {
      key = "commands.too-many-interpolations";
      setting = "message.max-interpolations";
      max = limits.maxInterpolations();
    } else if (line.interpolationDepth() > limits.maxInterpolationDepth()) {
      key = "commands.interpolations-too-deep";
      setting = "message.max-interpolation-depth";
      max = limits.maxInterpolationDepth();
    } else {
      return null;
    }
    LOG.info("Command '{}' not run for {}: its line holds {} $(…) nested {} deep, over {} ({})", cmd.name(), session,
        line.interpolations(), line.interpolationDepth(), setting, max);
    return session.text(key, max);
  }

  private Object validate(SessionImpl session, CommandImpl cmd, Parsed parsed, ArgvImpl argv) throws Exception {
    int required = Math.max(cmd.authority(), parsed.authority());
    if (required > 0 && session.user().authority() < required) return warn(cmd, session.text("commands.low-authority"));
    if (parsed.error() != null) return warn(cmd, describe(session, cmd, parsed.error()));
    if (parsed.help() || cmd.actions.isEmpty()) {
      Object shown = help(session, cmd);
      if (shown != null) return shown;
      if (parsed.help()) return "";
    }
    if (cmd.checksArgCount()) {
      Object missing = askMissing(session, cmd, argv);
      if (missing != null) return missing;
    }
    if (cmd.checksUnknown() && !parsed.unknown().isEmpty()) {
      return warn(cmd, session.text("commands.unknown-option",
          Map.of("name", String.join(", ", parsed.unknown()), "command", cmd.name())));
    }
    for (CommandCheck check : cmd.checks) {
      Object result = check.check(argv, session);
      if (result != null) return result;
    }
    Object stopped = events.bail(Hooks.COMMAND_BEFORE_EXECUTE, session, h -> Checked.call(() -> h.beforeExecute(argv)))
        .orElse(null);
    return stopped != null ? stopped : limits.admit(cmd, session);
  }

  private Object askMissing(SessionImpl session, CommandImpl cmd, ArgvImpl argv) {
    List<ArgumentInfo> declared = cmd.arguments();
    while (argv.args().size() < declared.size() && declared.get(argv.args().size()).required()) {
      ArgumentInfo decl = declared.get(argv.args().size());
      session.send(session.text("commands.prompt-argument", Map.of("name", decl.name(), "command", cmd.name())));
      Optional<String> answer = session.prompt(config.dispatcher().promptTimeout());
      if (answer.isEmpty()) {
        return warn(cmd, session.text("commands.insufficient-arguments", Map.of("command", cmd.name())));
      }
      ArgType type = engine.registry().types().resolve(decl.type());
      Object value;
      try {
        value = type.parser().parse(answer.get().strip(), session);
      } catch (InvalidValue e) {
        return warn(cmd, describe(session, cmd, new Parsed.Error(false, decl.name(), e.getMessage(), e.args(), "")));
      } catch (IllegalArgumentException e) {
        String reason = e.getMessage() == null ? "" : e.getMessage();
        return warn(cmd, describe(session, cmd, new Parsed.Error(false, decl.name(), null, new Object[0], reason)));
      }
      argv.addArgument(value);
    }
    boolean variadic = !declared.isEmpty() && declared.get(declared.size() - 1).variadic();
    if (!variadic && argv.args().size() > declared.size()) {
      return warn(cmd, session.text("commands.redundant-arguments", Map.of("command", cmd.name())));
    }
    return null;
  }

  private Object failed(SessionImpl session, CommandImpl cmd, ArgvImpl argv, Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SessionError error) return session.text(error.key(), error.args().toArray());
    }
    Throwable cause = e instanceof Checked.Wrapped w ? w.getCause() : e;
    LoggerFactory.getLogger("plugin." + cmd.plugin()).error("Plugin '{}': command '{}' failed on {}",
        cmd.plugin(), cmd.name(), session, cause);
    events.emit(Events.COMMAND_ERROR, new Events.CommandError(argv, cause));
    return session.text("commands.error-encountered");
  }

  /** The help of {@code cmd}, or null when no help command is installed (then {@code -h} runs nothing). */
  private Object help(SessionImpl session, CommandImpl cmd) {
    if (engine.registry().get("help", session) == null) return null;
    return session.evaluate("help " + cmd.name()).orElse(null);
  }

  private static Object warn(CommandImpl cmd, String text) {
    return cmd.showsWarnings() ? text : "";
  }

  static String describe(SessionImpl session, CommandImpl cmd, Parsed.Error error) {
    String reason;
    if (error.reasonKey() != null) reason = session.text(error.reasonKey(), error.reasonArgs());
    else if (!error.reasonText().isBlank()) reason = error.reasonText();
    else reason = session.text("commands.check-syntax", Map.of("command", cmd.name()));
    String key = error.option() ? "commands.invalid-option" : "commands.invalid-argument";
    return session.text(key, Map.of("name", error.name(), "reason", reason, "command", cmd.name()));
  }
}
