package dev.mochi.core.log;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.OnConsoleStatusListener;
import ch.qos.logback.core.util.StatusListenerConfigHelper;
import java.util.List;

/**
 * The bot's logging, set up in code: Logback finds this class through {@code META-INF/services} and runs it before
 * its own search for {@code logback-test.xml} and {@code logback.xml}. Reading an XML file costs a start about 470
 * classes (Joran, its model, the JDK's XML parser); this sets up the same appenders directly:
 *
 * <ul>
 *   <li>{@code STDERR}: stderr (stdout carries the replies of {@code ./mochi chat}),
 *       {@code HH:mm:ss.SSS LEVEL logger{24} - message};
 *   <li>{@code FILE}: {@code mochi.log} in {@code -Dmochi.log.dir}, else {@code MOCHI_LOG_DIR}, else {@code data/logs}
 *       (the launcher sets {@code mochi.log.dir} from {@code logging.dir}; {@link LogFile} moves the file when that is
 *       known only later), rolled as {@link LogFile} says, {@code yyyy-MM-dd HH:mm:ss.SSS LEVEL [thread] logger{36} -
 *       message};
 *   <li>the root level {@code MOCHI_LOG_LEVEL} (a system property or the environment), else {@code INFO}; Hikari,
 *       jOOQ's banner and PF4J at {@code WARN}, jOOQ's PostgreSQL dialect-version notice at {@code ERROR}.
 * </ul>
 *
 * <p>A system property wins over the environment, and a value that is set but empty stays empty, as in Logback's
 * {@code ${NAME:-default}}. When an XML configuration is there — {@code -Dlogback.configurationFile}, a
 * {@code logback-test.xml} (tests) or a {@code logback.xml} on the class path — this does nothing and Logback reads
 * that instead, as it would without this class; {@code -Dlogback.debug=true} prints Logback's status as it does for an
 * XML file.
 */
public final class LogConfigurator extends ContextAwareBase implements Configurator {
  static final String STDERR_PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{24} - %msg%n";
  static final String FILE_PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";
  static final String DEFAULT_DIR = "data/logs";

  /** The properties and resources that name an XML (or serialized) configuration Logback reads by itself. */
  private static final List<String> CONFIG_PROPERTIES = List.of("logback.configurationFile", "logback.serializedModelFile");
  private static final List<String> CONFIG_RESOURCES = List.of("logback-test.xml", "logback.xml");

  /** Used by Logback's service loader. */
  public LogConfigurator() {}

  @Override public ExecutionStatus configure(LoggerContext context) {
    if (configuredElsewhere()) return ExecutionStatus.NEUTRAL;
    apply(context);
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }

  /** True when Logback would read a configuration file of its own: then the owner's (or the tests') file wins. */
  static boolean configuredElsewhere() {
    for (String p : CONFIG_PROPERTIES) if (System.getProperty(p) != null) return true;
    ClassLoader loader = LogConfigurator.class.getClassLoader();
    for (String r : CONFIG_RESOURCES) if (loader.getResource(r) != null) return true;
    return false;
  }

  /** Sets up {@code context} as the bot logs, whatever configuration files there are (a test of the bot's logging). */
  public static void apply(LoggerContext context) {
    String debug = System.getProperty("logback.debug");
    if (debug != null && !debug.isBlank() && !debug.equalsIgnoreCase("false") && !debug.equalsIgnoreCase("null")) {
      StatusListenerConfigHelper.addOnConsoleListenerInstance(context, new OnConsoleStatusListener());
    }
    ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
    stderr.setContext(context);
    stderr.setName("STDERR");
    stderr.setTarget("System.err");
    stderr.setEncoder(encoder(context, STDERR_PATTERN));
    stderr.start();

    String dir = setting("mochi.log.dir", setting("MOCHI_LOG_DIR", DEFAULT_DIR));
    RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
    file.setContext(context);
    file.setName(LogFile.APPENDER);
    file.setFile(dir + "/" + LogFile.NAME);
    file.setRollingPolicy(LogFile.policy(file, dir + "/" + LogFile.PATTERN));
    file.setEncoder(encoder(context, FILE_PATTERN));
    file.start();

    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    String level = setting("MOCHI_LOG_LEVEL", "INFO");
    if (!level.isBlank()) root.setLevel(Level.toLevel(level));
    root.addAppender(stderr);
    root.addAppender(file);
    context.getLogger("com.zaxxer.hikari").setLevel(Level.WARN);
    context.getLogger("org.jooq.Constants").setLevel(Level.WARN);
    // jOOQ's open-source POSTGRES dialect warns on every start that PostgreSQL 15 is "older than what the dialect
    // supports"; Mochi's tests run its SQL on PostgreSQL 15, so the notice says nothing to act on.
    context.getLogger("org.jooq.impl.DefaultExecuteContext.logVersionSupport").setLevel(Level.ERROR);
    context.getLogger("org.pf4j").setLevel(Level.WARN);
  }

  /** A system property, else the environment variable of that name, else {@code otherwise}. */
  private static String setting(String name, String otherwise) {
    String value = System.getProperty(name);
    if (value == null) value = System.getenv(name);
    return value == null ? otherwise : value;
  }

  private static PatternLayoutEncoder encoder(LoggerContext context, String pattern) {
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern(pattern);
    encoder.start();
    return encoder;
  }
}
