package dev.mochi.api.console;

/**
 * Chooses who receives an event (Feathers' publisher): return a channel (several combined with
 * {@link Console#channel(Channel...)}), or {@code null} or an empty channel to publish nothing.
 */
@FunctionalInterface
public interface Publisher {

  /** The channel that receives {@code data}, the payload of {@code event}; {@code null} for none. */
  Channel publish(Object data, ConsoleEvent event);
}
