package dev.mochi.api.command;

import dev.mochi.api.Session;

/**
 * A command's action. The result is the reply: a {@code String}, a {@link dev.mochi.api.message.Message},
 * {@code null} for none, or a {@link java.util.concurrent.CompletionStage} of those. Actions run on
 * virtual threads and may block.
 */
@FunctionalInterface
public interface CommandAction {
  /**
   * Runs the command.
   *
   * @return the reply: a {@code String} (markup), a {@code Message}, a {@code CompletionStage} of either, or
   *     {@code null} for none
   * @throws Exception anything: it is logged with the plugin's name, {@code Events.COMMAND_ERROR} is emitted and the
   *     user gets the localized error reply (a {@link CommandException} or {@code SessionError} is replied as it says)
   */
  Object run(Argv argv, Session session) throws Exception;
}
