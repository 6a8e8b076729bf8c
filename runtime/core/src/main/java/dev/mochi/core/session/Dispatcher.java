package dev.mochi.core.session;

import dev.mochi.api.Events;
import dev.mochi.api.Hooks;
import dev.mochi.api.MochiException;
import dev.mochi.api.adapter.Bot;
import dev.mochi.api.adapter.Incoming;
import dev.mochi.api.message.Message;
import dev.mochi.core.App;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs sessions. Threading model: every session runs on its own virtual thread. Sessions of one
 * platform user form a queue drained by one virtual thread at a time, so they run one after another in
 * arrival order, while different users run in parallel up to a global limit. All state of a user's queue
 * (pending sessions, prompt waiters, whether it is draining) changes only inside
 * {@code queues.compute(key, …)}, so a message is either handed to a waiting prompt or queued, never both and
 * never lost. A session that holds its queue longer than the plugin time budget (not counting time spent
 * waiting on a prompt) is logged with the plugin's name and the queue moves on without it.
 *
 * <p>Shutdown ({@link #shutdown}) stops intake at once: a message arriving later is refused. The messages already
 * accepted go on being handled, in order, for the grace period; when it ends, the ones that have not started are
 * dropped (their stages complete, nothing of them runs) and counted, and the count is logged in one line. A drain or
 * a session that reaches the executor after it was closed is dropped the same way, never an escaping
 * {@code RejectedExecutionException}.
 */
public final class Dispatcher {
  private static final Logger LOG = LoggerFactory.getLogger("mochi.dispatcher");

  private final App app;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final Semaphore permits;
  private final ConcurrentHashMap<String, UserQueue> queues = new ConcurrentHashMap<>();
  private final AtomicInteger outstanding = new AtomicInteger();
  private final Map<SessionImpl, Thread> running = new ConcurrentHashMap<>();
  /** Sessions past their time budget and still running: not waited for by shutdown or unloads. */
  private final Set<SessionImpl> overdue = ConcurrentHashMap.newKeySet();
  /** What {@link #dispatch} returned for each session still running. */
  private final Map<SessionImpl, CompletableFuture<Void>> handled = new ConcurrentHashMap<>();
  private final Object idle = new Object();
  private volatile boolean accepting = true;
  /** Set when the shutdown grace has ended: sessions that have not started are dropped instead of run. */
  private volatile boolean discarding;
  private final AtomicLong dropped = new AtomicLong();
  private final AtomicLong refusedWhileStopping = new AtomicLong();

  /** The sessions of one user waiting to run, and the prompts waiting for that user's next message. */
  private static final class UserQueue {
    final ArrayDeque<SessionImpl> pending = new ArrayDeque<>();
    final Map<String, CompletableFuture<SessionImpl>> prompts = new HashMap<>();
    boolean draining;

    boolean removable() { return !draining && pending.isEmpty() && prompts.isEmpty(); }
  }

  public Dispatcher(App app) {
    this.app = app;
    this.permits = new Semaphore(app.config().dispatcher().maxConcurrency());
  }

  /** Accepts a message; the stage completes when its session has finished. */
  public CompletableFuture<Void> dispatch(Bot bot, Incoming inbound) {
    return dispatch(bot, inbound, false);
  }

  /**
   * Accepts a message for an adapter: the stage completes when the session has finished, or fails once the session
   * has held its user's queue past the time budget, so an adapter waiting for it (the terminal at end of input) is
   * not held by a command that hangs. The session itself runs on.
   */
  public CompletableFuture<Void> dispatchWithinBudget(Bot bot, Incoming inbound) {
    return dispatch(bot, inbound, true);
  }

  private CompletableFuture<Void> dispatch(Bot bot, Incoming inbound, boolean withinBudget) {
    if (!accepting) {
      refusedWhileStopping.incrementAndGet();
      return CompletableFuture.failedFuture(new MochiException("The bot is shutting down; message "
          + inbound.messageId() + " from " + bot.platform() + ":" + inbound.userId() + " was not accepted"));
    }
    if (!app.bots().registered(bot)) {
      return CompletableFuture.failedFuture(new MochiException("Bot " + bot.platform() + ":" + bot.selfId()
          + " is not registered, so message " + inbound.messageId() + " from " + inbound.userId() + " was not accepted; "
          + "register the bot with ctx.bot(bot) first (a bot is unregistered when its plugin is unloaded)"));
    }
    if (inbound.userId().equals(bot.selfId())) return CompletableFuture.completedFuture(null);
    app.bots().received(bot);
    SessionImpl session = new SessionImpl(app, bot, inbound);
    String key = key(session);
    boolean[] start = {false};
    outstanding.incrementAndGet();
    session.done().whenComplete((v, e) -> finished());
    queues.compute(key, (k, q) -> {
      if (q == null) q = new UserQueue();
      CompletableFuture<SessionImpl> waiter = session.refusal() != null ? null : q.prompts.remove(session.channelId());
      if (waiter != null && waiter.complete(session)) return q.removable() ? null : q;
      q.pending.add(session);
      if (!q.draining) {
        q.draining = true;
        start[0] = true;
      }
      return q;
    });
    CompletableFuture<Void> result = withinBudget ? handled(session) : session.done();
    if (start[0]) {
      try {
        executor.execute(() -> drain(key));
      } catch (RejectedExecutionException e) {
        dropQueued(key);
      }
    }
    return result;
  }

  /** What {@link #dispatchWithinBudget} returns: the session's end, or a failure once it is past its budget. */
  private CompletableFuture<Void> handled(SessionImpl session) {
    CompletableFuture<Void> out = new CompletableFuture<>();
    handled.put(session, out);
    session.done().whenComplete((v, e) -> {
      handled.remove(session);
      if (e == null) out.complete(null);
      else out.completeExceptionally(e);
    });
    return out;
  }

  private static String key(SessionImpl s) { return s.platform() + '\u0000' + s.userId(); }

  private void drain(String key) {
    while (true) {
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
      if (next[0] == null) return;
      if (discarding) drop(next[0]);
      else runWithinBudget(next[0]);
    }
  }

  private void runWithinBudget(SessionImpl session) {
    try {
      executor.execute(() -> handle(session));
    } catch (RejectedExecutionException e) {
      drop(session);
      return;
    }
    long budget = app.config().dispatcher().pluginBudget().toNanos();
    long deadline = System.nanoTime() + budget;
    while (true) {
      try {
        session.done().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        return;
      } catch (TimeoutException e) {
        if (session.prompting()) {
          deadline = System.nanoTime() + budget;
          continue;
        }
        SessionImpl.Stage stage = session.stage();
        long ms = TimeUnit.NANOSECONDS.toMillis(budget);
        Logger log = LoggerFactory.getLogger(stage.plugin() == null ? "mochi.dispatcher" : "plugin." + stage.plugin());
        log.warn("{} held its user's queue longer than the time budget of {} ms, {}; the user's next messages go on "
                + "without it", session, ms, stage.what());
        markOverdue(session, stage, ms, log);
        return;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (ExecutionException e) {
        return;
      }
    }
  }

  /**
   * A session past its budget: shutdown and unloads stop waiting for it, whoever waits for its handling is told, and
   * when it does finish the log says so (the owner learns that it was slow, not lost).
   */
  private void markOverdue(SessionImpl session, SessionImpl.Stage stage, long budgetMs, Logger log) {
    long since = System.nanoTime() - TimeUnit.MILLISECONDS.toNanos(budgetMs);
    overdue.add(session);
    session.done().whenComplete((v, e) -> {
      if (overdue.remove(session)) {
        log.info("{} finished after {} ms, past the time budget of {} ms", session,
            TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - since), budgetMs);
      }
    });
    CompletableFuture<Void> waiting = handled.remove(session);
    if (waiting != null) {
      waiting.completeExceptionally(new MochiException(session + " is still running after the time budget of "
          + budgetMs + " ms, " + stage.what() + "; the user's next messages went on without it"));
    }
    synchronized (idle) {
      idle.notifyAll();
    }
  }

  private void handle(SessionImpl session) {
    try {
      permits.acquire();
      running.put(session, Thread.currentThread());
      try {
        if (discarding) drop(session);
        else process(session);
      } finally {
        running.remove(session);
        permits.release();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Throwable t) {
      LoggerFactory.getLogger("plugin." + session.currentPlugin())
          .error("Plugin '{}': session failed: {}", session.currentPlugin(), session, t);
    } finally {
      session.done().complete(null);
    }
  }

  /**
   * Waits until the sessions running now have finished, except those on the calling thread (a command that
   * unloads a plugin waits for the others, not for itself). Sessions still queued have run no plugin code yet
   * and are not waited for. Used by the plugin host before it disposes a plugin. False when {@code timeout}
   * passed first.
   */
  public boolean awaitRunning(Duration timeout) {
    return awaitRunning(timeout, s -> true);
  }

  /**
   * Like {@link #awaitRunning(Duration)}, for the running sessions {@code concerned} selects (those inside the
   * plugins being unloaded) and not past their time budget: a session that hangs elsewhere does not hold an unload.
   */
  public boolean awaitRunning(Duration timeout, java.util.function.Predicate<SessionImpl> concerned) {
    long deadline = System.nanoTime() + timeout.toNanos();
    Thread self = Thread.currentThread();
    for (Map.Entry<SessionImpl, Thread> e : List.copyOf(running.entrySet())) {
      if (e.getValue() == self || overdue.contains(e.getKey()) || !concerned.test(e.getKey())) continue;
      try {
        e.getKey().done().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (TimeoutException ex) {
        return false;
      } catch (InterruptedException ex) {
        Thread.currentThread().interrupt();
        return false;
      } catch (ExecutionException ex) {
        // a failed session has finished too
      }
    }
    return true;
  }

  /** The running sessions {@code concerned} selects, other than the caller's own, and whether each is overdue. */
  public Map<SessionImpl, Boolean> runningSessions(java.util.function.Predicate<SessionImpl> concerned) {
    Map<SessionImpl, Boolean> out = new java.util.LinkedHashMap<>();
    Thread self = Thread.currentThread();
    running.forEach((s, t) -> {
      if (t != self && concerned.test(s)) out.put(s, overdue.contains(s));
    });
    return out;
  }

  /** The session running on the calling thread (a command's own), if any. */
  public Optional<SessionImpl> sessionOnThisThread() {
    Thread self = Thread.currentThread();
    return running.entrySet().stream().filter(e -> e.getValue() == self).map(Map.Entry::getKey).findFirst();
  }

  /** Interrupts the thread of a running session (one inside a plugin that is being unloaded). */
  public void interrupt(SessionImpl session) {
    Thread t = running.get(session);
    if (t != null) t.interrupt();
  }

  /** The whole pipeline of one session: event, fields, chain, reply, final flush. Returns the chain's reply. */
  private Object process(SessionImpl session) {
    if (session.refusal() != null) {
      Intake.report(session);
      return null;
    }
    if (!session.isDerived()) {
      session.stage(new SessionImpl.Stage("delivering the message event", null));
      app.events().emit(Events.MESSAGE, session);
    }
    session.stage(new SessionImpl.Stage("running the attach-user and attach-channel hooks", null));
    Set<String> userFields = new LinkedHashSet<>();
    Set<String> channelFields = new LinkedHashSet<>();
    app.events().bail(Hooks.ATTACH_USER, session, h -> {
      h.addFields(session, userFields);
      return null;
    });
    app.events().bail(Hooks.ATTACH_CHANNEL, session, h -> {
      h.addFields(session, channelFields);
      return null;
    });
    session.stage(new SessionImpl.Stage("recognizing the command", null));
    app.commands().attachFields(session, userFields, channelFields);
    session.declareFields(userFields, channelFields);
    session.stage(new SessionImpl.Stage("reading the channel's assignee", null));
    if (Assignment.elsewhere(session)) return null;
    Object result = resolve(app.chain().run(session));
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
   * The next message of the session's user in the session's channel: one already queued behind this session
   * is taken first; otherwise waits until one arrives or {@code timeout} passes.
   *
   * <p>The message taken is answered by the session that asked, so its own stage (what {@link #dispatch} returned
   * for it) completes only when the asking session has finished or waits for the user again: whoever waits for
   * the answer's handling (a test's exchange, the terminal chat at end of input) then sees the reply to it.
   * A waiter that times out is completed by the asking thread itself, so a message arriving at that moment either
   * answers the prompt or is queued as a message of its own, never neither.
   */
  public Optional<String> prompt(SessionImpl session, Duration timeout) {
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

  /**
   * Runs {@code line} as the session's user would (no prefix needed) and returns the reply without sending it;
   * messages the command sends on its own are collected into the reply too.
   */
  public Optional<Message> evaluate(SessionImpl session, String line) {
    return nested(session, line, derived -> app.commands().evaluate(derived, derived.content()));
  }

  /** Runs an already-split call as the session's user would and returns the reply without sending it. */
  public Optional<Message> evaluate(SessionImpl session, dev.mochi.api.command.Invocation call) {
    return nested(session, dev.mochi.core.session.InteractionLine.of(call), derived -> app.commands().evaluate(derived, call));
  }

  private Optional<Message> nested(SessionImpl session, String line,
                                   java.util.function.Function<SessionImpl, Optional<Message>> run) {
    int maxDepth = app.config().dispatcher().maxDepth();
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

  // ---------------------------------------------------------------- lifecycle

  private void finished() {
    if (outstanding.decrementAndGet() == 0) {
      synchronized (idle) {
        idle.notifyAll();
      }
    }
  }

  /** Stops accepting messages; sessions already accepted still run. */
  public void stopAccepting() { accepting = false; }

  /**
   * Stops intake, goes on with the accepted messages for {@code grace}, then drops the ones that have not started.
   * Logs what it did: nothing when nothing was waiting, else one line when it starts and one with the count of
   * messages not handled. Returns without waiting for sessions still running after the grace (at most one more
   * second is given to them); the caller disposes the plugins anyway.
   */
  public Shutdown shutdown(Duration grace) {
    long start = System.nanoTime();
    stopAccepting();
    int waiting = outstanding.get();
    if (waiting > 0) {
      int running = this.running.size();
      LOG.info("{}", app.i18n().render("en-US", "log.shutdown.start", running, Math.max(0, waiting - running),
          grace.toMillis()));
    }
    boolean idle = awaitIdle(grace);
    if (!idle) {
      discarding = true;
      for (String key : List.copyOf(queues.keySet())) dropQueued(key);
      idle = awaitIdle(Duration.ofSeconds(1).compareTo(grace) < 0 ? Duration.ofSeconds(1) : grace);
    }
    Shutdown report = new Shutdown(dropped.get(), idle ? overdue.size() : outstanding.get(), refusedWhileStopping.get(),
        Duration.ofNanos(System.nanoTime() - start));
    if (report.notHandled() > 0 || report.stillRunning() > 0) {
      LOG.warn("{}", app.i18n().render("en-US", "log.shutdown.not-handled", report.notHandled(), grace.toMillis(),
          report.stillRunning(), report.refused()));
    } else if (waiting > 0) {
      LOG.info("{}", app.i18n().render("en-US", "log.shutdown.all-handled", report.took().toMillis(), report.refused()));
    }
    return report;
  }

  /**
   * What a shutdown did.
   *
   * @param notHandled accepted messages dropped because the grace ended before their turn
   * @param stillRunning sessions that had not finished when the dispatcher stopped waiting
   * @param refused messages that arrived after intake stopped (each refused to its adapter)
   * @param took how long the dispatcher's part of the shutdown took
   */
  public record Shutdown(long notHandled, int stillRunning, long refused, Duration took) {}

  private void dropQueued(String key) {
    List<SessionImpl> taken = new ArrayList<>();
    queues.computeIfPresent(key, (k, q) -> {
      taken.addAll(q.pending);
      q.pending.clear();
      return q.removable() ? null : q;
    });
    for (SessionImpl s : taken) drop(s);
  }

  /** Ends a session that will not run: nothing of it is handled, its stage completes, it is counted. */
  private void drop(SessionImpl session) {
    if (session.done().complete(null)) dropped.incrementAndGet();
  }

  /**
   * Waits until every accepted session has finished or is past its time budget (a hung session is not waited for:
   * it already had its budget); false when {@code timeout} passed first.
   */
  public boolean awaitIdle(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (idle) {
      while (outstanding.get() - overdue.size() > 0) {
        long left = deadline - System.nanoTime();
        if (left <= 0) return false;
        try {
          TimeUnit.NANOSECONDS.timedWait(idle, left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
    }
    return true;
  }

  /** Sessions past their time budget and still running. */
  public int overdue() { return overdue.size(); }

  /** Sessions accepted and not finished. */
  public int outstanding() { return outstanding.get(); }

  public void close() { executor.shutdownNow(); }
}
