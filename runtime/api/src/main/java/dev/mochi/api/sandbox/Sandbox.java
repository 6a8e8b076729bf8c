package dev.mochi.api.sandbox;

import dev.mochi.api.message.Message;
import java.util.List;
import java.util.function.Consumer;

/**
 * Talk to the bot without a chat platform (a service, provided by the sandbox adapter: reach it with
 * {@code ctx.get(Sandbox.class)}). Its bot is platform {@value #PLATFORM}, self id {@value #SELF_ID}. The console's
 * sandbox page and {@code ./mochi chat} both speak through it.
 *
 * <pre>{@code
 * SandboxUser alice = sandbox.join(VirtualUser.direct("alice").withAuthority(4), reply -> show(reply));
 * alice.send("help");                      // the help text reaches show(...)
 * ctx.onDispose(alice::dispose);
 * }</pre>
 */
public interface Sandbox {

  /** The sandbox bot's platform name. */
  String PLATFORM = "sandbox";

  /** The sandbox bot's self id. */
  String SELF_ID = "mochi";

  /**
   * Lets a virtual user join: sets their authority when one is given, and from now on hands {@code replies} every
   * message the bot sends into their chat (a guild channel's messages reach every user who joined it), in order,
   * on the sending session's thread.
   *
   * @param replies receives each message; it must be quick and must not throw (a failure is logged and the message
   *     still counts as delivered)
   */
  SandboxUser join(VirtualUser user, Consumer<Message> replies);

  /** The virtual users who joined and have not left, in joining order. */
  List<VirtualUser> users();
}
