package dev.mochi.testkit.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mochi.api.Context;
import dev.mochi.api.Events;
import dev.mochi.api.Plugin;
import dev.mochi.api.PluginException;
import dev.mochi.api.command.CommandCatalog;
import dev.mochi.api.command.CommandDescription;
import dev.mochi.api.command.CommandsChanged;
import dev.mochi.core.plugin.PluginState;
import dev.mochi.testkit.MochiTest;
import dev.mochi.testkit.PluginJar;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code COMMANDS_CHANGED} fires once per plugin apply and once per unload, after it, naming the commands that came
 * and went: what an adapter needs to register its slash commands again.
 */
class CommandsChangedTest {
  @RegisterExtension final MochiTest mochi = MochiTest.create();

  private final List<CommandsChanged> events = new CopyOnWriteArrayList<>();

  private static PluginJar twoCommands(String second) {
    return PluginJar.id("pair").source("fixture.pair.Pair", """
        package fixture.pair;

        import dev.mochi.api.Context;
        import dev.mochi.api.Plugin;
        import org.pf4j.Extension;

        @Extension
        public final class Pair implements Plugin<Void> {
          @Override public String name() { return "pair"; }

          @Override public void apply(Context ctx, Void config) {
            ctx.command("first <a:integer>", "The first").action((argv, s) -> "1");
            ctx.command("%s", "The second").action((argv, s) -> "2");
          }
        }
        """.formatted(second));
  }

  @Test void loadingReloadingAndDisablingAPluginEachGiveOneEvent() {
    mochi.plugins();
    mochi.app().root().on(Events.COMMANDS_CHANGED, events::add);
    assertThat(mochi.pluginJar(twoCommands("second [b:string]")).state()).isEqualTo(PluginState.ACTIVE);
    assertThat(events).containsExactly(new CommandsChanged(List.of("first", "second"), List.of()));

    events.clear();
    assertThat(mochi.plugins().reload("pair").state()).isEqualTo(PluginState.ACTIVE);
    assertThat(events).containsExactly(new CommandsChanged(List.of(), List.of("first", "second")),
        new CommandsChanged(List.of("first", "second"), List.of()));
    CommandCatalog catalog = mochi.app().root().get(CommandCatalog.class).orElseThrow();
    assertThat(catalog.list("en-US")).filteredOn(c -> c.plugin().equals("pair"))
        .extracting(CommandDescription::declaration).containsExactly("first <a:integer>", "second [b:string]");

    events.clear();
    mochi.plugins().disable("pair");
    assertThat(events).containsExactly(new CommandsChanged(List.of(), List.of("first", "second")));
    assertThat(catalog.list("en-US")).extracting(CommandDescription::plugin).doesNotContain("pair");
  }

  @Test void aPluginWhoseApplyFailsAnnouncesNothing() {
    mochi.app().root().on(Events.COMMANDS_CHANGED, events::add);
    Plugin<Void> broken = new Plugin<>() {
      @Override public String name() { return "broken"; }

      @Override public void apply(Context ctx, Void config) {
        ctx.command("half", "Declared before the failure").action((argv, s) -> "half");
        throw new IllegalStateException("broken");
      }
    };
    assertThatThrownBy(() -> mochi.app().root().plugin(broken, null)).isInstanceOf(PluginException.class);
    assertThat(events).isEmpty();
    assertThat(mochi.app().root().commands().find("half")).isEmpty();
  }

  @Test void aCommandDeclaredOutsideAnApplyIsAnnouncedAtOnce() {
    mochi.app().root().on(Events.COMMANDS_CHANGED, events::add);
    var late = mochi.app().root().command("late", "Declared from code").action((argv, s) -> "late");
    assertThat(events).containsExactly(new CommandsChanged(List.of("late"), List.of()));
    late.dispose();
    assertThat(events).containsExactly(new CommandsChanged(List.of("late"), List.of()),
        new CommandsChanged(List.of(), List.of("late")));
  }
}
