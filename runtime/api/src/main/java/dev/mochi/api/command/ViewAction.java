package dev.mochi.api.command;

import dev.mochi.api.Session;
import dev.mochi.api.data.Observed;

/**
 * A command action that receives the typed view of the session's user or channel, for
 * {@link Command#action(Class, ViewAction)}. The result is the reply, as for {@link CommandAction}.
 *
 * @param <V> the view: an interface extending {@link dev.mochi.api.data.UserData} or
 *     {@link dev.mochi.api.data.ChannelData}
 */
@FunctionalInterface
public interface ViewAction<V extends Observed> {
  /**
   * Runs the action.
   *
   * @param view the session's user (or channel) seen through the view; its writes are saved when the session ends
   * @return the reply: a {@code String}, a {@link dev.mochi.api.message.Message}, {@code null} for none, or a
   *     {@link java.util.concurrent.CompletionStage} of those
   */
  Object run(Argv argv, Session session, V view) throws Exception;
}
