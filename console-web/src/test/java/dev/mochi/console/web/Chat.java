package dev.mochi.console.web;

import dev.mochi.api.sandbox.Sandbox;
import dev.mochi.api.sandbox.SandboxUser;
import dev.mochi.api.sandbox.VirtualUser;
import java.util.concurrent.TimeUnit;

/** Messages sent to the running bot from Java, as a chat user of the sandbox platform (not through the page). */
final class Chat {
  private Chat() {}

  /** Sends {@code text} as {@code user} (authority 1, private chat) and waits until the bot has handled it. */
  static void say(ConsoleApp app, String user, String text) {
    Sandbox sandbox = app.app().root().get(Sandbox.class).orElseThrow();
    SandboxUser who = sandbox.join(VirtualUser.direct(user), reply -> {});
    try {
      who.send(text).toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError("sending '" + text + "' as " + user + " failed", e);
    } finally {
      who.dispose();
    }
  }
}
