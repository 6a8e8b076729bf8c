package dev.mochi.console;

import dev.mochi.api.console.Channel;
import dev.mochi.api.console.ConsoleException;
import dev.mochi.api.console.ConsoleUser;
import dev.mochi.api.console.ErrorCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The named channels, and the moves every connection makes: {@code anonymous} on connect; on login out of it and
 * into {@code authenticated}, {@code authority:<n>} and {@code user:<id>}; on logout out of everything and back into
 * {@code anonymous}; on close out of everything.
 */
final class ChannelHub {
  static final String ANONYMOUS = "anonymous";
  static final String AUTHENTICATED = "authenticated";

  private final Map<String, NamedChannel> named = new ConcurrentHashMap<>();

  ChannelHub() {
    named(ANONYMOUS);
    named(AUTHENTICATED);
  }

  NamedChannel named(String name) {
    if (name == null || name.isBlank()) throw new ConsoleException(ErrorCode.REQUEST_INVALID, "A channel needs a name");
    return named.computeIfAbsent(name, NamedChannel::new);
  }

  Channel channel(String... names) {
    if (names.length == 1) return named(names[0]);
    List<BaseChannel> children = new ArrayList<>();
    for (String n : new java.util.LinkedHashSet<>(Arrays.asList(names))) children.add(named(n));
    return new CombinedChannel(children, BaseChannel.NONE);
  }

  Channel combine(Channel... channels) {
    List<BaseChannel> children = new ArrayList<>();
    for (Channel c : channels) {
      if (c == null) continue;
      if (!(c instanceof BaseChannel b)) throw new IllegalArgumentException("Not a console channel: " + c);
      if (!children.contains(b)) children.add(b);
    }
    return new CombinedChannel(children, BaseChannel.NONE);
  }

  List<String> names() {
    return named.keySet().stream().sorted().toList();
  }

  /*
   * Each move holds the connection, and a move into channels after the connection closed does nothing: a login that
   * finishes while the socket closes cannot leave the closed connection in a channel.
   */
  void connected(Connection c) {
    synchronized (c) {
      if (c.open()) named(ANONYMOUS).join(c);
    }
  }

  void loggedIn(Connection c, ConsoleUser user) {
    synchronized (c) {
      if (!c.open()) return;
      named(ANONYMOUS).leave(c);
      named(AUTHENTICATED).join(c);
      named("authority:" + user.authority()).join(c);
      named("user:" + user.id()).join(c);
    }
  }

  /** Leaves every channel; a connection still open rejoins {@code anonymous}. */
  void loggedOut(Connection c) {
    synchronized (c) {
      leaveAll(c);
      if (c.open()) named(ANONYMOUS).join(c);
    }
  }

  /** Leaves every channel (a closed connection, or one about to log in again). */
  void closed(Connection c) {
    synchronized (c) {
      leaveAll(c);
    }
  }

  private void leaveAll(Connection c) {
    for (String name : List.copyOf(c.channelSet())) {
      NamedChannel ch = named.get(name);
      if (ch != null) ch.leave(c);
    }
    c.channelSet().clear();
  }
}
