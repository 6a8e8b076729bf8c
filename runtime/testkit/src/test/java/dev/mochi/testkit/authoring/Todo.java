package dev.mochi.testkit.authoring;

import dev.mochi.api.Context;
import dev.mochi.api.Plugin;
import dev.mochi.api.data.Default;
import java.time.Duration;
import java.util.List;
import org.pf4j.Extension;

/** The config record of the newcomer's todo plugin: defaults on its components, and a check of its own. */
@Extension
public final class Todo implements Plugin<Todo.Config> {
  /** {@code plugins.todo}. */
  public record Config(@Default("5") int maxItems, @Default("Nothing to do.") String empty,
                       @Default("30s") Duration remindAfter, @Default("[\"home\"]") List<String> lists) {
    public Config {
      if (maxItems < 1) throw new IllegalArgumentException("max-items must be at least 1, not " + maxItems);
    }
  }

  @Override public void apply(Context ctx, Config config) {
    ctx.command("todo.limit").action((argv, s) -> config.maxItems() + " / " + config.empty());
  }
}
