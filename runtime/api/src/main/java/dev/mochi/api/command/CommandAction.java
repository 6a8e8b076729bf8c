package dev.mochi.api.command;

import dev.mochi.api.Session;

/**
 * A command's action. The result is the reply: a {@code String}, a {@link dev.mochi.api.message.Message},
 * {@code null} for none, or a {@link java.util.concurrent.CompletionStage} of those. Actions run on
 * virtual threads and may block.
 */
@FunctionalInterface
public interface CommandAction {
  Object run(Argv argv, Session session) throws Exception;
}
