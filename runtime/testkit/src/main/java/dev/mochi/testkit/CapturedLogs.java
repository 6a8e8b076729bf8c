package dev.mochi.testkit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyVO;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects every log event of the test JVM (configured by the testkit's {@code logback-test.xml}). The
 * {@link MochiTest} extension marks where each test starts and prints the test's lines only when it fails.
 */
public final class CapturedLogs extends AppenderBase<ILoggingEvent> {
  private static final List<ILoggingEvent> EVENTS = new ArrayList<>();

  @Override protected void append(ILoggingEvent event) {
    ILoggingEvent copy = detached(event);
    synchronized (EVENTS) {
      EVENTS.add(copy);
    }
  }

  /**
   * The event as text only: its arguments and throwable may be objects of a plugin's classes, and keeping them would
   * keep an unloaded plugin's class loader alive (and fail the leak checks of the tests that unload it).
   */
  private static ILoggingEvent detached(ILoggingEvent event) {
    IThrowableProxy thrown = event.getThrowableProxy() == null ? null : ThrowableProxyVO.build(event.getThrowableProxy());
    LoggingEvent copy = new LoggingEvent() {
      @Override public IThrowableProxy getThrowableProxy() { return thrown; }
    };
    copy.setLevel(event.getLevel());
    copy.setLoggerName(event.getLoggerName());
    copy.setMessage(event.getFormattedMessage());
    copy.setThreadName(event.getThreadName());
    copy.setTimeStamp(event.getTimeStamp());
    copy.setMDCPropertyMap(event.getMDCPropertyMap());
    return copy;
  }

  static int mark() {
    synchronized (EVENTS) {
      return EVENTS.size();
    }
  }

  static List<ILoggingEvent> since(int mark) {
    synchronized (EVENTS) {
      return new ArrayList<>(EVENTS.subList(Math.min(mark, EVENTS.size()), EVENTS.size()));
    }
  }

  static void clear() {
    synchronized (EVENTS) {
      EVENTS.clear();
    }
  }

  /** One line per event: level, logger, message, and the exception's class and message when there is one. */
  static String format(ILoggingEvent e) {
    StringBuilder out = new StringBuilder();
    out.append(e.getLevel()).append(' ').append(e.getLoggerName()).append(" - ").append(e.getFormattedMessage());
    IThrowableProxy t = e.getThrowableProxy();
    if (t != null) out.append(" [").append(t.getClassName()).append(": ").append(t.getMessage()).append(']');
    return out.toString();
  }

  static boolean isProblem(ILoggingEvent e) { return e.getLevel().isGreaterOrEqual(Level.WARN); }
}
