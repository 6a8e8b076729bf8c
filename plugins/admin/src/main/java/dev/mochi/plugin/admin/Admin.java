package dev.mochi.plugin.admin;

import dev.mochi.api.Context;
import dev.mochi.api.Plugin;
import dev.mochi.api.Session;
import dev.mochi.api.command.Argv;
import dev.mochi.api.data.ChannelData;
import dev.mochi.api.data.Filter;
import dev.mochi.api.data.Row;
import dev.mochi.api.data.UserData;
import dev.mochi.api.data.Users;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pf4j.Extension;

/**
 * Administration, authority 4. {@code authorize -u @user <value>} sets a user's authority (0 blocked … 5 owner):
 * an admin can only grant levels below their own, and only to users below their own level.
 * {@code assign [bot]} makes one bot (by self id; this one by default) answer in a channel, this channel or
 * the one given with {@code -c #id}: every other bot then leaves that channel's messages alone unless a message
 * starts by mentioning it (so {@code @thisbot assign} takes a channel back). {@code switch [-p] [name]} turns a
 * command or a plugin off or on in a guild channel (see {@link Switch}); {@code schedule} sends messages at the times a
 * cron expression names, for owners (see {@link Schedules}).
 */
@Extension
public final class Admin implements Plugin<Void> {
  static final int MAX_AUTHORITY = 5;

  @Override public String name() { return "admin"; }

  @Override public void apply(Context ctx, Void config) {
    ctx.i18n().load(Admin.class);
    ctx.command("authorize <value:natural>", "Set a user's authority (0 blocked … 5 owner)")
        .option("user", "-u, --user <user:user>")
        .authority(4)
        .usage("authorize -u @user <value>")
        .example("authorize -u @alice 2")
        .action((argv, session) -> authorize(ctx, argv, session));
    ctx.command("assign [bot:string]", "Choose the bot that answers in a channel")
        .option("channel", "-c, --channel <channel:channel>")
        .authority(4)
        .channelFields("assignee")
        .example("assign")
        .action(Admin::assign);
    Switch.install(ctx);
    Schedules.install(ctx);
  }

  private static String authorize(Context ctx, Argv argv, Session session) {
    int value = argv.arg(0, Integer.class);
    if (value > MAX_AUTHORITY) {
      return session.text("commands.invalid-argument", Map.of("name", "value", "reason",
          session.text("admin.authorize.range", MAX_AUTHORITY)));
    }
    if (!argv.has("user")) return session.text("admin.authorize.no-user");
    String target = argv.option("user", String.class);
    int own = session.user().authority();
    if (value >= own) return session.text("admin.authorize.too-high", value, own);
    Optional<UserData> user = find(ctx, session, target);
    if (user.isEmpty()) return session.text("admin.user-unknown", target);
    UserData u = user.get();
    if (u.authority() >= own) return session.text("admin.authorize.peer", target, u.authority());
    if (u.authority() == value) return session.text("admin.authorize.unchanged", target, value);
    u.set("authority", value);
    u.flush();
    return session.text("admin.authorize.done", target, value);
  }

  /**
   * The user bound to {@code platform:pid}. Through the {@link Users} service a user who has never written to the
   * bot is created (so an owner can authorize a moderator before they speak); without it, only known users.
   */
  private static Optional<UserData> find(Context ctx, Session session, String target) {
    int colon = target.indexOf(':');
    String platform = target.substring(0, colon);
    String pid = target.substring(colon + 1);
    Optional<Users> users = ctx.get(Users.class);
    if (users.isPresent()) return Optional.of(users.get().user(platform, pid));
    List<Row> bindings = ctx.database().get("binding", Filter.and(Filter.eq("platform", platform), Filter.eq("pid", pid)), "bid");
    if (bindings.isEmpty()) return Optional.empty();
    long id = ((Number) bindings.getFirst().get("bid")).longValue();
    return session.getUser(id, "authority");
  }

  private static String assign(Argv argv, Session session) {
    String bot = argv.arg(0, String.class, session.selfId());
    if (!argv.has("channel")) {
      session.channel().set("assignee", bot);
      return session.text("admin.assign.here", bot);
    }
    String option = argv.option("channel", String.class);
    String platform = option.substring(0, option.indexOf(':'));
    String id = option.substring(option.indexOf(':') + 1);
    if (!platform.equals(session.platform())) return session.text("admin.assign.other-platform", option, session.platform());
    Optional<ChannelData> channel = session.getChannel(id, "assignee");
    if (channel.isEmpty()) return session.text("admin.channel-unknown", option);
    channel.get().set("assignee", bot);
    return session.text("admin.assign.there", id, bot);
  }
}
