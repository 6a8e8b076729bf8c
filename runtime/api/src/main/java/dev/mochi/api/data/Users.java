package dev.mochi.api.data;

import java.util.List;
import java.util.Optional;

/**
 * Users by platform account, outside any session (a service: reach it with {@code ctx.get(Users.class)}). A user
 * who never wrote to the bot is created on first use, as their first message would create them; the view is
 * observed like a session's ({@code flush()} writes what was set).
 *
 * <pre>{@code
 * UserData alice = users.user("discord", "1234");
 * alice.set("authority", 4);
 * alice.flush();
 *
 * for (UserSummary u : users.search("ali", 20)) show(u.id(), u.name(), u.accounts());
 * users.setAuthority(7, 0);                               // block user 7
 * }</pre>
 *
 * <p>Every write goes through the same shared state a chat session uses, so a change made here is seen by the next
 * message of that user and is never lost beside a session's own writes.
 */
public interface Users {

  /** The user behind a platform account, with the base fields ({@code id}, {@code name}, {@code authority}). */
  UserData user(String platform, String userId);

  /** The user behind a platform account as a typed view, with every field of {@code view} loaded. */
  <T extends UserData> T user(String platform, String userId, Class<T> view);

  /**
   * Users by id, a page at a time.
   *
   * @param offset how many users to skip (0 for the first page)
   * @param limit at most this many, 1 to 1000
   * @throws IllegalArgumentException when {@code offset} is negative or {@code limit} outside 1–1000
   */
  List<UserSummary> list(int offset, int limit);

  /** How many users there are. */
  long count();

  /**
   * Users whose name or one of whose account ids contains {@code text} (case as stored), or whose id is {@code text},
   * by id. Blank text finds the first users, as {@link #list(int, int) list(0, limit)} does.
   *
   * @param limit at most this many, 1 to 1000
   * @throws IllegalArgumentException when {@code limit} is outside 1–1000
   */
  List<UserSummary> search(String text, int limit);

  /** One user by internal id; empty when there is none. */
  Optional<UserSummary> find(long id);

  /**
   * Sets a user's authority and waits until it is durable. The user's next message is checked against it.
   *
   * @param authority 0 (blocked) to 5 (owner)
   * @return the user after the change
   * @throws IllegalArgumentException when {@code authority} is outside 0–5
   * @throws DataException when there is no user with that id
   */
  UserSummary setAuthority(long id, int authority);
}
