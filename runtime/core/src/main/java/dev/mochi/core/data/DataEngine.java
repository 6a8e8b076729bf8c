package dev.mochi.core.data;

import dev.mochi.api.data.Database;
import dev.mochi.api.data.Model;
import dev.mochi.api.data.UserData;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data layer without the application around it: pools, schema, shared states, first-contact
 * resolution and the flusher. {@link DataService} adapts it to the kernel; tests and the crash child
 * process use it directly.
 */
final class DataEngine implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DataEngine.class);

  final Connections connections;
  final Schema schema;
  final EntityStore store;
  final Identities identities;
  final Flusher flusher;
  final Model model;
  final Database database;
  final Changes changes = new Changes();
  final RecordAccess records;

  DataEngine(DataSettings settings) {
    connections = new Connections(settings);
    try {
      WriteProbe.check(connections.writer, settings.url());
      schema = new Schema(new Migrator(connections.writer));
    } catch (RuntimeException e) {
      connections.close();
      throw e;
    }
    store = new EntityStore(schema, connections.reader, settings);
    flusher = new Flusher(connections.writer, schema, connections.counter, changes);
    identities = new Identities(schema, connections.reader, flusher, settings, changes);
    store.onInvalidate(table -> {
      if (table.equals(Schema.USER) || table.equals(Schema.BINDING)) identities.forget();
    });
    model = new ModelImpl(schema, store, null);
    database = new DatabaseImpl(connections.reader, connections.writer, schema, store, changes);
    records = new RecordAccessImpl(this);
  }

  /** The model as a plugin scope sees it: view classes it registers are released with the scope. */
  Model model(dev.mochi.core.scope.PluginScope scope) {
    return new ModelImpl(schema, store, scope);
  }

  SessionDataImpl open(Identity who) {
    return new SessionDataImpl(this, who);
  }

  /** A view of a platform account's user with every field of {@code view} (or the base fields) declared. */
  <T extends UserData> T user(String platform, String pid, Class<T> view) {
    SessionDataImpl s = open(new Identity(platform, pid, "", "", ""));
    if (view != UserData.class) {
      List<String> fields = new ArrayList<>(ViewFields.of(view).keySet());
      s.declareUserFields(fields);
      return s.user(view);
    }
    return view.cast(s.user());
  }

  /** The columns the database has for a table (declared or not). */
  java.util.Set<String> migratorColumns(String table) {
    return new Migrator(connections.writer).columns(table);
  }

  StatementCounter statements() {
    return connections.counter;
  }

  /** Writes every state's unflushed changes, stops the flusher and closes the pools. */
  @Override public void close() {
    List<EntityState> dirty = new ArrayList<>();
    for (EntityState s : store.all()) {
      s.lock.lock();
      try {
        if (s.isDirty()) dirty.add(s);
      } finally {
        s.lock.unlock();
      }
    }
    CompletableFuture<Void> last = flusher.flush(dirty);
    try {
      last.get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      LOG.error("Writing {} changed rows at shutdown failed", dirty.size(), e);
    }
    flusher.close();
    changes.close();
    identities.close();
    connections.close();
  }
}
