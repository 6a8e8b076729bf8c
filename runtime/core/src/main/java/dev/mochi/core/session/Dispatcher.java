package dev.mochi.core.session;

import dev.mochi.api.MochiException;
import dev.mochi.api.adapter.Bot;
import dev.mochi.api.adapter.Incoming;
import dev.mochi.api.status.StatusSample;
import dev.mochi.core.config.DispatcherConfig;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs sessions: the threads, the time budget and shutdown. Threading model: sessions run on virtual threads. Sessions
 * of one platform user form a queue ({@link UserQueues}, which also hands a message to a waiting prompt) drained by one
 * virtual thread at a time, which runs them itself, one after another in arrival order, while different users run in
 * parallel up to a global limit. What one session does is its {@link Pipeline}. A session that holds its queue longer
 * than the plugin time budget (not counting time spent waiting on a prompt) is logged with the plugin's name and the
 * queue moves on without it: one watchdog thread looks at the running sessions a few times per budget, and gives the
 * queue of a session past it to a new drainer while the session runs on, on the thread it has.
 *
 * <p>Shutdown ({@link #shutdown}) stops intake at once: a message arriving later is refused. The messages already
 * accepted go on being handled, in order, for the grace period; when it ends, the ones that have not started are
 * dropped (their stages complete, nothing of them runs) and counted, and the count is logged in one line. A drain or
 * a session that reaches the executor after it was closed is dropped the same way, never an escaping
 * {@code RejectedExecutionException}.
 *
 * <p>Intake is bounded, for adapters that receive faster than the bot handles: a message is refused when
 * {@code dispatcher.max-pending} messages are accepted and not finished, or when {@code dispatcher.max-pending-per-user}
 * messages of its user already wait behind the one running. A refused message is not handled: the stage returned to
 * the adapter fails with the reason, it is counted ({@link #refused()}), and the log says so — its first refusal at
 * once, later ones in one line per {@link #REFUSAL_LOG_INTERVAL} with their counts. Nothing accepted is dropped.
 */
public final class Dispatcher {
  private static final Logger LOG = LoggerFactory.getLogger("mochi.dispatcher");

  private final Sessions sessions;
  private final UserQueues queues;
  private final Pipeline pipeline;
  private final DispatcherConfig config;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final Semaphore permits;
  private final AtomicInteger outstanding = new AtomicInteger();
  private final Map<SessionImpl, Thread> running = new ConcurrentHashMap<>();
  /** Sessions handled now on their drainers' threads, for the watchdog of the time budget. */
  private final Map<SessionImpl, Timed> timed = new ConcurrentHashMap<>();
  private final long budgetNanos;
  private final Thread watchdog;
  private volatile boolean closed;
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
  /** How often at most the log reports refusals at the intake bounds. */
  static final Duration REFUSAL_LOG_INTERVAL = Duration.ofSeconds(10);
  private final AtomicLong refusedPerUser = new AtomicLong();
  private final AtomicLong refusedOverall = new AtomicLong();
  /** Guards the refusal log's state: when it last reported (nanoTime), the counts reported by then, a summary due. */
  private final Object refusalLog = new Object();
  private long refusalLogged;
  private long reportedPerUser;
  private long reportedOverall;
  private boolean refusalEverLogged;
  private boolean summaryDue;

  public Dispatcher(Sessions sessions) {
    this.sessions = sessions;
    this.queues = sessions.queues;
    this.pipeline = sessions.pipeline;
    this.config = sessions.config.dispatcher();
    this.permits = new Semaphore(config.maxConcurrency());
    this.budgetNanos = config.pluginBudget().toNanos();
    this.watchdog = Thread.ofPlatform().daemon().name("mochi-time-budget").start(this::watchBudgets);
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
    if (!sessions.bots.registered(bot)) {
      return CompletableFuture.failedFuture(new MochiException("Bot " + bot.platform() + ":" + bot.selfId()
          + " is not registered, so message " + inbound.messageId() + " from " + inbound.userId() + " was not accepted; "
          + "register the bot with ctx.bot(bot) first (a bot is unregistered when its plugin is unloaded)"));
    }
    if (inbound.userId().equals(bot.selfId())) return CompletableFuture.completedFuture(null);
    sessions.bots.received(bot);
    if (outstanding.incrementAndGet() > config.maxPending()) {
      outstanding.decrementAndGet();
      return refuse(refusedOverall, bot, inbound, "log.dispatch.refused-overall", config.maxPending());
    }
    SessionImpl session = sessions.open(bot, inbound);
    String key = UserQueues.key(session);
    UserQueues.Offered offered = queues.offer(session, config.maxPendingPerUser());
    if (offered == UserQueues.Offered.FULL) {
      finished();
      return refuse(refusedPerUser, bot, inbound, "log.dispatch.refused-user", config.maxPendingPerUser());
    }
    session.done().whenComplete((v, e) -> finished());
    CompletableFuture<Void> result = withinBudget ? handled(session) : session.done();
    if (offered == UserQueues.Offered.START) {
      try {
        executor.execute(() -> drain(key));
      } catch (RejectedExecutionException e) {
        dropQueued(key);
      }
    }
    return result;
  }

  /** A message refused at an intake bound: counted, logged (at most once per interval), failed to the adapter. */
  private CompletableFuture<Void> refuse(AtomicLong counter, Bot bot, Incoming inbound, String key, int bound) {
    counter.incrementAndGet();
    String from = bot.platform() + ":" + inbound.userId();
    logRefusals(key, from, bound);
    return CompletableFuture.failedFuture(new MochiException(sessions.i18n.render("en-US", key, from, bound)));
  }

  /**
   * The first refusal is logged at once; later ones are counted, and one line per {@link #REFUSAL_LOG_INTERVAL}
   * reports how many there were (a summary is due even when no refusal follows).
   */
  private void logRefusals(String key, String from, int bound) {
    synchronized (refusalLog) {
      long wait = refusalLogged + REFUSAL_LOG_INTERVAL.toNanos() - System.nanoTime();
      if (refusalEverLogged && wait > 0) {
        if (!summaryDue) {
          summaryDue = true;
          Thread.ofVirtual().name("mochi-refusals").start(() -> summarizeRefusals(wait));
        }
        return;
      }
      refusalEverLogged = true;
      refusalLogged = System.nanoTime();
      reportedPerUser = refusedPerUser.get();
      reportedOverall = refusedOverall.get();
    }
    LOG.warn("{}", sessions.i18n.render("en-US", key + ".first", from, bound, REFUSAL_LOG_INTERVAL.toSeconds()));
  }

  private void summarizeRefusals(long waitNanos) {
    try {
      TimeUnit.NANOSECONDS.sleep(waitNanos);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    long perUser;
    long overall;
    synchronized (refusalLog) {
      summaryDue = false;
      refusalLogged = System.nanoTime();
      perUser = refusedPerUser.get() - reportedPerUser;
      overall = refusedOverall.get() - reportedOverall;
      reportedPerUser += perUser;
      reportedOverall += overall;
    }
    if (perUser + overall > 0) {
      LOG.warn("{}", sessions.i18n.render("en-US", "log.dispatch.refused-count", perUser, config.maxPendingPerUser(),
          overall, config.maxPending(), refusedPerUser.get() + refusedOverall.get()));
    }
  }

  /** Messages refused at the intake bounds so far (what the status service samples). */
  public StatusSample.Refused refused() {
    return new StatusSample.Refused(refusedPerUser.get(), refusedOverall.get());
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

  private void drain(String key) {
    for (SessionImpl next = queues.next(key); next != null; next = queues.next(key)) {
      if (discarding || closed) drop(next);
      else if (!runTimed(next, key)) return;
    }
  }

  /**
   * Runs {@code session} on this thread, the drainer's, watched by {@link #watchBudgets}. True when it ended within
   * its budget and this thread goes on draining; false when the watchdog found it past its budget and handed the
   * queue to a new drainer meanwhile (this thread then ends with the session).
   */
  private boolean runTimed(SessionImpl session, String key) {
    Timed timed = new Timed(session, key, Thread.currentThread(), System.nanoTime() + budgetNanos);
    this.timed.put(session, timed);
    try {
      handle(session);
    } finally {
      this.timed.remove(session);
      timed.end();
    }
    return timed.settle();
  }

  /**
   * A session running on its drainer's thread. Whichever comes first settles it: its end (the drainer goes on) or its
   * budget running out (the watchdog moves the queue on). The drainer's thread runs the user's next session after
   * this one, so an interrupt meant for this session ({@link #interrupt}) reaches the thread only while it runs.
   */
  private static final class Timed {
    final SessionImpl session;
    final String key;
    private final Thread thread;
    volatile long deadline;
    private final AtomicBoolean settled = new AtomicBoolean();
    private boolean ended;

    Timed(SessionImpl session, String key, Thread thread, long deadline) {
      this.session = session;
      this.key = key;
      this.thread = thread;
      this.deadline = deadline;
    }

    /** True for the first caller only. */
    boolean settle() { return settled.compareAndSet(false, true); }

    synchronized void interrupt() {
      if (!ended) thread.interrupt();
    }

    /** On the drainer's thread when the session has ended: an interrupt it was sent does not reach the next one. */
    void end() {
      synchronized (this) {
        ended = true;
      }
      Thread.interrupted();
    }
  }

  /**
   * The watchdog of the time budget: one thread for all sessions, looking at the running ones a few times per budget
   * (every eighth of it, at least every 10 ms and at most every second). A session waiting for a prompt's answer has
   * its budget started again. A session past its budget is logged with the plugin it is in and marked overdue, and a
   * new drainer takes its user's next messages; the session itself runs on.
   */
  private void watchBudgets() {
    long period = Math.clamp(budgetNanos / 8, TimeUnit.MILLISECONDS.toNanos(10), TimeUnit.SECONDS.toNanos(1));
    while (!closed) {
      long now = System.nanoTime();
      for (Timed t : timed.values()) {
        if (t.session.prompting()) t.deadline = now + budgetNanos;
        else if (now - t.deadline >= 0 && t.settle()) overdue(t);
      }
      try {
        TimeUnit.NANOSECONDS.sleep(period);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void overdue(Timed timed) {
    SessionImpl session = timed.session;
    SessionImpl.Stage stage = session.stage();
    long ms = TimeUnit.NANOSECONDS.toMillis(budgetNanos);
    Logger log = LoggerFactory.getLogger(stage.plugin() == null ? "mochi.dispatcher" : "plugin." + stage.plugin());
    log.warn("{} held its user's queue longer than the time budget of {} ms, {}; the user's next messages go on "
        + "without it", session, ms, stage.what());
    markOverdue(session, stage, ms, log);
    try {
      executor.execute(() -> drain(timed.key));
    } catch (RejectedExecutionException e) {
      dropQueued(timed.key);
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
        else pipeline.process(session);
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

  /** How many sessions are running now (started and not finished). */
  public int runningCount() {
    return running.size();
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
    Timed t = timed.get(session);
    if (t != null) t.interrupt();
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
      LOG.info("{}", sessions.i18n.render("en-US", "log.shutdown.start", running, Math.max(0, waiting - running),
          grace.toMillis()));
    }
    boolean idle = awaitIdle(grace);
    if (!idle) {
      discarding = true;
      for (String key : queues.keys()) dropQueued(key);
      idle = awaitIdle(Duration.ofSeconds(1).compareTo(grace) < 0 ? Duration.ofSeconds(1) : grace);
    }
    Shutdown report = new Shutdown(dropped.get(), idle ? overdue.size() : outstanding.get(), refusedWhileStopping.get(),
        Duration.ofNanos(System.nanoTime() - start));
    if (report.notHandled() > 0 || report.stillRunning() > 0) {
      LOG.warn("{}", sessions.i18n.render("en-US", "log.shutdown.not-handled", report.notHandled(), grace.toMillis(),
          report.stillRunning(), report.refused()));
    } else if (waiting > 0) {
      LOG.info("{}", sessions.i18n.render("en-US", "log.shutdown.all-handled", report.took().toMillis(), report.refused()));
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
    for (SessionImpl s : queues.takeAll(key)) drop(s);
  }

  /**
   * Ends a session that will not run: nothing of it is handled, it is counted, its stage completes. Counted first:
   * completing the stage ends it as outstanding ({@link #finished}), and a shutdown that then sees the dispatcher idle
   * reads the count at once, so a count made after the stage completed could be missing from its report.
   */
  private void drop(SessionImpl session) {
    dropped.incrementAndGet();
    if (!session.done().complete(null)) dropped.decrementAndGet();
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

  /**
   * Accepted messages dropped so far because the shutdown grace ended before their turn. A message is in this count
   * by the time its stage completes.
   */
  public long notHandled() { return dropped.get(); }

  /** Sessions past their time budget and still running. */
  public int overdue() { return overdue.size(); }

  /** Sessions accepted and not finished. */
  public int outstanding() { return outstanding.get(); }

  public void close() {
    closed = true;
    watchdog.interrupt();
    executor.shutdownNow();
  }
}
