package dev.mochi.core.log;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.FileAppender;
import dev.mochi.api.Disposable;
import dev.mochi.api.Events;
import dev.mochi.api.log.LogLevel;
import dev.mochi.api.log.LogQuery;
import dev.mochi.api.log.LogRecord;
import dev.mochi.api.log.Logs;
import dev.mochi.core.config.LoggingConfig;
import dev.mochi.core.scope.EventBus;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;

/**
 * The {@link Logs} service: a Logback appender on the root logger that keeps the newest records in a {@link LogRing}
 * and hands each to {@link Events#LOG} listeners.
 *
 * <p>Logging must never wait for a listener: the appender runs on the thread that logs (a session, a timer, the
 * flusher) and only stores the record and offers it to a bounded queue; one daemon thread of its own takes from the
 * queue and emits. When the listeners fall behind and the queue is full, a record is still in the ring but not
 * delivered (the count of those is in {@link #undelivered()}). Records logged on the delivery thread itself (a
 * listener that logs) are kept in the ring and not delivered again, so a listener cannot feed itself.
 *
 * <p>A record's plugin: a plugin's own logger is {@code plugin.<name>} ({@code ctx.logger()}); a logger named after a
 * class is matched, by its package, to the plugin whose class lives in that package ({@link #attribute}), the
 * runtime's own packages excepted. The log file is Logback's {@code RollingFileAppender} named {@code FILE} that
 * {@link LogConfigurator} sets up; when {@code logging.dir} names another directory than the one it writes to, the
 * appender is pointed there at start (the launcher sets {@code mochi.log.dir} before Logback starts, so with it the
 * file is in the right place from the first line).
 */
public final class LogService implements Logs, AutoCloseable {
  private static final int MAX_MESSAGE = 8_000;
  private static final int MAX_EXCEPTION = 16_000;
  private static final String RUNTIME_PACKAGE = "dev.mochi.core";

  private final LogRing ring;
  private final EventBus events;
  private final BlockingQueue<LogRecord> queue;
  /** Plugin class names and packages, each to the plugins that were applied from there, newest first. */
  private final Map<String, Deque<String>> owners = new ConcurrentHashMap<>();
  private final RingAppender appender = new RingAppender();
  private final java.util.concurrent.atomic.AtomicLong undelivered = new java.util.concurrent.atomic.AtomicLong();
  private final Thread delivery;
  private final Optional<Logger> root;
  private volatile boolean closed;

  public LogService(LoggingConfig config, EventBus events) {
    this.ring = new LogRing(config.ringSize());
    this.events = events;
    this.queue = new ArrayBlockingQueue<>(Math.max(256, config.ringSize()));
    this.root = LoggerFactory.getILoggerFactory() instanceof LoggerContext context
        ? Optional.of(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)) : Optional.empty();
    root.ifPresent(r -> {
      config.directory().ifPresent(dir -> LogFile.pointTo(r, dir));
      appender.setContext(r.getLoggerContext());
      appender.setName("mochi-ring");
      appender.start();
      r.addAppender(appender);
    });
    this.delivery = Thread.ofPlatform().daemon().name("mochi-log-events").start(this::deliver);
    if (root.isEmpty()) {
      LoggerFactory.getLogger("mochi").warn("SLF4J is not bound to Logback here ({}); the Logs service stays empty",
          LoggerFactory.getILoggerFactory().getClass().getName());
    }
  }

  @Override public List<LogRecord> recent(LogQuery query) { return ring.recent(query); }

  @Override public int capacity() { return ring.capacity(); }

  @Override public Optional<Path> file() {
    if (root.isEmpty()) return Optional.empty();
    for (Iterator<Appender<ILoggingEvent>> it = root.get().iteratorForAppenders(); it.hasNext(); ) {
      if (it.next() instanceof FileAppender<ILoggingEvent> f && f.isStarted() && f.getFile() != null) {
        return Optional.of(Path.of(f.getFile()).toAbsolutePath().normalize());
      }
    }
    return Optional.empty();
  }

  /** Records that were kept in the ring but not delivered as events because listeners fell behind. */
  public long undelivered() { return undelivered.get(); }

  /**
   * Records of loggers named after classes of {@code type}'s package (and its sub-packages) belong to {@code plugin}
   * until the handle is disposed. The runtime's own packages are never attributed.
   */
  public Disposable attribute(Class<?> type, String plugin) {
    String pkg = type.getPackageName();
    if (pkg.isEmpty() || pkg.equals(RUNTIME_PACKAGE) || pkg.startsWith(RUNTIME_PACKAGE + ".")) return () -> {};
    Disposable byClass = push(type.getName(), plugin);
    Disposable byPackage = push(pkg, plugin);
    return () -> {
      byClass.dispose();
      byPackage.dispose();
    };
  }

  private Disposable push(String name, String plugin) {
    Deque<String> names = owners.computeIfAbsent(name, k -> new ArrayDeque<>());
    synchronized (names) {
      names.push(plugin);
    }
    return () -> {
      synchronized (names) {
        names.removeFirstOccurrence(plugin);
      }
    };
  }

  /** The plugin of a logger: {@code plugin.<name>}, the plugin's own class, or its nearest package (newest first). */
  Optional<String> pluginOf(String logger) {
    if (logger.startsWith("plugin.")) return Optional.of(logger.substring("plugin.".length()));
    for (String name = logger; !name.isEmpty(); name = packageOf(name)) {
      Deque<String> names = owners.get(name);
      if (names != null) {
        synchronized (names) {
          if (!names.isEmpty()) return Optional.of(names.peek());
        }
      }
    }
    return Optional.empty();
  }

  private static String packageOf(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(0, dot);
  }

  private void deliver() {
    while (!closed) {
      try {
        LogRecord r = queue.poll(200, TimeUnit.MILLISECONDS);
        if (r != null) events.emit(Events.LOG, r);
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        // EventBus.emit already contains listener failures; anything else must not end delivery
      }
    }
  }

  /** Detaches the appender and stops delivering. */
  @Override public void close() {
    closed = true;
    root.ifPresent(r -> r.detachAppender(appender));
    appender.stop();
    delivery.interrupt();
  }

  private static LogLevel level(Level level) {
    return switch (level.toInt()) {
      case Level.ERROR_INT -> LogLevel.ERROR;
      case Level.WARN_INT -> LogLevel.WARN;
      case Level.INFO_INT -> LogLevel.INFO;
      case Level.DEBUG_INT -> LogLevel.DEBUG;
      default -> LogLevel.TRACE;
    };
  }

  private static String cut(String text, int max) {
    if (text == null) return "";
    return text.length() <= max ? text : text.substring(0, max) + "… (" + text.length() + " characters)";
  }

  /** The appender: stores and enqueues, never blocks. */
  private final class RingAppender extends AppenderBase<ILoggingEvent> {
    @Override protected void append(ILoggingEvent e) {
      IThrowableProxy t = e.getThrowableProxy();
      Optional<String> exception = t == null ? Optional.empty() : Optional.of(cut(ThrowableProxyUtil.asString(t), MAX_EXCEPTION));
      String logger = e.getLoggerName();
      LogRecord r = ring.add(seq -> new LogRecord(seq, Instant.ofEpochMilli(e.getTimeStamp()), level(e.getLevel()), logger,
          pluginOf(logger), e.getThreadName(), cut(e.getFormattedMessage(), MAX_MESSAGE), exception));
      if (Thread.currentThread() == delivery || closed) return;
      if (!queue.offer(r)) undelivered.incrementAndGet();
    }
  }
}
