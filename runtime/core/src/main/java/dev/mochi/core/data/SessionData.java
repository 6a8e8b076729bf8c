package dev.mochi.core.data;

import dev.mochi.api.data.ChannelData;
import dev.mochi.api.data.UserData;
import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The data side of one session, made by the data layer for each session: the observed user and
 * channel, and the flush at the end. The kernel declares fields before the chain runs and calls
 * {@link #flush()} before a reply is sent and when the session ends.
 */
public interface SessionData {

  /** Adds user fields to load (before the chain runs, and by {@code observeUser}). */
  void declareUserFields(Collection<String> fields);

  void declareChannelFields(Collection<String> fields);

  UserData user();

  <T extends UserData> T user(Class<T> view);

  ChannelData channel();

  <T extends ChannelData> T channel(Class<T> view);

  UserData observeUser(String... fields);

  ChannelData observeChannel(String... fields);

  Optional<UserData> getUser(long id, String... fields);

  Optional<ChannelData> getChannel(String channelId, String... fields);

  /** Whether any state this session touched has unflushed changes. */
  boolean hasPendingWrites();

  /**
   * Hands every dirty state this session touched to the flusher; completes when the writes are durable
   * (immediately, with no database call, when nothing is dirty).
   */
  CompletableFuture<Void> flush();
}
