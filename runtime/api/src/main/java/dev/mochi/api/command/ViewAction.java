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
   * Runs the command with the typed view.
   *
   * @return the reply, as {@link CommandAction#run} returns it
   * @throws Exception anything, handled as {@link CommandAction#run} handles it
   */
  Object run(Argv argv, Session session, V view) throws Exception;
}
