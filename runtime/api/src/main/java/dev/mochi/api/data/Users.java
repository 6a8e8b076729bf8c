package dev.mochi.api.data;

/**
 * Users by platform account, outside any session (a service: reach it with {@code ctx.get(Users.class)}). A user
 * who never wrote to the bot is created on first use, as their first message would create them; the view is
 * observed like a session's ({@code flush()} writes what was set).
 *
 * <pre>{@code
 * UserData alice = users.user("discord", "1234");
 * alice.set("authority", 4);
 * alice.flush();
 * }</pre>
 */
public interface Users {

  /** The user behind a platform account, with the base fields ({@code id}, {@code name}, {@code authority}). */
  UserData user(String platform, String userId);

  /** The user behind a platform account as a typed view, with every field of {@code view} loaded. */
  <T extends UserData> T user(String platform, String userId, Class<T> view);
}
