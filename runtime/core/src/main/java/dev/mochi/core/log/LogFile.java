package dev.mochi.core.log;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;

/**
 * The rotating file appender ({@code FILE}) that {@link LogConfigurator} sets up, pointed at {@code logging.dir}.
 * Logback starts before {@code bot.yml} is read, so the file starts where {@link LogConfigurator} puts it
 * ({@code -Dmochi.log.dir}, or {@code data/logs}) and moves when {@code bot.yml} names another directory. Rotation is
 * Logback's own ({@link SizeAndTimeBasedRollingPolicy}): every day and at 10 MB, 14 days and 200 MB kept; this class
 * sets it up, and sets it up again for the new place.
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
      file.setFile(target.resolve(NAME).toString());
      file.setRollingPolicy(policy(file, target.resolve(PATTERN).toString()));
      file.start();
    }
  }

  /** The started rolling policy of {@code file}, rolling into {@code fileNamePattern}. */
  static SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy(RollingFileAppender<ILoggingEvent> file, String fileNamePattern) {
    SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
    policy.setContext(file.getContext());
    policy.setParent(file);
    policy.setFileNamePattern(fileNamePattern);
    policy.setMaxFileSize(FileSize.valueOf("10MB"));
    policy.setMaxHistory(14);
    policy.setTotalSizeCap(FileSize.valueOf("200MB"));
    policy.start();
    return policy;
  }
}
