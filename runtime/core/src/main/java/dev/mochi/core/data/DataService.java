package dev.mochi.core.data;

import dev.mochi.api.data.Database;
import dev.mochi.api.data.Model;
import dev.mochi.api.data.UserData;
import dev.mochi.core.App;
import dev.mochi.core.config.DatabaseConfig;
import dev.mochi.core.scope.Scope;
import dev.mochi.core.session.SessionData;
import dev.mochi.core.session.SessionImpl;
import java.util.List;

/**
 * The data layer as the kernel sees it: the model and database of a scope, the data side of each session,
 * and shutdown. The database is opened when the app is built (the configured URL; SQLite by default).
 */
public final class DataService implements AutoCloseable {
  private final DataEngine engine;

  public DataService(App app) {
    DatabaseConfig db = app.config().database();
    engine = new DataEngine(new DataSettings(db.url(), db.user(), db.password(), db.poolSize(), 0, null, db.durability()));
  }

  /** Table definitions for a plugin (tables outlive the plugin: unloading never drops data). */
  public Model model(Scope scope) {
    return engine.model(scope);
  }

  /** Queries and writes for a plugin. */
  public Database database(Scope scope) {
    return engine.database;
  }

  /** Cheap: no database work until the session asks for data. */
  public SessionData open(SessionImpl session) {
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
