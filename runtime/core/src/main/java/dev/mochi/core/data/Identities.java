package dev.mochi.core.data;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.mochi.api.MochiException;
import dev.mochi.api.data.DataException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jooq.DSLContext;
import org.jooq.Field;

/**
 * First contact without races: a platform account resolves to an internal user id, and a channel row is
 * made, by inserts that cannot conflict ({@code ON CONFLICT DO NOTHING}) followed by a select — never
 * check-then-insert. In this process, concurrent first messages of one account wait for one resolution
 * (single flight through an async cache); across processes the unique keys decide and the loser re-selects.
 *
 * <p>The inserts go through the single writer ({@link Flusher#write}), so the first messages of many new accounts
 * arriving together share its commits with each other and with the sessions' updates, instead of one transaction
 * each waiting for the one connection.
 */
final class Identities implements AutoCloseable {
  private record Account(String platform, String pid) {}

  /** A resolved account: its user id, and whether this resolution made the user. */
  private record Resolved(long id, boolean made) {}

  private final Schema schema;
  private final DSLContext reader;
  private final Flusher writer;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final AsyncCache<Account, Long> bindings;
  private final Changes changes;

  Identities(Schema schema, DSLContext reader, Flusher writer, DataSettings settings, Changes changes) {
    this.changes = changes;
    this.schema = schema;
    this.reader = reader;
    this.writer = writer;
    this.bindings = Caffeine.newBuilder().maximumSize(settings.cacheSize()).expireAfterAccess(settings.cacheExpiry())
        .executor(executor).buildAsync();
  }

  /** The internal id of a platform account, creating the user and binding on first contact. */
  long userId(String platform, String pid, String name) {
    try {
      return bindings.get(new Account(platform, pid), (a, ex) -> CompletableFuture.supplyAsync(
          () -> resolve(a, name), ex)).join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof MochiException m) throw m;
      throw new DataException("Cannot resolve user " + platform + ":" + pid + ": " + e.getCause().getMessage(), e.getCause());
    }
  }

  private long resolve(Account a, String name) {
    TableDef binding = schema.table(Schema.BINDING);
    Field<Object> bid = Sql.field(binding.require("bid"));
    var where = Sql.key(binding, List.of(a.platform(), a.pid()));
    Object found = reader.select(bid).from(Sql.table(binding)).where(where).fetchOne(0);
    if (found != null) return ((Number) found).longValue();
    Resolved resolved = await(writer.write(tx -> {
      TableDef user = schema.table(Schema.USER);
      FieldDef id = user.require("id");
      Object created = tx.insertInto(Sql.table(user))
          .set(Sql.field(user.require("name")), (Object) (name == null ? "" : name))
          .set(Sql.field(user.require("createdAt")), (Object) (Instant.now().toEpochMilli()))
          .returning(Sql.field(id)).fetchOne(0);
      long newId = ((Number) created).longValue();
      int bound = tx.insertInto(Sql.table(binding))
          .set(Sql.field(binding.require("platform")), (Object) (a.platform()))
          .set(Sql.field(binding.require("pid")), (Object) (a.pid()))
          .set(bid, (Object) (newId))
          .onConflictDoNothing().execute();
      if (bound == 1) return new Resolved(newId, true);
      tx.deleteFrom(Sql.table(user)).where(Sql.field(id).eq((Object) newId)).execute();
      return new Resolved(((Number) tx.select(bid).from(Sql.table(binding)).where(where).fetchOne(0)).longValue(), false);
    }));
    if (resolved.made()) {
      created(Schema.USER, Map.of("id", resolved.id()));
      created(Schema.BINDING, Map.of("platform", a.platform(), "pid", a.pid()));
    }
    return resolved.id();
  }

  /**
   * Makes sure the channel row of a state exists (once per state; later calls cost nothing). The insert cannot
   * conflict, so two sessions of a new channel may both send it; the state's lock is not held while it is written.
   */
  void ensureChannel(EntityState s, String guildId) {
    s.lock.lock();
    try {
      if (s.exists) return;
    } finally {
      s.lock.unlock();
    }
    TableDef t = schema.table(Schema.CHANNEL);
    int inserted = await(writer.write(tx -> tx.insertInto(Sql.table(t))
        .set(Sql.field(t.require("platform")), (Object) (s.id().get(0)))
        .set(Sql.field(t.require("id")), (Object) (s.id().get(1)))
        .set(Sql.field(t.require("guildId")), (Object) (guildId == null ? "" : guildId))
        .onConflictDoNothing().execute()));
    s.lock.lock();
    try {
      s.exists = true;
    } finally {
      s.lock.unlock();
    }
    if (inserted == 1) created(Schema.CHANNEL, Map.of("platform", s.id().get(0), "id", s.id().get(1)));
  }

  /** The result of a write, or its own exception (not wrapped). */
  private static <T> T await(CompletableFuture<T> write) {
    try {
      return write.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw e;
    }
  }

  /** Announces a row made by first contact (its values are read by whoever listens). */
  private void created(String table, Map<String, Object> key) {
    if (changes.active()) changes.emit(new RowChange(RowChange.Kind.CREATED, table, key, schema.table(table).fields().keySet(), Map.of()));
  }

  /** Forgets resolved accounts (after a write to the user or binding table that bypassed the cache). */
  void forget() {
    bindings.synchronous().invalidateAll();
  }

  @Override public void close() {
    executor.close();
  }
}
