package dev.mochi.sandbox;

import dev.mochi.api.Context;
import dev.mochi.api.MochiException;
import dev.mochi.api.adapter.Bot;
import dev.mochi.api.adapter.Inbound;
import dev.mochi.api.adapter.Interaction;
import dev.mochi.api.command.Invocation;
import dev.mochi.api.data.UserData;
import dev.mochi.api.data.Users;
import dev.mochi.api.message.Message;
import dev.mochi.api.sandbox.Sandbox;
import dev.mochi.api.sandbox.SandboxUser;
import dev.mochi.api.sandbox.VirtualUser;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;

/**
 * The {@link Sandbox} service and the sandbox bot's {@link Outbox}: a message the bot sends into a chat goes to every
 * virtual user who joined that chat ({@code private:<id>} or a guild channel), in the order the bot sent it, on the
 * sending session's thread; a chat nobody joined gets the fallback (the log). What a virtual user sends is handed to
 * the runtime exactly as an adapter hands a platform's message ({@code ctx.dispatch}), so it runs the whole pipeline.
 * The terminal of {@code ./mochi chat} is one such user.
 */
final class SandboxService implements Sandbox, Outbox {
  private final Context ctx;
  private final Bot bot;
  private final Outbox fallback;
  private final Logger log;
  private final List<Joined> joined = new CopyOnWriteArrayList<>();
  private final AtomicLong ids = new AtomicLong();

  /** @param fallback where messages to a chat nobody joined go */
  SandboxService(Context ctx, Bot bot, Outbox fallback) {
    this.ctx = ctx;
    this.bot = bot;
    this.fallback = fallback;
    this.log = ctx.logger();
  }

  @Override public SandboxUser join(VirtualUser user, Consumer<Message> replies) {
    user.authority().ifPresent(a -> authorize(user, a));
    Joined j = new Joined(user, replies);
    joined.add(j);
    return j;
  }

  private void authorize(VirtualUser user, int authority) {
    Users users = ctx.get(Users.class).orElseThrow(() -> new MochiException(
        "Sandbox: cannot give " + user.id() + " authority " + authority + ": the Users service is not there"));
    UserData data = users.user(PLATFORM, user.id());
    data.set("authority", authority);
    data.flush();
  }

  @Override public List<VirtualUser> users() { return joined.stream().map(Joined::user).toList(); }

  @Override public void deliver(String channelId, Message message) {
    boolean any = false;
    for (Joined j : joined) {
      if (!j.channelId().equals(channelId)) continue;
      any = true;
      try {
        j.replies.accept(message);
      } catch (RuntimeException e) {
        log.warn("Sandbox: the listener of {} failed on a message to {}: {}", j.user.id(), channelId, e.toString());
      }
    }
    if (!any) fallback.deliver(channelId, message);
  }

  /** One virtual user in the sandbox. */
  private final class Joined implements SandboxUser {
    final VirtualUser user;
    final Consumer<Message> replies;
    private final String channelId;
    private final AtomicBoolean left = new AtomicBoolean();

    Joined(VirtualUser user, Consumer<Message> replies) {
      this.user = user;
      this.replies = replies;
      this.channelId = user.channel().orElse("private:" + user.id());
    }

    @Override public VirtualUser user() { return user; }

    @Override public String channelId() { return channelId; }

    @Override public CompletionStage<Void> send(String content) {
      if (left.get()) return gone();
      String id = "sandbox-" + ids.incrementAndGet();
      Optional<String> guild = user.channel();
      return ctx.dispatch(bot, new Inbound(user.id(), channelId, guild, id, content, Instant.now(), user.name()));
    }

    @Override public CompletionStage<Void> interact(Invocation invocation) {
      if (left.get()) return gone();
      String id = "sandbox-" + ids.incrementAndGet();
      Interaction.Responder responder = message -> {
        deliver(channelId, message);
        return CompletableFuture.completedFuture(List.of(id + "-reply"));
      };
      return ctx.dispatch(bot, new Interaction(user.id(), channelId, user.channel(), id, invocation, Instant.now(),
          user.name(), Optional.empty(), responder));
    }

    private CompletionStage<Void> gone() {
      return CompletableFuture.failedFuture(new MochiException("Sandbox user " + user.id() + " has left; join again"));
    }

    @Override public void dispose() {
      if (left.compareAndSet(false, true)) joined.remove(this);
    }
  }
}
