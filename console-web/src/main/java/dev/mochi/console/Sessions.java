package dev.mochi.console;

import dev.mochi.api.console.ConsoleException;
import dev.mochi.api.console.ConsoleUser;
import dev.mochi.api.console.ErrorCode;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Optional;

/**
 * Who each connection is. Logging in moves a connection out of {@code anonymous} into {@code authenticated},
 * {@code authority:<n>} and {@code user:<id>} and sends it the data services it may now see (and takes away those it
 * may no longer see); logging out leaves every channel and rejoins {@code anonymous}. Revoking a token, changing a
 * password or changing a user's authority acts on the open sockets at once.
 */
final class Sessions {
  private final ConsoleServer server;
  private volatile Accounts accounts;
  private volatile Tokens tokens;

  Sessions(ConsoleServer server) {
    this.server = server;
  }

  void storage(Accounts accounts, Tokens tokens) {
    this.accounts = accounts;
    this.tokens = tokens;
  }

  Accounts accounts() { return accounts; }

  Tokens tokens() { return tokens; }

  /** Logs {@code c} in with {@code token}; {@code token_invalid} or {@code token_expired} when it cannot be. */
  ConsoleUser authenticate(Connection c, String token) {
    Tokens.Token t = tokens.check(token);
    ConsoleUser user = accounts.user(t.userId())
        .orElseThrow(() -> new ConsoleException(ErrorCode.TOKEN_INVALID, "The user of this token no longer exists"));
    become(c, user, t.id());
    return user;
  }

  /** Issues a token for {@code user} and logs {@code c} in with it; returns {@code {token, user}}. */
  Map<String, Object> login(Connection c, ConsoleUser user) {
    Map.Entry<String, Tokens.Token> issued = tokens.issue(user.id(), c.address());
    become(c, user, issued.getValue().id());
    return Map.of("token", issued.getKey(), "user", user);
  }

  /** {@code c} is now {@code user} (through token {@code tokenId}). */
  void become(Connection c, ConsoleUser user, long tokenId) {
    int before = c.authority();
    Optional<ConsoleUser> was = c.user();
    c.identity(new Connection.Identity(Optional.of(user), tokenId));
    c.locale(user.locale());
    if (!c.persistent()) return;
    if (was.isPresent()) server.hub().closed(c);
    server.hub().loggedIn(c, user);
    server.data().identityChanged(c, before);
  }

  /** {@code c} is anonymous again (its token is not revoked here). */
  void forget(Connection c) {
    if (c.user().isEmpty()) return;
    int before = c.authority();
    c.identity(Connection.Identity.ANONYMOUS);
    if (!c.persistent()) return;
    server.hub().loggedOut(c);
    server.data().identityChanged(c, before);
  }

  /** Logs out: the connection's token is revoked and it is anonymous again. */
  void logout(Connection c) {
    long tokenId = c.identity().tokenId();
    Optional<ConsoleUser> user = c.user();
    if (tokenId != 0 && user.isPresent()) {
      try {
        tokens.revoke(user.get().id(), tokenId);
      } catch (ConsoleException alreadyGone) {
        // revoked elsewhere meanwhile
      }
      ended(tokenId, "logout");
    }
    forget(c);
  }

  /** Every open socket logged in with token {@code tokenId} is told and logged out. */
  void ended(long tokenId, String reason) {
    for (Connection c : server.clients().sockets()) {
      if (c.identity().tokenId() == tokenId) {
        c.event("logout", Map.of("reason", reason));
        forget(c);
      }
    }
  }

  /**
   * Every open socket of {@code userId} but {@code except} (the one that changed the password, and logs in again with
   * a new token) is told and logged out.
   */
  void endedAll(long userId, String reason, Connection except) {
    for (Connection c : server.clients().sockets()) {
      if (c != except && c.user().map(u -> u.id() == userId).orElse(false)) {
        c.event("logout", Map.of("reason", reason));
        forget(c);
      }
    }
  }

  /** The user's name, authority or locale changed: their open sockets see the change (channels, data services). */
  void refreshUser(long userId) {
    Optional<ConsoleUser> now = accounts.user(userId);
    for (Connection c : server.clients().sockets()) {
      if (c.user().map(u -> u.id() == userId).orElse(false)) {
        if (now.isEmpty()) forget(c);
        else become(c, now.get(), c.identity().tokenId());
      }
    }
  }

  /** With {@code trust-local}, a connection from this machine acts as the owner without logging in. */
  void trustLocal(Connection c) {
    if (!server.config().trustLocal() || c.user().isPresent() || !loopback(c.address())) return;
    accounts.owner().flatMap(accounts::user).ifPresent(owner -> become(c, owner, 0));
  }

  static boolean loopback(String address) {
    try {
      return InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
