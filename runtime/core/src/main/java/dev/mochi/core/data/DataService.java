package dev.mochi.core.data;

import dev.mochi.api.data.Database;
import dev.mochi.api.data.Model;
import dev.mochi.api.data.UserData;
import dev.mochi.api.Session;
import dev.mochi.core.config.DatabaseConfig;
import dev.mochi.core.scope.PluginScope;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * The data layer as the kernel sees it: the model and database of a scope, the data side of each session,
 * and shutdown. The database is opened when the app is built (the configured URL; SQLite by default).
 */
public final class DataService implements AutoCloseable {
  private final DataEngine engine;

  public DataService(DatabaseConfig db) {
    engine = new DataEngine(new DataSettings(db.url(), db.user(), db.password(), db.poolSize(), 0, null, db.durability()));
  }

  /** Table definitions for a plugin (tables outlive the plugin: unloading never drops data). */
  public Model model(PluginScope scope) {
    return engine.model(scope);
  }

  /** Queries and writes for a plugin. */
  public Database database(PluginScope scope) {
    return engine.database;
  }

  /** Cheap: no database work until the session asks for data. */
  public SessionData open(Session session) {
    return engine.open(new Identity(session.platform(), session.userId(), session.author(), session.channelId(),
        session.guildId().orElse("")));
  }

  /**
   * A platform account's user as a typed view with every field of {@code view} loaded — for tests and tools.
   * Setters buffer as in a session; call {@code flush()} on the view to write them.
   */
  public <T extends UserData> T user(String platform, String pid, Class<T> view) {
    return engine.user(platform, pid, view);
  }

  /**
   * Tells the writer how many sessions are running, so that under load it commits theirs together instead of
   * one part of them at a time (the kernel passes its dispatcher's count).
   */
  public void sessionsRunning(IntSupplier running) {
    engine.flusher.sessionsRunning(running);
  }

  /**
   * Tells the writer how many sessions are accepted and not finished (running or waiting to run), so that a session
   * alone commits its own changes instead of handing them to the writer thread (the kernel passes its dispatcher's
   * count).
   */
  public void sessionsAccepted(IntSupplier accepted) {
    engine.flusher.sessionsAccepted(accepted);
  }

  /** The data layer as the resource engine needs it. */
  public RecordAccess records() {
    return engine.records;
  }

  /** The statements sent to the database so far, by kind. */
  public StatementCounter statements() {
    return engine.statements();
  }

  /** The field names of a typed view (an interface of getters or a record), in a stable order. */
  public static List<String> fieldNames(Class<?> view) {
    return List.copyOf(ViewFields.of(view).keySet());
  }

  /** Flushes everything and closes the pool. */
  @Override public void close() {
    engine.close();
  }
}
