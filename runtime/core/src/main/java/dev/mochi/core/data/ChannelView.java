package dev.mochi.core.data;

import dev.mochi.api.data.ChannelData;
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

  @Override public String guildId() {
    Object g = get("guildId");
    return g == null ? "" : g.toString();
  }

  @Override public String assignee() {
    Object a = get("assignee");
    return a == null ? "" : a.toString();
  }
}
