package dev.mochi.core.data;

import dev.mochi.api.data.ChannelData;
import java.util.Optional;
import java.util.Set;

/** The observed channel. */
final class ChannelView extends EntityView implements ChannelData {
  ChannelView(DataEngine engine, EntityState state, Set<String> declared, String declaration) {
    super(engine, state, declared, declaration);
  }

  @Override public String id() {
    return (String) state.id().get(1);
  }

  @Override public String platform() {
    return (String) state.id().get(0);
  }

  @Override public Optional<String> guildId() { return text("guildId"); }

  @Override public Optional<String> assignee() { return text("assignee"); }

  private Optional<String> text(String field) {
    Object v = get(field);
    return v == null || v.toString().isEmpty() ? Optional.empty() : Optional.of(v.toString());
  }
}
