package dev.mochi.console;

import dev.mochi.api.Context;
import dev.mochi.api.Session;
import dev.mochi.api.console.Args;
import dev.mochi.api.console.Client;
import dev.mochi.api.console.ConsoleException;
import dev.mochi.api.console.ConsoleUser;
import dev.mochi.api.console.ErrorCode;
import dev.mochi.api.data.Filter;
import dev.mochi.api.data.UserData;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The login actions ({@code auth}, {@code login.password}, {@code login.code.start}, {@code setup}, {@code logout},
 * {@code tokens.list}, {@code tokens.revoke}, {@code password.change}, {@code locale.set}, {@code bind.code.start}),
 * the {@code user} data service, and the chat middleware that spends the codes said in chat.
 */
final class AuthActions {
  static final Duration CODE_LIFETIME = Duration.ofMinutes(10);
  private static final Pattern CODE = Pattern.compile("\\d{6}");

  private final ConsoleServer server;
  private final Sessions sessions;
  private final LoginLimiter limiter = new LoginLimiter(10, 5, Duration.ofMinutes(15), 10_000);
  private final ChatCodes codes = new ChatCodes(CODE_LIFETIME, 10_000);

  AuthActions(ConsoleServer server) {
    this.server = server;
    this.sessions = server.sessions();
  }

  void register(Context ctx) {
    ConsoleService console = server.console();
    console.data("user", c -> c.user().orElse(null), 0);
    console.addListener("auth", (c, args) -> Map.of("user", sessions.authenticate(conn(c), args.get("token", String.class))));
    console.addListener("login.password", this::password);
    console.addListener("login.code.start", (c, args) -> {
      ChatCodes.Pending p = codes.start(conn(c), ChatCodes.Purpose.LOGIN);
      return Map.of("code", p.code(), "expiresAt", p.expiresAt());
    });
    console.addListener("bind.code.start", (c, args) -> {
      ChatCodes.Pending p = codes.start(conn(c), ChatCodes.Purpose.BIND);
      return Map.of("code", p.code(), "expiresAt", p.expiresAt());
    }, 1);
    console.addListener("setup", this::setup);
    console.addListener("logout", (c, args) -> {
      sessions.logout(conn(c));
      return Map.of();
    });
    console.addListener("tokens.list", (c, args) -> {
      ConsoleUser u = required(c);
      long current = conn(c).identity().tokenId();
      return sessions.tokens().list(u.id()).stream().map(t -> {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("createdAt", t.createdAt());
        m.put("lastUsedAt", t.lastUsedAt());
        m.put("expiresAt", t.expiresAt());
        m.put("current", t.id() == current);
        return m;
      }).toList();
    });
    console.addListener("tokens.revoke", (c, args) -> {
      ConsoleUser u = required(c);
      long id = args.get("id", Long.class);
      sessions.tokens().revoke(u.id(), id);
      sessions.ended(id, "revoked");
      return Map.of();
    });
    console.addListener("password.change", (c, args) -> {
      ConsoleUser u = required(c);
      sessions.accounts().changePassword(u.id(), args.get("old", String.class), args.get("new", String.class));
      sessions.tokens().revokeAll(u.id());
      sessions.endedAll(u.id(), "password changed", conn(c));
      return sessions.login(conn(c), sessions.accounts().user(u.id()).orElseThrow());
    });
    console.addListener("locale.set", (c, args) -> {
      String locale = args.get("locale", String.class);
      if (!List.of("en-US", "zh-CN").contains(locale)) {
        throw new ConsoleException(ErrorCode.REQUEST_INVALID, "The console speaks en-US and zh-CN, not '" + locale + "'");
      }
      conn(c).locale(locale);
      c.user().ifPresent(u -> {
        sessions.accounts().locale(u.id(), locale);
        sessions.refreshUser(u.id());
      });
      return Map.of("locale", locale);
    });
    ctx.middleware(this::chatCode, true);
  }

  /** Forgets a closed connection's pending code. */
  void closed(Connection c) {
    codes.forget(c);
  }

  private Object password(Client c, Args args) {
    String name = args.get("name", String.class);
    String password = args.get("password", String.class);
    limiter.check(c.address(), name);
    Optional<ConsoleUser> user = password.length() > 200 ? Optional.empty() : sessions.accounts().verify(name, password);
    if (user.isEmpty()) {
      limiter.failed(c.address(), name);
      throw new ConsoleException(ErrorCode.NOT_AUTHENTICATED, "Wrong name or password");
    }
    limiter.succeeded(name);
    return sessions.login(conn(c), user.get());
  }

  private Object setup(Client c, Args args) {
    limiter.check(c.address(), null);
    ConsoleUser owner;
    try {
      owner = sessions.accounts().setup(args.get("secret", String.class), args.get("name", String.class),
          args.get("password", String.class));
    } catch (ConsoleException e) {
      if (e.code() == ErrorCode.TOKEN_INVALID) limiter.failed(c.address(), null);
      throw e;
    }
    server.log().info("Console: the owner '{}' is set up; the setup link is spent", owner.name());
    return sessions.login(conn(c), owner);
  }

  /**
   * A message that is exactly a pending code: a login code logs its connection in as the sender; a bind code binds the
   * sender's chat account to the connection's user.
   */
  private Object chatCode(Session session, dev.mochi.api.Next next) throws Exception {
    String text = session.content().strip();
    if (!CODE.matcher(text).matches()) return next.proceed();
    Optional<ChatCodes.Pending> pending = codes.spend(text);
    if (pending.isEmpty()) return next.proceed();
    Connection c = pending.get().connection();
    if (!c.open()) return session.text("console.code.closed");
    if (pending.get().purpose() == ChatCodes.Purpose.BIND) return bind(session, c);
    UserData chat = session.user();
    ConsoleUser user = sessions.accounts().user(chat.id()).orElseThrow();
    Map<String, Object> login = sessions.login(c, user);
    c.event("login", login);
    server.log().info("Console: {} logged in from chat ({}:{})", user.name(), session.platform(), session.userId());
    return session.text("console.code.done", user.name());
  }

  /**
   * Binds the sender's chat account to the user of {@code c} (who asked for the code while logged in): the account's
   * binding row points at that user from now on, so its next message is theirs; the user the account had until now
   * keeps its data and its other accounts.
   */
  private Object bind(Session session, Connection c) {
    Optional<ConsoleUser> target = c.user();
    if (target.isEmpty()) return session.text("console.code.closed");
    ConsoleUser user = target.get();
    if (session.user().id() != user.id()) {
      int moved = server.context().database().set("binding", Filter.and(Filter.eq("platform", session.platform()),
          Filter.eq("pid", session.userId())), Map.of("bid", user.id()));
      if (moved != 1) throw new IllegalStateException("no binding row for " + session.platform() + ":" + session.userId());
    }
    c.event("bound", Map.of("platform", session.platform(), "id", session.userId()));
    server.log().info("Console: {}:{} is bound to the console account {}", session.platform(), session.userId(), user.name());
    return session.text("console.bind.done", user.name());
  }

  private static Connection conn(Client c) {
    return (Connection) c;
  }

  private static ConsoleUser required(Client c) {
    return c.user().orElseThrow(() -> new ConsoleException(ErrorCode.NOT_AUTHENTICATED, "Log in first"));
  }
}
