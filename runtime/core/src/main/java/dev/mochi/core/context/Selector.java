package dev.mochi.core.context;

import dev.mochi.api.Session;
import java.util.Set;
import java.util.function.Predicate;

/** The session predicates behind {@code ctx.platform(..)}, {@code user(..)}, {@code guild(..)}, {@code channel(..)}, {@code direct()}. */
final class Selector {
  private Selector() {}

  static final Predicate<Session> ANY = s -> true;

  static Predicate<Session> platform(String... ids) {
    Set<String> set = Set.of(ids);
    return s -> set.contains(s.platform());
  }

  static Predicate<Session> user(String... ids) {
    Set<String> set = Set.of(ids);
    return s -> set.contains(s.userId());
  }

  static Predicate<Session> guild(String... ids) {
    Set<String> set = Set.of(ids);
    return s -> s.guildId().map(set::contains).orElse(false);
  }

  static Predicate<Session> channel(String... ids) {
    Set<String> set = Set.of(ids);
    return s -> !s.isDirect() && set.contains(s.channelId());
  }

  static Predicate<Session> direct() {
    return Session::isDirect;
  }
}
