package dev.mochi.core.log;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;

/**
 * Points the shipped {@code logback.xml}'s rotating file appender ({@code FILE}) at {@code logging.dir}. Logback reads
 * its configuration before {@code bot.yml} is read, so the file starts where {@code logback.xml} says
 * ({@code ${mochi.log.dir}}, or {@code data/logs}) and moves when {@code bot.yml} names another directory. Rotation is
 * Logback's own ({@link SizeAndTimeBasedRollingPolicy}); this class only sets it up again for the new place, with the
 * limits {@code logback.xml} uses.
 */
final class LogFile {
  static final String APPENDER = "FILE";
  static final String NAME = "mochi.log";
  static final String PATTERN = "mochi-%d{yyyy-MM-dd}.%i.log.gz";

  private LogFile() {}

  /** Re-points {@code FILE} when it writes elsewhere than {@code dir}; nothing when there is no such appender. */
  static void pointTo(Logger root, Path dir) {
    Appender<ILoggingEvent> a = root.getAppender(APPENDER);
    if (!(a instanceof RollingFileAppender<ILoggingEvent> file) || file.getFile() == null) return;
    Path target = dir.toAbsolutePath().normalize();
    Path current = Path.of(file.getFile()).toAbsolutePath().normalize().getParent();
    if (target.equals(current)) return;
    synchronized (file) {
      file.stop();
      SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
      policy.setContext(file.getContext());
      policy.setParent(file);
      policy.setFileNamePattern(target.resolve(PATTERN).toString());
      policy.setMaxFileSize(FileSize.valueOf("10MB"));
      policy.setMaxHistory(14);
      policy.setTotalSizeCap(FileSize.valueOf("200MB"));
      file.setFile(target.resolve(NAME).toString());
      file.setRollingPolicy(policy);
      policy.start();
      file.start();
    }
  }
}
