package dev.mochi.testkit;

import ch.qos.logback.classic.spi.ILoggingEvent;
import java.util.List;

/** The log lines of the current test, for assertions: {@code assertThat(mochi.logs().problems()).hasSize(1)}. */
public final class Logs {
  private final int mark;

  Logs(int mark) { this.mark = mark; }

  /** Every line logged since the test started. */
  public List<String> lines() {
    return CapturedLogs.since(mark).stream().map(CapturedLogs::format).toList();
  }

  /** Lines at WARN or ERROR. */
  public List<String> problems() {
    return CapturedLogs.since(mark).stream().filter(CapturedLogs::isProblem).map(CapturedLogs::format).toList();
  }

  /** Lines that contain {@code text}. */
  public List<String> containing(String text) {
    return lines().stream().filter(l -> l.contains(text)).toList();
  }

  List<ILoggingEvent> events() { return CapturedLogs.since(mark); }
}
