package dev.mochi.api.data;

import java.time.Instant;
import java.util.List;

/**
 * A user as the console's users page lists them: a snapshot made by {@link Users}.
 *
 * @param id the internal user id
 * @param name the display name the user was first seen with (may be empty)
 * @param authority 0 (blocked) to 5 (owner)
 * @param created when the user was first seen
 * @param accounts the platform accounts bound to the user, as {@code platform:id}, in the order they were bound
 */
public record UserSummary(long id, String name, int authority, Instant created, List<String> accounts) {

  /** Copies the list. */
  public UserSummary {
    accounts = List.copyOf(accounts);
  }
}
