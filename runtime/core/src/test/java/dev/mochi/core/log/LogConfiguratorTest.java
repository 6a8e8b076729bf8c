package dev.mochi.core.log;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.RollingPolicyBase;
import ch.qos.logback.core.rolling.TimeBasedRollingPolicy;
import java.io.File;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The logging set up in code is the one the runtime's {@code logback.xml} gave (kept as {@code former-logback.xml}):
 * the same appenders in the same order, patterns, file and rolling limits, levels and property handling, down to the
 * bytes of a line; and in a JVM without a {@code logback-test.xml} Logback runs it, unless the owner names a file.
 */
class LogConfiguratorTest {
  private static final List<String> PROPERTIES = List.of("mochi.log.dir", "MOCHI_LOG_DIR", "MOCHI_LOG_LEVEL");
  private static final List<String> LOGGERS = List.of(Logger.ROOT_LOGGER_NAME, "com.zaxxer.hikari", "org.jooq.Constants",
      "org.jooq.impl.DefaultExecuteContext.logVersionSupport", "org.pf4j", "org.jooq", "dev.mochi.core.data.Flusher");

  @TempDir Path dir;
  private final List<LoggerContext> contexts = new ArrayList<>();

  @AfterEach void clear() {
    PROPERTIES.forEach(System::clearProperty);
    contexts.forEach(LoggerContext::stop);
  }

  @Test void theCodeSetsUpWhatTheXmlDidForEachSettingOfTheProperties() throws Exception {
    // Each sets a directory: the appenders open their file at start, and data/logs is the module's own folder here
    // (the default directory is the subject of the test in a JVM of its own below).
    List<Map<String, String>> settings = List.of(
        Map.of("mochi.log.dir", dir.resolve("a").toString()),
        Map.of("MOCHI_LOG_DIR", dir.resolve("b").toString(), "MOCHI_LOG_LEVEL", "warn"),
        Map.of("mochi.log.dir", dir.resolve("c").toString(), "MOCHI_LOG_DIR", dir.resolve("d").toString(),
            "MOCHI_LOG_LEVEL", "DEBUG"),
        Map.of("mochi.log.dir", dir.resolve("e").toString(), "MOCHI_LOG_LEVEL", "off"),
        Map.of("mochi.log.dir", dir.resolve("f").toString(), "MOCHI_LOG_LEVEL", ""));
    for (Map<String, String> setting : settings) {
      PROPERTIES.forEach(System::clearProperty);
      setting.forEach(System::setProperty);
      String fromXml = describe(fromXml());
      String fromCode = describe(fromCode());
      assertThat(fromCode).as("with %s", setting).isEqualTo(fromXml);
    }
  }

