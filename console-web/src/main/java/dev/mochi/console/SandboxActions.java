package dev.mochi.console;

import dev.mochi.api.Context;
import dev.mochi.api.console.Console;
import dev.mochi.api.console.ConsoleEvent;
import dev.mochi.api.console.ConsoleException;
import dev.mochi.api.console.DataService;
import dev.mochi.api.console.ErrorCode;
import dev.mochi.api.sandbox.Sandbox;
import dev.mochi.api.sandbox.SandboxUser;
import dev.mochi.api.sandbox.VirtualUser;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sandbox page's server side (authority 4): virtual users join ({@code sandbox.join}), send through the real
 * pipeline ({@code sandbox.send}) and leave ({@code sandbox.leave}); the bot's replies are pushed as event
 * {@code sandbox.reply} {@code {id, text, at}} to connections of authority 4; the {@code sandbox} data service lists
 * who joined.
 */
final class SandboxActions {
  private final ConsoleServer server;

  SandboxActions(ConsoleServer server) {
    this.server = server;
  }

  void register(Context ctx) {
    ctx.inject(Sandbox.class, (sub, sandbox) -> {
      Console console = server.console().forScope(sub);
      Map<String, SandboxUser> joined = new ConcurrentHashMap<>();
      sub.onDispose(() -> joined.values().forEach(SandboxUser::dispose));
      DataService<?> list = console.data("sandbox", () -> joined.values().stream().map(u -> Map.of(
          "id", u.user().id(), "name", u.user().name(), "authority", u.user().authority().orElse(-1),
          "channel", u.user().channel().orElse(""))).toList(), Builtins.ADMIN);
      console.addListener("sandbox.join", (c, a) -> {
        String id = a.get("id", String.class);
        String name = a.optional("name", String.class).orElse(id);
        Optional<Integer> authority = a.optional("authority", Integer.class);
        Optional<String> channel = a.optional("channel", Map.class).map(m -> String.valueOf(m.get("channelId")))
            .or(() -> a.optional("channelId", String.class));
        VirtualUser user;
        try {
          user = new VirtualUser(id, name, authority, channel);
        } catch (IllegalArgumentException e) {
          throw new ConsoleException(ErrorCode.REQUEST_INVALID, e.getMessage());
        }
        SandboxUser old = joined.remove(id);
        if (old != null) old.dispose();
        joined.put(id, sandbox.join(user, reply -> {
          Map<String, Object> data = new LinkedHashMap<>();
          data.put("id", id);
          data.put("text", reply.toString());
          data.put("at", Instant.now());
          console.emit(new ConsoleEvent("", "sandbox.reply", data, Builtins.ADMIN));
        }));
        list.refresh();
        return Map.of("id", id);
      }, Builtins.ADMIN);
      console.addListener("sandbox.send", (c, a) -> {
        String id = a.get("id", String.class);
        SandboxUser u = joined.get(id);
        if (u == null) throw new ConsoleException(ErrorCode.NOT_FOUND, "No virtual user '" + id + "' joined; send sandbox.join first");
        // Answered when the bot has taken the message; its replies arrive as pushes. Waiting here for the session to
        // finish held the socket's one request at a time, and the browser's send was never answered (11f338b).
        u.send(a.get("text", String.class));
        return Map.of();
      }, Builtins.ADMIN);
      console.addListener("sandbox.leave", (c, a) -> {
        SandboxUser u = joined.remove(a.get("id", String.class));
        if (u != null) u.dispose();
        list.refresh();
        return Map.of();
      }, Builtins.ADMIN);
    });
  }
}
