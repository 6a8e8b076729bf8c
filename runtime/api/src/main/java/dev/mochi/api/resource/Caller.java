package dev.mochi.api.resource;

/**
 * Who calls an action: a user of the {@code user} table and their authority (0 blocked … 5 owner). Grants are
 * checked against the authority, scope variables such as {@code ${user.id}} are the user's, and {@code
 * createdById} is set to the user.
 *
 * @param userId the {@code user.id} of the caller, 0 when anonymous
 * @param authority the caller's authority
 */
public record Caller(long userId, int authority) {
  /** The caller of code running inside the bot: every action is allowed, no field is hidden. */
  public static final Caller SYSTEM = new Caller(0, Integer.MAX_VALUE);

  /** Someone not logged in: authority 0, no user. */
  public static Caller anonymous() {
    return new Caller(0, 0);
  }

  /** A user with an authority. */
  public static Caller of(long userId, int authority) {
    return new Caller(userId, authority);
  }

  /** Whether this is {@link #SYSTEM}. */
  public boolean system() {
    return authority == Integer.MAX_VALUE;
  }
}
