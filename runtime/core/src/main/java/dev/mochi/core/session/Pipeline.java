package dev.mochi.core.session;

import dev.mochi.api.Events;
import dev.mochi.api.Hooks;
import dev.mochi.api.MochiException;
import dev.mochi.api.command.Invocation;
import dev.mochi.api.message.Message;
import dev.mochi.core.scope.EventBus;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pipeline of one session, on the thread the {@link Dispatcher} gives it: the message event, the attach hooks,
 * recognition of the command (once, handed on typed to the command step), the channel's assignee, the middleware
 * chain, the reply and the final flush. Also runs the nested sessions of {@code session.execute}/{@code evaluate}.
 */
final class Pipeline {
  private static final Logger LOG = LoggerFactory.getLogger("mochi.dispatcher");

  private final EventBus events;
  private final MiddlewareChain chain;
  private final int maxDepth;
  /** Set once, when the app is built: the command step is made after the sessions it runs in (it opens some). */
  private volatile CommandStep<?> commands;

  Pipeline(EventBus events, MiddlewareChain chain, int maxDepth) {
    this.events = events;
    this.chain = chain;
    this.maxDepth = maxDepth;
  }

  void install(CommandStep<?> step) {
    if (commands != null) throw new IllegalStateException("The command step is installed already");
    commands = step;
  }

  CommandStep<?> commands() {
    CommandStep<?> step = commands;
    if (step == null) throw new IllegalStateException("No command step installed (the app installs it when built)");
    return step;
  }

  /** The whole pipeline of one session: event, fields, chain, reply, final flush. Returns the chain's reply. */
  Object process(SessionImpl session) {
    if (session.refusal() != null) {
      Intake.report(session, commands());
      return null;
    }
    if (!session.isDerived()) {
      session.stage(new SessionImpl.Stage("delivering the message event", null));
      events.emit(Events.MESSAGE, session);
    }
    session.stage(new SessionImpl.Stage("running the attach-user and attach-channel hooks", null));
    Set<String> userFields = new LinkedHashSet<>();
    Set<String> channelFields = new LinkedHashSet<>();
    events.bail(Hooks.ATTACH_USER, session, h -> {
      h.addFields(session, userFields);
      return null;
    });
    events.bail(Hooks.ATTACH_CHANNEL, session, h -> {
      h.addFields(session, channelFields);
      return null;
    });
    return recognizeAndRun(session, commands(), userFields, channelFields);
  }

  /** Recognition, handed typed to the command step at the end of the chain; then the reply and the flush. */
  private <R> Object recognizeAndRun(SessionImpl session, CommandStep<R> step, Set<String> userFields,
                                     Set<String> channelFields) {
    session.stage(new SessionImpl.Stage("recognizing the command", null));
    R recognized = step.recognize(session, userFields, channelFields);
    session.declareFields(userFields, channelFields);
    session.stage(new SessionImpl.Stage("reading the channel's assignee", null));
    if (Assignment.elsewhere(session)) return null;
    Object result = resolve(chain.run(session, (s, next) -> step.run(session, recognized, next)));
    if (!session.isDerived()) {
      session.stage(new SessionImpl.Stage("sending the reply", null));
      if (result != null) session.send(result);
      session.stage(new SessionImpl.Stage("writing the session's data", null));
      session.awaitDurable();
    }
    return result;
  }

  private static Object resolve(Object result) {
    if (result instanceof CompletionStage<?> stage) {
      try {
        return stage.toCompletableFuture().get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      } catch (ExecutionException e) {
        throw new MochiException("An asynchronous reply failed: " + e.getCause().getMessage(), e.getCause());
      }
    }
    return result;
  }

  /**
   * Runs {@code line} as the session's user would (no prefix needed) and returns the reply without sending it;
   * messages the command sends on its own are collected into the reply too.
   */
  Optional<Message> evaluate(SessionImpl session, String line) {
    return nested(session, line, derived -> commands().evaluate(derived, derived.content()));
  }

  /** Runs an already-split call as the session's user would and returns the reply without sending it. */
  Optional<Message> evaluate(SessionImpl session, Invocation call) {
    return nested(session, InteractionLine.of(call), derived -> commands().evaluate(derived, call));
  }

  private Optional<Message> nested(SessionImpl session, String line, Function<SessionImpl, Optional<Message>> run) {
    if (session.depth() + 1 > maxDepth) {
      if (session.markOnce("depth-logged")) {
        LOG.warn("session.execute nested deeper than {} levels for {} (plugin '{}'); returning no reply. "
            + "A command probably executes itself.", maxDepth, session, session.currentPlugin());
      }
      return Optional.empty();
    }
    SessionImpl derived = session.derive(line);
    Optional<Message> reply = run.apply(derived);
    Message captured = derived.captured();
    if (captured.isEmpty()) return reply;
    return Optional.of(Message.of(captured, reply.orElse(Message.empty())));
  }
}
