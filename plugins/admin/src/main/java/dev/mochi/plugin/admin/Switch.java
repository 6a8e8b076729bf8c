package dev.mochi.plugin.admin;

import dev.mochi.api.Context;
import dev.mochi.api.Hooks;
import dev.mochi.api.Session;
import dev.mochi.api.command.Argv;
import dev.mochi.api.command.Command;
import dev.mochi.api.data.FieldType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Per-channel switches, as Koishi's {@code switch}: the channel field {@code disable} lists the commands (by name)
 * and plugins ({@code plugin:NAME}) that are off in that guild channel. A command that is off there, or whose parent
 * or plugin is, is ignored without a reply, before its action and after its authority and argument checks (its
 * {@code before-execute} hook answers with nothing). {@code switch} itself and the admin plugin cannot be turned off,
 * so an admin can always turn things back on.
 */
final class Switch {
  static final String FIELD = "disable";
  static final String PLUGIN_PREFIX = "plugin:";

  private Switch() {}

  static void install(Context ctx) {
    ctx.model().extend("channel", Map.of(FIELD, FieldType.list()));
    ctx.before(Hooks.COMMAND_ATTACH_CHANNEL, (argv, fields) -> fields.add(FIELD));
    ctx.before(Hooks.COMMAND_BEFORE_EXECUTE, Switch::gate);
    ctx.command("switch [name:string]", "Turn a command or plugin off or on in this channel")
        .option("plugin", "-p, --plugin")
        .authority(4)
        .channelFields(FIELD)
        .usage("switch [-p] [name]")
        .example("switch lottery")
        .example("switch -p lottery")
        .action((argv, session) -> toggle(ctx, argv, session));
  }

  /** {@code ""} (no reply, action skipped) when the command, a parent of it or its plugin is off in this channel. */
  private static Object gate(Argv argv) {
    Session session = argv.session();
    if (session.isDirect()) return null;
    List<String> off = disabled(session);
    if (off.isEmpty()) return null;
    Command command = argv.command();
    if (command.plugin().equals("admin") && command.name().equals("switch")) return null;
    if (off.contains(PLUGIN_PREFIX + command.plugin())) return "";
    for (Optional<Command> c = Optional.of(command); c.isPresent(); c = c.get().parent()) {
      if (off.contains(c.get().name())) return "";
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  private static List<String> disabled(Session session) {
    Object value = session.channel().get(FIELD);
    return value instanceof List<?> list ? (List<String>) list : List.of();
  }

  private static String toggle(Context ctx, Argv argv, Session session) {
    if (session.isDirect()) return session.text("admin.switch.direct");
    List<String> off = disabled(session);
    if (argv.args().isEmpty()) return list(session, off);
    String name = argv.arg(0, String.class);
    boolean plugin = argv.option("plugin", Boolean.class, false);
    String entry;
    if (plugin) {
      if (name.equals("admin")) return session.text("admin.switch.keep", PLUGIN_PREFIX + name);
      boolean known = ctx.commands().all().stream().anyMatch(c -> c.plugin().equals(name));
      if (!known && !off.contains(PLUGIN_PREFIX + name)) return session.text("admin.switch.unknown-plugin", name);
      entry = PLUGIN_PREFIX + name;
    } else {
      Optional<Command> found = ctx.commands().find(name);
      if (found.isEmpty() && !off.contains(name)) return session.text("admin.switch.unknown-command", name);
      if (found.isPresent()) {
        Command command = found.get();
        if (command.plugin().equals("admin") && command.name().equals("switch")) {
          return session.text("admin.switch.keep", name);
        }
        if (command.authority() > session.user().authority()) {
          return session.text("admin.switch.forbidden", command.name(), command.authority());
        }
        entry = command.name();
      } else {
        entry = name;
      }
    }
    List<String> next = new ArrayList<>(off);
    boolean nowOff = !next.remove(entry);
    if (nowOff) next.add(entry);
    session.channel().set(FIELD, List.copyOf(next));
    String shown = plugin ? session.text("admin.switch.plugin", name) : session.text("admin.switch.command", entry);
    return session.text(nowOff ? "admin.switch.off" : "admin.switch.on", shown);
  }

  private static String list(Session session, List<String> off) {
    if (off.isEmpty()) return session.text("admin.switch.none");
    List<String> shown = new ArrayList<>();
    for (String e : off) {
      shown.add(e.startsWith(PLUGIN_PREFIX)
          ? session.text("admin.switch.plugin", e.substring(PLUGIN_PREFIX.length()))
          : session.text("admin.switch.command", e));
    }
    return session.text("admin.switch.list", String.join(", ", shown));
  }
}
