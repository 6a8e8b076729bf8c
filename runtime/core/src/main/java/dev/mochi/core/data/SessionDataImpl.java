package dev.mochi.core.data;

import dev.mochi.api.data.ChannelData;
import dev.mochi.api.data.UserData;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The data side of one session. Opening it costs nothing; the user and channel are resolved and their
 * declared fields loaded on first use, and a warm cache answers without the database.
 */
final class SessionDataImpl implements SessionData {
  static final List<String> USER_BASE = List.of("id", "name", "authority");
  static final List<String> CHANNEL_BASE = List.of("platform", "id", "guildId", "assignee");
  private static final String USER_HINT = ".userFields(\"%s\") to the command, or add \"%s\" in a Hooks.ATTACH_USER hook for middleware";
  private static final String CHANNEL_HINT =
      ".channelFields(\"%s\") to the command, or add \"%s\" in a Hooks.ATTACH_CHANNEL hook for middleware";

  private final DataEngine engine;
  private final Identity who;
  private final Set<String> userFields = ConcurrentHashMap.newKeySet();
  private final Set<String> channelFields = ConcurrentHashMap.newKeySet();
  private final List<EntityState> touched = new CopyOnWriteArrayList<>();
  private volatile UserView user;
  private volatile ChannelView channel;

  SessionDataImpl(DataEngine engine, Identity who) {
    this.engine = engine;
    this.who = who;
    userFields.addAll(USER_BASE);
    channelFields.addAll(CHANNEL_BASE);
  }

  @Override public void declareUserFields(Collection<String> fields) {
    userFields.addAll(fields);
    if (user != null) engine.store.load(user.state, userFields);
  }

  @Override public void declareChannelFields(Collection<String> fields) {
    channelFields.addAll(fields);
    if (channel != null) engine.store.load(channel.state, channelFields);
  }

  @Override public UserData user() {
    UserView u = user;
    if (u == null) {
      synchronized (this) {
        if (user == null) {
          long id = engine.identities.userId(who.platform(), who.userId(), who.name());
          EntityState s = engine.store.state(new EntityStore.Key(Schema.USER, List.of(id)));
          touch(s);
          user = new UserView(engine, s, userFields, USER_HINT);
        }
        u = user;
      }
    }
    if (!engine.store.load(u.state, userFields)) throw EntityStore.missingRow(u.state.key);
    return u;
  }

  @Override public <T extends UserData> T user(Class<T> view) {
    return TypedViews.of(view, (UserView) user());
  }

  @Override public ChannelData channel() {
    ChannelView c = channel;
    if (c == null) {
      synchronized (this) {
        if (channel == null) {
          EntityState s = engine.store.state(new EntityStore.Key(Schema.CHANNEL, List.of(who.platform(), who.channelId())));
          engine.identities.ensureChannel(s, who.guildId());
          touch(s);
          channel = new ChannelView(engine, s, channelFields, CHANNEL_HINT);
        }
        c = channel;
      }
    }
    engine.identities.ensureChannel(c.state, who.guildId());
    if (!engine.store.load(c.state, channelFields)) throw EntityStore.missingRow(c.state.key);
    return c;
  }

  @Override public <T extends ChannelData> T channel(Class<T> view) {
    return TypedViews.of(view, (ChannelView) channel());
  }

  @Override public UserData observeUser(String... fields) {
    declareUserFields(List.of(fields));
    return user();
  }

  @Override public ChannelData observeChannel(String... fields) {
    declareChannelFields(List.of(fields));
    return channel();
  }

  @Override public Optional<UserData> getUser(long id, String... fields) {
    Set<String> declared = ConcurrentHashMap.newKeySet();
    declared.addAll(USER_BASE);
    declared.addAll(List.of(fields));
    EntityState s = engine.store.state(new EntityStore.Key(Schema.USER, List.of(id)));
    if (!engine.store.load(s, declared)) return Optional.empty();
    touch(s);
    return Optional.of(new UserView(engine, s, declared, "\"%s\" to session.getUser(id, ...)"));
  }

  @Override public Optional<ChannelData> getChannel(String channelId, String... fields) {
    Set<String> declared = ConcurrentHashMap.newKeySet();
    declared.addAll(CHANNEL_BASE);
    declared.addAll(List.of(fields));
    EntityState s = engine.store.state(new EntityStore.Key(Schema.CHANNEL, List.of(who.platform(), channelId)));
    if (!engine.store.load(s, declared)) return Optional.empty();
    touch(s);
    return Optional.of(new ChannelView(engine, s, declared, "\"%s\" to session.getChannel(id, ...)"));
  }

  private void touch(EntityState s) {
    if (!touched.contains(s)) touched.add(s);
  }

  @Override public boolean hasPendingWrites() {
    for (EntityState s : touched) {
      s.lock.lock();
      try {
        if (s.pending()) return true;
      } finally {
        s.lock.unlock();
      }
    }
    return false;
  }

  @Override public CompletableFuture<Void> flush() {
    if (touched.isEmpty()) return CompletableFuture.completedFuture(null);
    return engine.flusher.flush(new ArrayList<>(touched));
  }
}
