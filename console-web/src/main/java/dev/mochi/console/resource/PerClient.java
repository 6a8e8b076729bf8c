package dev.mochi.console.resource;

import dev.mochi.api.console.Client;

/**
 * An event payload that differs per connection: the console asks it, for each connection a publisher chose, what that
 * connection receives, and sends nothing to a connection it answers {@code null} for. Resource events are such
 * payloads (each connection gets the record as it could {@code get} it, or nothing), so no publisher can widen what a
 * connection sees.
 */
public interface PerClient {
  /** What {@code client} receives; {@code null} for nothing. Equal answers should be the same object (one frame each). */
  Object forClient(Client client);
}
