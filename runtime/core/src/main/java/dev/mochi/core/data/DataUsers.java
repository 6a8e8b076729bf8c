package dev.mochi.core.data;

import dev.mochi.api.data.UserData;
import dev.mochi.api.data.Users;

/**
 * {@link Users} over the data layer: a platform account resolves (or is created, as a first message would create
 * it) to an observed user view, so a plugin can change a user who has never written to the bot.
 */
public final class DataUsers implements Users {
  private final DataService data;

  public DataUsers(DataService data) {
    this.data = data;
  }

  @Override public UserData user(String platform, String userId) {
    return data.user(platform, userId, UserData.class);
  }

  @Override public <T extends UserData> T user(String platform, String userId, Class<T> view) {
    return data.user(platform, userId, view);
  }
}
