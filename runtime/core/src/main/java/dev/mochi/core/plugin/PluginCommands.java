package dev.mochi.core.plugin;

import dev.mochi.api.Context;
import dev.mochi.api.MochiException;
import dev.mochi.api.Plugin;
import dev.mochi.api.Session;
import dev.mochi.api.command.CommandAction;
import dev.mochi.api.plugin.Plugins;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The host's built-in chat command, authority 4: {@code plugin list}, {@code plugin reload <id>},
 * {@code plugin enable <id>}, {@code plugin disable <id>} ({@code plugin} alone lists).
 */
final class PluginCommands implements Plugin<Void> {
  private static final int AUTHORITY = 4;

  private final PluginHost host;

  PluginCommands(PluginHost host) { this.host = host; }

  @Override public String name() { return "plugin-host"; }

  @Override public Class<Void> configType() { return Void.class; }

  @Override public void apply(Context ctx, Void config) {
    ctx.i18n().load(PluginCommands.class);
    String en = "en-US";
    ctx.command("plugin", ctx.i18n().render(en, "commands.plugin.description")).authority(AUTHORITY)
        .action((argv, session) -> list(session));
    ctx.command("plugin.list", ctx.i18n().render(en, "commands.plugin.list.description")).authority(AUTHORITY)
        .action((argv, session) -> list(session));
    ctx.command("plugin.reload <id:string>", ctx.i18n().render(en, "commands.plugin.reload.description")).authority(AUTHORITY)
        .action(timed(host::reload, "plugin.reloaded"));
    ctx.command("plugin.enable <id:string>", ctx.i18n().render(en, "commands.plugin.enable.description")).authority(AUTHORITY)
        .action(timed(host::enable, "plugin.enabled"));
    ctx.command("plugin.disable <id:string>", ctx.i18n().render(en, "commands.plugin.disable.description")).authority(AUTHORITY)
        .action(timed(host::disable, "plugin.disabled"));
    ctx.command("plugin.log <name:string> [level:string]", ctx.i18n().render(en, "commands.plugin.log.description"))
        .authority(AUTHORITY)
        .example("plugin log lottery debug")
        .action((argv, session) -> logLevel(session, argv.arg(0, String.class), argv.arg(1, String.class, "")));
    ctx.command("plugin.config <name:string> [...settings:string]", ctx.i18n().render(en, "commands.plugin.config.description"))
        .authority(AUTHORITY)
        .usage("plugin config <name> [key=value ...]")
        .example("plugin config lottery cost=5 prizes=[sword,shield]")
        .action((argv, session) -> {
          List<String> settings = new ArrayList<>();
          for (Object a : argv.args().subList(1, argv.args().size())) {
            if (a instanceof List<?> many) many.forEach(v -> settings.add(String.valueOf(v)));
            else settings.add(String.valueOf(a));
          }
          return ctx.get(Plugins.class).map(p -> PluginSettings.run(p, session, argv.arg(0, String.class), settings))
              .orElseGet(() -> session.text("plugin.config.unavailable"));
        });
  }

  private String list(Session session) {
    List<PluginInfo> all = host.list();
    String dir = host.directory().getFileName().toString();
    if (all.isEmpty()) return session.text("plugin.list.empty", dir);
    List<String> lines = new ArrayList<>();
    lines.add(session.text("plugin.list.header", dir, all.size()));
    for (PluginInfo p : all) {
      lines.add(p.error().map(err -> session.text("plugin.list.failed", p.id(), p.version(), reason(p.id(), err)))
          .orElseGet(() -> session.text("plugin.list.line", p.id(), p.version(), state(session, p.state()))));
    }
    return String.join("\n", lines);
  }

  /** A plugin's error without the {@code Plugin 'id': } its exception starts with (the reply names the plugin already). */
  static String reason(String id, String error) {
    String prefix = "Plugin '" + id + "': ";
    return error.startsWith(prefix) ? error.substring(prefix.length()) : error;
  }

  private static String logLevel(Session session, String name, String level) {
    String wanted = level.toLowerCase(java.util.Locale.ROOT);
    if (!wanted.isEmpty()) {
      if (!wanted.equals("default") && !dev.mochi.core.config.LoggingConfig.LEVELS.contains(wanted)) {
        return session.text("plugin.log.unknown", level, String.join(", ", dev.mochi.core.config.LoggingConfig.LEVELS));
      }
      dev.mochi.core.log.PluginLogLevels.set(name, wanted);
    }
    return dev.mochi.core.log.PluginLogLevels.level(name).map(l -> session.text("plugin.log.level", name, l))
        .orElseGet(() -> session.text("plugin.log.unavailable"));
  }

  private static String state(Session session, PluginState state) {
    return session.text("plugin.state." + state.name().toLowerCase());
  }

  private static CommandAction timed(Function<String, PluginInfo> operation, String doneKey) {
    return (argv, session) -> {
      String id = argv.arg(0, String.class);
      long start = System.nanoTime();
      PluginInfo info;
      try {
        info = operation.apply(id);
      } catch (MochiException e) {
        return session.text("plugin.refused", e.getMessage());
      }
      if (info.state() == PluginState.FAILED) return session.text("plugin.failed", info.id(), reason(info.id(), info.error().orElse("")));
      long ms = (System.nanoTime() - start) / 1_000_000;
      return session.text(doneKey, info.id(), info.version(), ms);
    };
  }
}
