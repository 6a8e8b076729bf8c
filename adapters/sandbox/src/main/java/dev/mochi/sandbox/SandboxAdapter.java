package dev.mochi.sandbox;

import dev.mochi.api.Context;
import dev.mochi.api.Events;
import dev.mochi.api.Plugin;
import dev.mochi.api.adapter.BotHandle;
import dev.mochi.api.adapter.BotStatus;
import dev.mochi.api.sandbox.Sandbox;
import dev.mochi.api.sandbox.SandboxUser;
import dev.mochi.api.sandbox.VirtualUser;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Objects;
import java.util.function.IntConsumer;
import org.pf4j.Extension;
import org.slf4j.Logger;

/**
 * The sandbox adapter: one bot (platform {@code sandbox}, self id {@code mochi}) to talk to without any
 * chat platform. With {@code terminal: true} (what {@code ./mochi chat} sets) it reads standard input
 * one message per line once the app is ready, prints every reply on standard output, one line per
 * line of text, and ends the process when input ends and every message has been handled. It provides the
 * {@link Sandbox} service (virtual users for the console's chat page), and the terminal is one of its users.
 *
 * <pre>{@code
 * plugins:
 *   sandbox:
 *     terminal: false   # ./mochi chat turns it on
 *     user: alice       # who the terminal speaks as
 *     channel:          # a guild channel id; empty means a private chat
 * }</pre>
 */
@Extension
public final class SandboxAdapter implements Plugin<SandboxAdapter.Config> {

  /**
   * The sandbox's configuration ({@code plugins.sandbox} in {@code bot.yml}).
   *
   * @param terminal whether to chat over standard input and output
   * @param user the user id the terminal speaks as ({@code alice} when absent)
   * @param channel a guild channel id (also used as the guild id); empty or absent for a private chat
   * @param maxLength the sandbox platform's limit: the most characters in one message the bot sends
   *     ({@value #DEFAULT_MAX_LENGTH} when absent); a longer one is sent as several, cut by {@link dev.mochi.api.message.TextSplitter}
   */
  public record Config(boolean terminal, String user, String channel, Integer maxLength) {
    /** The sandbox's message limit when {@code max-length} is absent. */
    public static final int DEFAULT_MAX_LENGTH = 2000;

    public Config {
      user = user == null || user.isBlank() ? "alice" : user.strip();
      channel = channel == null ? "" : channel.strip();
      if (maxLength == null) maxLength = DEFAULT_MAX_LENGTH;
      if (maxLength < 2) {
        throw new IllegalArgumentException("max-length must be at least 2 (characters in one message), not " + maxLength);
      }
    }

    /** Not terminal, user {@code alice}, private chat, the default limit. */
    public static Config defaults() {
      return new Config(false, null, null, null);
    }
  }

  private final InputStream in;
  private final PrintStream out;
  private final IntConsumer exit;

  /** The adapter on the process's standard input and output. */
  public SandboxAdapter() {
    this(System.in, System.out, System::exit);
  }

  /** An adapter on other streams, ending with {@code exit} instead of the process (for tests). */
  SandboxAdapter(InputStream in, PrintStream out, IntConsumer exit) {
    this.in = Objects.requireNonNull(in, "in");
    this.out = Objects.requireNonNull(out, "out");
    this.exit = Objects.requireNonNull(exit, "exit");
  }

  @Override public String name() { return "sandbox"; }

  @Override public Class<Config> configType() { return Config.class; }

  @Override public void apply(Context ctx, Config config) {
    Config settings = config == null ? Config.defaults() : config;
    Logger log = ctx.logger();
    Outbox logged = (channel, message) -> log.info("sandbox -> {}: {}", channel, TerminalText.render(message));
    SandboxService[] service = {null};
    SandboxBot bot = new SandboxBot((channel, message) -> service[0].deliver(channel, message), settings.maxLength());
    service[0] = new SandboxService(ctx, bot, logged);
    BotHandle handle = ctx.bot(bot);
    bot.status(BotStatus.ONLINE);
    handle.status(BotStatus.ONLINE);
    ctx.onDispose(() -> bot.status(BotStatus.OFFLINE));
    ctx.provide(Sandbox.class, service[0]);
    if (settings.terminal()) {
      TerminalOutbox terminal = new TerminalOutbox(out);
      VirtualUser user = settings.channel().isEmpty()
          ? VirtualUser.direct(settings.user())
          : VirtualUser.inChannel(settings.user(), settings.channel());
      SandboxUser speaker = service[0].join(user, message -> terminal.deliver(speakerChannel(user), message));
      ctx.onDispose(speaker::dispose);
      TerminalChat chat = new TerminalChat(speaker::send, log);
      ctx.once(Events.READY, ready -> start(chat, terminal, log));
    }
  }

  private static String speakerChannel(VirtualUser user) {
    return user.channel().orElse("private:" + user.id());
  }

  /**
   * Runs the chat on its own thread, started once the app is ready. It is not a daemon: in chat mode it is
   * what keeps the process alive, and it ends the process itself ({@code exit}) with the chat's exit code.
   * A signal still ends the process at any time; the launcher's shutdown hook closes the app.
   */
  private void start(TerminalChat chat, TerminalOutbox terminal, Logger log) {
    Thread.ofPlatform().daemon(false).name("mochi-sandbox-terminal").start(() -> {
      int code = TerminalChat.FAILED;
      try {
        code = chat.run(in);
      } catch (InterruptedException e) {
        log.warn("Sandbox terminal: interrupted while waiting for the last replies");
        Thread.currentThread().interrupt();
      } finally {
        terminal.flush();
        exit.accept(code);
      }
    });
  }
}
