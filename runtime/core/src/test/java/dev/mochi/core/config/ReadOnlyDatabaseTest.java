package dev.mochi.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mochi.core.App;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database that only reads is refused at start, naming database.url and the fix, instead of failing every write. */
class ReadOnlyDatabaseTest {
  @Test void aReadOnlySqliteFileIsRefusedAtStartWithTheFix(@TempDir Path dir) {
    Path file = dir.resolve("mochi.db");
    App.builder().database("jdbc:sqlite:" + file).build().start().close();
    String readOnly = "jdbc:sqlite:file:" + file + "?mode=ro";
    assertThatThrownBy(() -> App.builder().database(readOnly).build())
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("'database.url': the database " + readOnly + " is read-only, writing fails: ")
        .hasMessageEndingWith("; make the file, its -wal and -shm files and its folder writable by the user running "
            + "the bot, or point database.url at a writable database")
        .extracting(e -> ((ConfigException) e).key()).isEqualTo("database.url");
  }

  @Test void theLauncherAddsTheLineOfTheKey(@TempDir Path dir) {
    ConfigLoader.Loaded loaded = new ConfigLoader().read("locale: en-US\ndatabase:\n  url: jdbc:sqlite:x.db?open_mode=1\n", "bot.yml");
    ConfigException e = new ConfigException("'database.url': the database is read-only", "database.url", (Throwable) null);
    assertThat(dev.mochi.core.LauncherAccess.located(e, loaded).getMessage())
        .isEqualTo("bot.yml line 3: 'database.url': the database is read-only");
  }
}