  @Test void theFileGetsTheBotsLinesAtTheLevelOfMochiLogLevel() throws Exception {
    System.setProperty("mochi.log.dir", dir.toString());
    System.setProperty("MOCHI_LOG_LEVEL", "info");
    LoggerContext context = fromCode();
    context.getLogger("dev.mochi.core.Example").info("a line for the file");
    context.getLogger("dev.mochi.core.Example").debug("not at info");
    context.getLogger("com.zaxxer.hikari.pool.HikariPool").info("pool chatter");

    String file = Files.readString(dir.resolve("mochi.log"));
    assertThat(file).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  \\[[^]]+] dev\\.mochi\\.core\\.Example"
        + " - a line for the file\\R");
    assertThat(((Logger) context.getLogger(Logger.ROOT_LOGGER_NAME)).getLevel()).isEqualTo(Level.INFO);
  }

  @Test void aLogbackTestXmlOnTheClassPathIsLeftToLogback() {
    assertThat(getClass().getClassLoader().getResource("logback-test.xml")).isNotNull();
    LogConfigurator configurator = new LogConfigurator();
    LoggerContext context = context();
    configurator.setContext(context);
    assertThat(configurator.configure(context)).isEqualTo(Configurator.ExecutionStatus.NEUTRAL);
    assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).isFalse();
  }

  @Test void aJvmWithoutLogbackTestXmlLogsThroughTheConfiguratorAndAnOwnersFileWins() throws Exception {
    Path probe = dir.resolve("Probe.java");
    Files.writeString(probe, """
        public class Probe {
          public static void main(String[] args) {
            org.slf4j.LoggerFactory.getLogger("dev.mochi.Probe").info("probe line");
          }
        }
        """);
    Process bot = probe(probe);
    assertThat(new String(bot.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
        .matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  dev\\.mochi\\.Probe - probe line\\R");
    assertThat(bot.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(Files.readString(dir.resolve("data/logs/mochi.log"))).contains(" INFO  [main] dev.mochi.Probe - probe line");

    Path own = dir.resolve("own.xml");
    Files.writeString(own, """
        <configuration>
          <appender name="OWN" class="ch.qos.logback.core.ConsoleAppender">
            <target>System.err</target>
            <encoder><pattern>own %msg%n</pattern></encoder>
          </appender>
          <root level="INFO"><appender-ref ref="OWN"/></root>
        </configuration>
        """);
    Path notUsed = dir.resolve("not-used");
    Process owners = probe(probe, "-Dmochi.log.dir=" + notUsed, "-Dlogback.configurationFile=" + own);
    assertThat(new String(owners.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("own probe line\n");
    assertThat(owners.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(notUsed).doesNotExist();
  }

  /**
   * Runs {@code source} in {@link #dir} on the runtime's class path without the test classes (and their
   * logback-test.xml), with none of the logging variables in its environment.
   */
  private Process probe(Path source, String... options) throws Exception {
    String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !entry.endsWith("test-classes"))
        .collect(Collectors.joining(File.pathSeparator));
    List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
    command.addAll(List.of(options));
    command.addAll(List.of("-cp", classpath, source.toString()));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    PROPERTIES.forEach(builder.environment()::remove);
    return builder.start();
  }

  private LoggerContext context() {
    LoggerContext context = new LoggerContext();
    context.setMDCAdapter(new LogbackMDCAdapter()); // what Logback's service provider gives the JVM's own context
    contexts.add(context);
    return context;
  }

  private LoggerContext fromXml() throws Exception {
    LoggerContext context = context();
    JoranConfigurator joran = new JoranConfigurator();
    joran.setContext(context);
    joran.doConfigure(getClass().getResource("former-logback.xml"));
    return context;
  }

  private LoggerContext fromCode() {
    LoggerContext context = context();
    LogConfigurator.apply(context);
    return context;
  }

  /** Levels, root's appenders in order with their settings, and the bytes each writes for one event. */
  private static String describe(LoggerContext context) throws Exception {
    StringBuilder out = new StringBuilder();
    for (String name : LOGGERS) {
      Logger logger = context.getLogger(name);
      out.append(name).append(' ').append(logger.getLevel()).append(' ').append(logger.getEffectiveLevel()).append('\n');
    }
    LoggingEvent event = new LoggingEvent("x", context.getLogger("dev.mochi.core.Example"), Level.WARN, "line {}", null,
        new Object[] {42});
    event.setTimeStamp(1_764_000_000_123L);
    event.setThreadName("mochi-session-7");
    for (Iterator<Appender<ILoggingEvent>> it = context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders(); it.hasNext(); ) {
      Appender<ILoggingEvent> a = it.next();
      out.append(a.getClass().getName()).append(' ').append(a.getName()).append(" started ").append(a.isStarted());
      if (a instanceof ConsoleAppender<ILoggingEvent> c) out.append(" target ").append(c.getTarget());
      if (a instanceof OutputStreamAppender<ILoggingEvent> o) {
        out.append(" line ").append(new String(o.getEncoder().encode(event), StandardCharsets.UTF_8));
      }
      if (a instanceof RollingFileAppender<ILoggingEvent> f) {
        out.append(" file ").append(f.getFile()).append(" append ").append(f.isAppend()).append(" prudent ").append(f.isPrudent());
        RollingPolicyBase policy = (RollingPolicyBase) f.getRollingPolicy();
        out.append(" policy ").append(policy.getClass().getName()).append(' ').append(policy.getFileNamePattern())
            .append(" compression ").append(policy.getCompressionMode()).append(" started ").append(policy.isStarted())
            .append(" triggering ").append(f.getTriggeringPolicy() == policy);
        if (policy instanceof TimeBasedRollingPolicy<?> t) {
          out.append(" maxHistory ").append(t.getMaxHistory()).append(" cleanOnStart ").append(t.isCleanHistoryOnStart())
              .append(" totalSizeCap ").append(field(TimeBasedRollingPolicy.class, t, "totalSizeCap"))
              .append(" maxFileSize ").append(field(policy.getClass(), t, "maxFileSize"));
        }
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static Object field(Class<?> type, Object of, String name) throws ReflectiveOperationException {
    Field f = type.getDeclaredField(name);
    f.setAccessible(true);
    return f.get(of);
  }
}
