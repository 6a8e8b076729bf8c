package dev.mochi.testkit.services;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import dev.mochi.api.adapter.BotHandle;
import dev.mochi.api.adapter.Inbound;
import dev.mochi.api.log.Logs;
import dev.mochi.core.App;
import dev.mochi.core.config.LoggingConfig;
import dev.mochi.core.log.LogConfigurator;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The logging the runtime sets up ({@link LogConfigurator}) writes a rotating file; {@code logging.dir} moves it. The
 * test JVM runs with the testkit's logback-test.xml, so this test sets up the runtime's logging itself and puts the
 * testkit's back afterwards.
 */
class LogFileTest {
  @TempDir Path dir;

  private static void configure(URL config) throws Exception {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    context.reset();
    JoranConfigurator joran = new JoranConfigurator();
    joran.setContext(context);
    joran.doConfigure(config);
  }

  private static URL resource(String name) {
    URL url = LogFileTest.class.getClassLoader().getResource(name);
    assertThat(url).as(name + " on the class path").isNotNull();
    return url;
  }

  @AfterEach void restoreTheTestLogging() throws Exception {
    System.clearProperty("mochi.log.dir");
    configure(resource("logback-test.xml"));
  }

  @Test void aPluginsRecordsReachTheRotatingFileThatLoggingDirNames() throws Exception {
    System.setProperty("mochi.log.dir", dir.resolve("from-logback").toString());
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    context.reset();
    LogConfigurator.apply(context);
    Path configured = dir.resolve("from-bot-yml");
    App app = App.builder().database("jdbc:sqlite:" + dir.resolve("mochi.db"))
        .configure(c -> c.withLogging(new LoggingConfig(0, configured.toString()))).build();
    try {
      app.plugin(new LogsServiceTest.Chatty(), (Void) null);
      app.start();
      LoopBot bot = new LoopBot("files");
      BotHandle handle = app.root().bot(bot);
      handle.dispatch(Inbound.direct("alice", "1", "say written to disk")).toCompletableFuture().join();
      Logs logs = app.root().get(Logs.class).orElseThrow();

      assertThat(logs.file()).contains(configured.resolve("mochi.log").toAbsolutePath());
      assertThat(Files.readString(configured.resolve("mochi.log")))
          .containsPattern("INFO  \\[[^]]+] plugin.chatty - said written to disk");
    } finally {
      app.close(Duration.ofSeconds(10));
    }
    assertThat(Collections.list(LogFileTest.class.getClassLoader().getResources("logback.xml")))
        .as("no logback.xml on the class path: Logback would read it instead of the runtime's configuration").isEmpty();
  }
}
