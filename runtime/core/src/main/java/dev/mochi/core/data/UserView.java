package dev.mochi.core.data;

import dev.mochi.api.data.UserData;
import java.util.Optional;
import java.util.Set;

/** The observed user. */
final class UserView extends EntityView implements UserData {
  UserView(DataEngine engine, EntityState state, Set<String> declared, String declaration) {
    super(engine, state, declared, declaration);
  }

  @Override public long id() {
    return ((Number) state.id().getFirst()).longValue();
  }

  @Override public Optional<String> name() {
    Object n = get("name");
    return n == null || n.toString().isEmpty() ? Optional.empty() : Optional.of(n.toString());
  }

  @Override public int authority() {
    Object a = get("authority");
    return a == null ? 1 : ((Number) a).intValue();
  }
}
