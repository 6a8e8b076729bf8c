package dev.mochi.discord;

import dev.mochi.api.PluginException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.dv8tion.jda.api.requests.GatewayIntent;

/**
 * The configuration checked and turned into what JDA takes. Every problem is reported at once, naming the key
 * under {@code plugins.discord} and what would be valid.
 */
record Settings(String token, EnumSet<GatewayIntent> intents, Optional<String> testGuild,
                Optional<DiscordConfig.ShardRange> shards, boolean acceptBots, boolean slashCommands, String restUrl,
                String gatewayUrl, boolean compress, Duration slashDebounce, Duration deferAfter) {
  /** Discord's limit for the first answer to an interaction. */
  static final Duration INTERACTION_DEADLINE = Duration.ofSeconds(3);


  static Settings of(DiscordConfig c) {
    List<String> problems = new ArrayList<>();
    EnumSet<GatewayIntent> intents = EnumSet.noneOf(GatewayIntent.class);
    for (String name : c.intents()) {
      String key = name == null ? "" : name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
      try {
        intents.add(GatewayIntent.valueOf(key));
      } catch (IllegalArgumentException e) {
        problems.add("intents: '" + name + "' is not a gateway intent; valid are " + validIntents());
      }
    }
    if (!c.testGuild().isEmpty() && !c.testGuild().matches("\\d{1,20}")) {
      problems.add("test-guild: '" + c.testGuild() + "' is not a guild id (digits; in Discord: right-click the "
          + "server with developer mode on, Copy Server ID)");
    }
    c.shardRange().ifPresent(r -> {
      if (r.total() < 1) problems.add("shards.total: " + r.total() + " must be 1 or more");
      else if (r.from() < 0 || r.from() > r.to() || r.to() >= r.total()) {
        problems.add("shards: from " + r.from() + " to " + r.to() + " is not a range within 0.." + (r.total() - 1));
      }
    });
    if (c.slashDebounce().isNegative()) problems.add("slash-debounce: " + c.slashDebounce() + " must not be negative");
    if (c.deferAfter().isNegative() || c.deferAfter().compareTo(INTERACTION_DEADLINE) >= 0) {
      problems.add("defer-after: " + c.deferAfter().toMillis() + " ms must be at least 0 and less than Discord's 3 s");
    }
    String rest = c.restUrl().endsWith("/") ? c.restUrl() : c.restUrl() + "/";
    checkUrl("rest-url", rest, List.of("http", "https"), problems);
    checkUrl("gateway-url", c.gatewayUrl(), List.of("ws", "wss"), problems);
    if (!problems.isEmpty()) {
      throw new PluginException("discord", "invalid configuration under plugins.discord: " + String.join("; ", problems));
    }
    return new Settings(c.token(), intents, c.testGuild().isEmpty() ? Optional.empty() : Optional.of(c.testGuild()),
        c.shardRange(), c.acceptBots(), c.slashCommands(), rest, c.gatewayUrl(), c.compress(), c.slashDebounce(),
        c.deferAfter());
  }

  private static void checkUrl(String key, String value, List<String> schemes, List<String> problems) {
    try {
      URI uri = new URI(value);
      if (uri.getScheme() == null || !schemes.contains(uri.getScheme().toLowerCase(Locale.ROOT)) || uri.getHost() == null) {
        problems.add(key + ": '" + value + "' is not a " + String.join(" or ", schemes) + " URL");
      }
    } catch (URISyntaxException e) {
      problems.add(key + ": '" + value + "' is not a URL (" + e.getReason() + ")");
    }
  }

  private static String validIntents() {
    List<String> names = new ArrayList<>();
    for (GatewayIntent i : GatewayIntent.values()) names.add(i.name());
    return String.join(", ", names);
  }

  boolean hasToken() { return !token.isEmpty(); }
}
