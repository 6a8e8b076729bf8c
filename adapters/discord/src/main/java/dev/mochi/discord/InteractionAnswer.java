package dev.mochi.discord;

import dev.mochi.api.Disposable;
import dev.mochi.api.message.Message;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BiFunction;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;

/**
 * Answers one slash command interaction with what its session sends. Discord wants an answer within 3 seconds: the
 * first message the session sends in time is the interaction's reply; when the command is still running after
 * {@code defer-after} the interaction is deferred ("thinking…") and the first message then replaces that
 * placeholder. Every later message (and every piece of a message over 2,000 characters) is a follow-up, in order.
 * A session that sends nothing gets a short note only the user sees, since Discord shows an interaction nobody
 * answered as failed. The state is guarded by this object: the deferral timer and the session's thread never both
 * acknowledge the interaction.
 */
final class InteractionAnswer {
  private enum State { WAITING, DEFERRED, ANSWERED }

  private final IReplyCallback event;
  private final Assets assets;
  private final Logger log;
  private State state = State.WAITING;
  private volatile Disposable deferral = () -> {};

  InteractionAnswer(IReplyCallback event, Assets assets, Logger log) {
    this.event = event;
    this.assets = assets;
    this.log = log;
  }

  /** Defers the interaction after {@code delay} unless it was answered by then; {@code after} schedules. */
  void deferAfter(Duration delay, BiFunction<Duration, Runnable, Disposable> after) {
    deferral = after.apply(delay, this::defer);
  }

  private void defer() {
    synchronized (this) {
      if (state != State.WAITING) return;
      state = State.DEFERRED;
    }
    event.deferReply().queue(null, e -> log.warn("Discord: could not defer interaction {}: {}", event.getId(), e.toString()));
  }

  /** The responder of the session's {@code Interaction}: sends {@code message} as the reply or a follow-up. */
  CompletionStage<List<String>> respond(Message message) {
    return MessageWriter.sendInOrder(message, assets, piece -> send(piece.data()));
  }

  private CompletableFuture<Optional<String>> send(MessageCreateData data) {
    State was = answer();
    return switch (was) {
      case WAITING -> event.reply(data).submit().thenApply(hook -> Optional.empty());
      case DEFERRED -> event.getHook().editOriginal(MessageEditData.fromCreateData(data)).submit()
          .thenApply(m -> Optional.of(m.getId()));
      case ANSWERED -> event.getHook().sendMessage(data).submit().thenApply(m -> Optional.of(m.getId()));
    };
  }

  private State answer() {
    State was;
    synchronized (this) {
      was = state;
      state = State.ANSWERED;
    }
    deferral.dispose();
    return was;
  }

  /** The session ended: if it sent nothing, {@code note} answers the interaction (seen by the user only). */
  void finished(String note) {
    State was = answer();
    switch (was) {
      case WAITING -> event.reply(note).setEphemeral(true)
          .queue(null, e -> log.warn("Discord: could not answer interaction {}: {}", event.getId(), e.toString()));
      case DEFERRED -> event.getHook().editOriginal(note)
          .queue(null, e -> log.warn("Discord: could not answer interaction {}: {}", event.getId(), e.toString()));
      case ANSWERED -> { }
    }
  }
}
