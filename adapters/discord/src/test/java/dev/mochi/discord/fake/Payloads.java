package dev.mochi.discord.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** The JSON shapes of Discord's API v10 (users, guilds, channels, members, messages) as the gateway and REST send them. */
final class Payloads {
  private Payloads() {}

  static ObjectNode user(FakeUser u) {
    ObjectNode o = Json.object().put("id", u.id()).put("username", u.name()).put("discriminator", "0")
        .put("global_name", u.name()).put("bot", u.bot()).put("public_flags", 0);
    o.putNull("avatar");
    return o;
  }

  static ObjectNode selfUser(FakeUser u) {
    return user(u).put("verified", true).put("mfa_enabled", false).put("flags", 0);
  }

  static ObjectNode member(FakeUser u) {
    ObjectNode o = Json.object();
    o.set("user", user(u));
    o.set("roles", Json.array());
    o.put("joined_at", "2024-01-01T00:00:00.000000+00:00").put("deaf", false).put("mute", false).put("flags", 0)
        .put("pending", false);
    o.putNull("nick");
    o.putNull("premium_since");
    return o;
  }

  static ObjectNode role(String id, String name, long permissions) {
    ObjectNode o = Json.object().put("id", id).put("name", name).put("position", 0)
        .put("permissions", Long.toString(permissions)).put("managed", false).put("hoist", false)
        .put("mentionable", false).put("color", 0).put("flags", 0);
    o.set("colors", Json.object().put("primary_color", 0));
    return o;
  }

  static ObjectNode textChannel(FakeChannel c, int position) {
    ObjectNode o = Json.object().put("id", c.id()).put("type", 0).put("guild_id", c.guildId()).put("name", c.name())
        .put("position", position).put("nsfw", false).put("rate_limit_per_user", 0).put("flags", 0);
    o.set("permission_overwrites", Json.array());
    o.putNull("parent_id");
    o.putNull("topic");
    o.putNull("last_message_id");
    return o;
  }

  static ObjectNode dmChannel(FakeChannel c, FakeUser recipient) {
    ObjectNode o = Json.object().put("id", c.id()).put("type", 1).put("flags", 0);
    o.putNull("last_message_id");
    o.set("recipients", Json.array().add(user(recipient)));
    return o;
  }

  /** A GUILD_CREATE payload: @everyone with every permission, the channels, the members (the bot among them). */
  static ObjectNode guild(FakeGuild g, FakeUser self) {
    ObjectNode o = Json.object().put("id", g.id()).put("name", g.name()).put("owner_id", self.id())
        .put("unavailable", false).put("member_count", g.members.size() + 1).put("large", false)
        .put("verification_level", 0).put("default_message_notifications", 0).put("explicit_content_filter", 0)
        .put("mfa_level", 0).put("nsfw_level", 0).put("premium_tier", 0).put("preferred_locale", "en-US")
        .put("joined_at", "2024-01-01T00:00:00.000000+00:00").put("premium_progress_bar_enabled", false)
        .put("system_channel_flags", 0).put("afk_timeout", 300);
    o.putNull("icon");
    o.putNull("afk_channel_id");
    o.putNull("system_channel_id");
    o.set("roles", Json.array().add(role(g.id(), "@everyone", 0x7fffffffffffL)));
    ArrayNode channels = Json.array();
    int position = 0;
    for (FakeChannel c : g.channels) channels.add(textChannel(c, position++));
    o.set("channels", channels);
    ArrayNode members = Json.array().add(member(self));
    for (FakeUser u : g.members) members.add(member(u));
    o.set("members", members);
    for (String empty : new String[] {"threads", "emojis", "stickers", "voice_states", "presences", "features",
        "guild_scheduled_events", "stage_instances", "soundboard_sounds"}) {
      o.set(empty, Json.array());
    }
    return o;
  }

  /** A message object as MESSAGE_CREATE and REST carry it. */
  static ObjectNode message(String id, FakeChannel channel, FakeUser author, String content, Instant timestamp) {
    ObjectNode o = Json.object().put("id", id).put("channel_id", channel.id()).put("type", 0).put("content", content)
        .put("timestamp", timestamp.toString()).put("tts", false).put("mention_everyone", false).put("pinned", false)
        .put("flags", 0);
    if (!channel.isDirect()) o.put("guild_id", channel.guildId());
    o.set("author", user(author));
    o.putNull("edited_timestamp");
    for (String empty : new String[] {"mentions", "mention_roles", "attachments", "embeds", "components"}) {
      o.set(empty, Json.array());
    }
    if (!channel.isDirect()) {
      ObjectNode member = member(author);
      member.remove("user");
      o.set("member", member);
    }
    return o;
  }

  /** An INTERACTION_CREATE payload for a slash command (type 2, command type 1) used in a guild channel or a DM. */
  static ObjectNode interaction(FakeInteraction i, FakeUser self, FakeGuild guild, String locale, String commandId,
                                java.util.List<SlashOption> options) {
    ObjectNode data = Json.object().put("id", commandId).put("name", i.command()).put("type", 1);
    ArrayNode values = Json.array();
    ObjectNode resolved = Json.object();
    for (SlashOption o : options) {
      values.add(o.json());
      if (o.user() != null) {
        child(resolved, "users").set(o.user().id(), user(o.user()));
        if (guild != null) {
          ObjectNode member = member(o.user());
          member.remove("user");
          child(resolved, "members").set(o.user().id(), member.put("permissions", ALL_PERMISSIONS));
        }
      }
      if (o.channel() != null) {
        child(resolved, "channels").set(o.channel().id(), Json.object().put("id", o.channel().id())
            .put("type", o.channel().isDirect() ? 1 : 0).put("name", o.channel().name())
            .put("permissions", ALL_PERMISSIONS));
      }
      if (o.attachment() != null) child(resolved, "attachments").set(o.attachment().path("id").asText(), o.attachment());
    }
    data.set("options", values);
    if (!resolved.isEmpty()) data.set("resolved", resolved);
    ObjectNode o = Json.object().put("id", i.id()).put("application_id", self.id()).put("type", 2)
        .put("token", i.token()).put("version", 1).put("channel_id", i.channel().id()).put("locale", locale)
        .put("app_permissions", ALL_PERMISSIONS);
    o.set("data", data);
    o.set("entitlements", Json.array());
    if (guild != null) {
      o.put("guild_id", guild.id()).put("guild_locale", "en-US").put("context", 0);
      o.set("guild", Json.object().put("id", guild.id()).put("locale", "en-US").set("features", Json.array()));
      o.set("channel", textChannel(i.channel(), 0));
      o.set("member", member(i.user()).put("permissions", ALL_PERMISSIONS));
      o.set("authorizing_integration_owners", Json.object().put("0", guild.id()));
    } else {
      o.put("context", 1);
      o.set("channel", dmChannel(i.channel(), i.user()));
      o.set("user", user(i.user()));
      o.set("authorizing_integration_owners", Json.object().put("0", "0"));
    }
    return o;
  }

  private static ObjectNode child(ObjectNode parent, String name) {
    if (!(parent.get(name) instanceof ObjectNode o)) {
      ObjectNode created = Json.object();
      parent.set(name, created);
      return created;
    }
    return o;
  }

  static final String ALL_PERMISSIONS = "2251799813685247";
}
