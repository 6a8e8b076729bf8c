package dev.mochi.core.session;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The sessions of each platform user waiting to run, and the prompts waiting for that user's next message. All state of
 * a user's queue (pending sessions, prompt waiters, whether it is draining) changes only inside
 * {@code queues.compute(key, …)}, so a message is either handed to a waiting prompt or queued, never both and never
 * lost. One drainer at a time takes a user's sessions in arrival order ({@link Dispatcher} runs it).
 */
final class UserQueues {
  private final ConcurrentHashMap<String, UserQueue> queues = new ConcurrentHashMap<>();

  /** The sessions of one user waiting to run, and the prompts waiting for that user's next message. */
  private static final class UserQueue {
    final ArrayDeque<SessionImpl> pending = new ArrayDeque<>();
    final Map<String, CompletableFuture<SessionImpl>> prompts = new HashMap<>();
    boolean draining;

    boolean removable() { return !draining && pending.isEmpty() && prompts.isEmpty(); }
  }

  static String key(SessionImpl s) { return s.platform() + '\u0000' + s.userId(); }

  /** What {@link #offer} did with a session. */
  enum Offered {
    /** Queued (or handed to a waiting prompt) behind a drainer that is already running. */
    QUEUED,
    /** Queued, and nobody drains the user's queue yet: the caller must start draining it ({@link #next}). */
    START,
    /** Not queued: {@code bound} sessions of the user are already waiting. */
    FULL
  }

  /**
   * Hands {@code session} to a prompt of its user waiting in its channel, or queues it unless {@code bound} sessions
   * of the user are already waiting to run (the one running is not counted).
   */
  Offered offer(SessionImpl session, int bound) {
    Offered[] out = {Offered.QUEUED};
    queues.compute(key(session), (k, q) -> {
      if (q == null) q = new UserQueue();
      CompletableFuture<SessionImpl> waiter = session.refusal() != null ? null : q.prompts.remove(session.channelId());
      if (waiter != null && waiter.complete(session)) return q.removable() ? null : q;
      if (q.pending.size() >= bound) {
        out[0] = Offered.FULL;
        return q.removable() ? null : q;
      }
      q.pending.add(session);
      if (!q.draining) {
        q.draining = true;
        out[0] = Offered.START;
      }
      return q;
    });
    return out[0];
  }

  /** The next session of the user {@code key} names, or null when none is left (the drainer then stops). */
  SessionImpl next(String key) {
    SessionImpl[] next = {null};
    queues.compute(key, (k, q) -> {
      if (q == null) return null;
      next[0] = q.pending.poll();
      if (next[0] == null) {
        q.draining = false;
        return q.removable() ? null : q;
      }
      return q;
    });
    return next[0];
  }

  /** Takes every session still queued for the user {@code key} names (they will not run). */
  List<SessionImpl> takeAll(String key) {
    List<SessionImpl> taken = new ArrayList<>();
    queues.computeIfPresent(key, (k, q) -> {
      taken.addAll(q.pending);
      q.pending.clear();
      return q.removable() ? null : q;
    });
    return taken;
  }

  /** The users that have a queue now. */
  List<String> keys() { return List.copyOf(queues.keySet()); }

  /**
   * The next message of the session's user in the session's channel: one already queued behind this session
   * is taken first; otherwise waits until one arrives or {@code timeout} passes.
   *
   * <p>The message taken is answered by the session that asked, so its own stage (what the dispatcher returned
   * for it) completes only when the asking session has finished or waits for the user again: whoever waits for
   * the answer's handling (a test's exchange, the terminal chat at end of input) then sees the reply to it.
   * A waiter that times out is completed by the asking thread itself, so a message arriving at that moment either
   * answers the prompt or is queued as a message of its own, never neither.
   */
  Optional<String> prompt(SessionImpl session, Duration timeout) {
    session.answersHandled();
    String key = key(session);
    CompletableFuture<SessionImpl> waiter = new CompletableFuture<>();
    SessionImpl[] taken = {null};
    queues.compute(key, (k, q) -> {
      if (q == null) q = new UserQueue();
      for (Iterator<SessionImpl> it = q.pending.iterator(); it.hasNext(); ) {
        SessionImpl p = it.next();
        if (p.channelId().equals(session.channelId()) && p.refusal() == null) {
          it.remove();
          taken[0] = p;
          return q;
        }
      }
      CompletableFuture<SessionImpl> previous = q.prompts.put(session.channelId(), waiter);
      if (previous != null) previous.complete(null);
      return q;
    });
    if (taken[0] != null) return Optional.of(answeredBy(session, taken[0]));
    session.prompting(true);
    SessionImpl answer = null;
    try {
      answer = waiter.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      answer = null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      session.prompting(false);
      if (answer == null && !waiter.complete(null)) answer = waiter.getNow(null);
      queues.computeIfPresent(key, (k, q) -> {
        q.prompts.remove(session.channelId(), waiter);
        return q.removable() ? null : q;
      });
    }
    return answer == null ? Optional.empty() : Optional.of(answeredBy(session, answer));
  }

  private static String answeredBy(SessionImpl asking, SessionImpl answer) {
    asking.answeredBy(answer);
    return answer.content();
  }
}
