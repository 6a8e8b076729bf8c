package dev.mochi.api.sandbox;

import dev.mochi.api.Disposable;
import dev.mochi.api.command.Invocation;
import java.util.concurrent.CompletionStage;

/**
 * A virtual user who joined the sandbox: what they send runs through the whole pipeline (middleware, commands, data,
 * flush) like a message from a chat platform, and what the bot sends into their chat reaches the listener given to
 * {@link Sandbox#join}. Dispose it to leave.
 */
public interface SandboxUser extends Disposable {

  /** Who this is. */
  VirtualUser user();

  /** The chat they speak in: the guild channel, or {@code private:<id>}. */
  String channelId();

  /**
   * Sends a message (its text form) as this user.
   *
   * @return completes when its session has finished (writes durable, replies delivered); fails when the bot
   *     refused it (shutting down) or the user has left
   */
  CompletionStage<Void> send(String content);

  /**
   * Runs a command as a platform interaction (a slash command) from this user; its replies reach the listener too.
   *
   * @return completes when its session has finished; fails as {@link #send(String)} does
   */
  CompletionStage<Void> interact(Invocation invocation);
}
