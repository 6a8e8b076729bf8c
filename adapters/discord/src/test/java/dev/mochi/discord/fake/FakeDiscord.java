package dev.mochi.discord.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * A Discord for tests, on 127.0.0.1: the REST API under {@code /api/v10/} and a gateway WebSocket, both speaking
 * Discord's real protocol, so JDA connects to it as it would to Discord. A test sets up users, guilds and channels,
 * makes users write messages (MESSAGE_CREATE) or use slash commands (INTERACTION_CREATE), and then reads what the
 * bot did: the REST calls it made and the gateway payloads it sent.
 *
 * <pre>{@code
 * try (FakeDiscord discord = FakeDiscord.start()) {
 *   FakeUser alice = discord.user("alice");
 *   FakeChannel general = discord.guild("Mochi test").member(alice).textChannel("general");
 *   // ... start the bot with discord.restUrl(), discord.gatewayUrl(), discord.token() ...
 *   discord.say(alice, general, "echo hi");
 *   discord.awaitSent(general, 1, Duration.ofSeconds(10));
 * }
 * }</pre>
 */
public final class FakeDiscord implements AutoCloseable {
  private final String token;
  private final FakeUser self;
  private final List<FakeGuild> guilds = new CopyOnWriteArrayList<>();
  private final Map<String, FakeUser> users = new ConcurrentHashMap<>();
  private final Map<String, FakeChannel> dms = new ConcurrentHashMap<>();
  private final Map<String, FakeInteraction> interactions = new ConcurrentHashMap<>();
  private final Object changes = new Object();
  private final FakeRest rest;
  private final FakeGateway gateway;
  private volatile int recommendedShards = 1;

  private FakeDiscord(String token) throws IOException {
    this.token = token;
    this.self = new FakeUser(Snowflakes.next(), "Mochi", true);
    users.put(self.id(), self);
    this.rest = new FakeRest(this);
    this.gateway = new FakeGateway(this);
  }

  /** Starts both servers on random loopback ports, for a bot with token {@code test-token}. */
  public static FakeDiscord start() {
    try {
      return new FakeDiscord("test-token");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the fake Discord on 127.0.0.1", e);
    }
  }

  public String token() { return token; }

  /** The bot's own account (also its application id). */
  public FakeUser self() { return self; }

  /** For {@code RestConfig#setBaseUrl}: {@code http://127.0.0.1:PORT/api/v10/}. */
  public String restUrl() { return rest.baseUrl(); }

  /** The gateway, {@code ws://127.0.0.1:PORT}. */
  public String gatewayUrl() { return gateway.url(); }

  // ------------------------------------------------------------------------------------------------ the world

  /** A new person. */
  public FakeUser user(String name) { return add(new FakeUser(Snowflakes.next(), name, false)); }

  /** A new account of another bot. */
  public FakeUser otherBot(String name) { return add(new FakeUser(Snowflakes.next(), name, true)); }

  private FakeUser add(FakeUser user) {
    users.put(user.id(), user);
    return user;
  }

  /** A new guild the bot is in; add it before the bot connects, so READY lists it. */
  public FakeGuild guild(String name) {
    FakeGuild guild = new FakeGuild(Snowflakes.next(), name);
    guilds.add(guild);
    return guild;
  }

  /** A new guild whose events go to shard {@code shard} of {@code total} (Discord's {@code (id >> 22) % total}). */
  public FakeGuild guildOnShard(String name, int shard, int total) {
    long id = Long.parseLong(Snowflakes.next());
    while (((id >>> 22) % total) != shard) id += 1L << 22;
    FakeGuild guild = new FakeGuild(Long.toString(id), name);
    guilds.add(guild);
    return guild;
  }

  /** The shard count {@code GET /gateway/bot} recommends (1 unless set). */
  public FakeDiscord recommendShards(int count) {
    this.recommendedShards = count;
    return this;
  }

  List<FakeGuild> guilds() { return List.copyOf(guilds); }

  int recommendedShards() { return recommendedShards; }

  Optional<FakeUser> userById(String id) { return Optional.ofNullable(users.get(id)); }

  /** The DM channel between the bot and {@code user} (the same one every time). */
  public FakeChannel dmChannel(FakeUser user) {
    return dms.computeIfAbsent(user.id(), id -> new FakeChannel(Snowflakes.next(), null, "dm-" + user.name()));
  }

  Optional<FakeChannel> channel(String id) {
    for (FakeGuild g : guilds) for (FakeChannel c : g.channels) if (c.id().equals(id)) return Optional.of(c);
    for (FakeChannel c : dms.values()) if (c.id().equals(id)) return Optional.of(c);
    return Optional.empty();
  }

  Optional<FakeGuild> guildOf(FakeChannel channel) {
    for (FakeGuild g : guilds) if (g.id().equals(channel.guildId())) return Optional.of(g);
    return Optional.empty();
  }

  // ------------------------------------------------------------------------------------------------ users act

  /** {@code author} writes {@code content} in {@code channel} (a guild channel or a DM); returns the message id. */
  public String say(FakeUser author, FakeChannel channel, String content) {
    return message(author, channel, content).send();
  }

  /** {@code author} writes to the bot in a DM; returns the message id. */
  public String dm(FakeUser author, String content) { return say(author, dmChannel(author), content); }

  /** A message to shape (mentions, a quote, attachments) before {@link OutgoingMessage#send()}. */
  public OutgoingMessage message(FakeUser author, FakeChannel channel, String content) {
    return new OutgoingMessage(author, channel, content);
  }

  /** A message a user is about to send. */
  public final class OutgoingMessage {
    private final String id = Snowflakes.next();
    private final FakeChannel channel;
    private final ObjectNode json;
    private boolean mentionsBot;

    private OutgoingMessage(FakeUser author, FakeChannel channel, String content) {
      this.channel = channel;
      this.json = Payloads.message(id, channel, author, content, Instant.now());
    }

    /** Lists {@code user} among the message's mentions (write {@code user.mention()} into the content too). */
    public OutgoingMessage mentions(FakeUser user) {
      ((ArrayNode) json.get("mentions")).add(Payloads.user(user));
      if (user.equals(self)) mentionsBot = true;
      return this;
    }

    /** Makes the message a reply to {@code messageId} (by {@code to}, with {@code content}). */
    public OutgoingMessage replyTo(String messageId, FakeUser to, String content) {
      json.put("type", 19);
      json.set("message_reference", Json.object().put("type", 0).put("message_id", messageId)
          .put("channel_id", channel.id()).put("guild_id", channel.guildId()));
      json.set("referenced_message", Payloads.message(messageId, channel, to, content, Snowflakes.time(messageId)));
      return this;
    }

    /** Attaches a file as Discord's CDN would hold it. */
    public OutgoingMessage attachment(String filename, String contentType, int size) {
      String attachmentId = Snowflakes.next();
      String url = "https://cdn.discordapp.com/attachments/" + channel.id() + "/" + attachmentId + "/" + filename;
      ((ArrayNode) json.get("attachments")).add(Json.object().put("id", attachmentId).put("filename", filename)
          .put("content_type", contentType).put("size", size).put("url", url).put("proxy_url", url));
      return this;
    }

    /** Dispatches MESSAGE_CREATE to the session serving the channel's guild; returns the message id. */
    public String send() {
      FakeGuild guild = channel.isDirect() ? null : guildOf(channel).orElseThrow();
      if (!gateway.dispatchMessage(guild, json, mentionsBot)) {
        throw new IllegalStateException("No gateway session would receive a message in " + channel.name()
            + ": the bot is not connected, or lacks the intent; wait until it is online");
      }
      return id;
    }
  }

  /** Dispatches MESSAGE_CREATE for a message the bot posted, as Discord does. */
  void echo(FakeChannel channel, ObjectNode message) {
    gateway.dispatchMessage(channel.isDirect() ? null : guildOf(channel).orElse(null), message, false);
  }

  // ------------------------------------------------------------------------------------------------ slash commands

  /** {@code user} uses the slash command {@code /command} in {@code channel} (a guild channel or a DM), in en-US. */
  public FakeInteraction interact(FakeUser user, FakeChannel channel, String command, SlashOption... options) {
    return interact(user, channel, "en-US", command, options);
  }

  /** {@code user}, whose Discord client is in {@code locale}, uses {@code /command} in {@code channel}. */
  public FakeInteraction interact(FakeUser user, FakeChannel channel, String locale, String command,
                                  SlashOption... options) {
    FakeInteraction i = new FakeInteraction(Snowflakes.next(), "interaction-token-" + java.util.UUID.randomUUID(),
        command, user, channel, System.nanoTime());
    interactions.put(i.id(), i);
    FakeGuild guild = channel.isDirect() ? null : guildOf(channel).orElseThrow();
    ObjectNode payload = Payloads.interaction(i, self, guild, locale, Snowflakes.next(), List.of(options));
    if (!gateway.dispatch(guild, "INTERACTION_CREATE", payload)) {
      throw new IllegalStateException("No gateway session would receive /" + command + " in " + channel.name()
          + ": the bot is not connected; wait until it is online");
    }
    return i;
  }

  Optional<FakeInteraction> interaction(String id) { return Optional.ofNullable(interactions.get(id)); }

  Optional<FakeInteraction> interactionByToken(String token) {
    return interactions.values().stream().filter(i -> i.token().equals(token)).findFirst();
  }

  /** The bulk overwrites of the application's commands (global or for a guild) Discord accepted, in order. */
  public List<RestCall> registrations() {
    return rest.calls().stream().filter(c -> c.method().equals("PUT") && c.path().startsWith("applications/")
        && c.path().endsWith("/commands") && c.status() == 200).toList();
  }

  /** Every bulk overwrite the bot attempted, accepted or not. */
  public List<RestCall> registrationAttempts() {
    return rest.calls().stream().filter(c -> c.method().equals("PUT") && c.path().startsWith("applications/")
        && c.path().endsWith("/commands")).toList();
  }

  /**
   * What the bot sent to answer {@code i}, accepted or not, in order: the interaction callback (type 4 a message,
   * 5 deferred), edits of the original answer, follow-ups.
   */
  public List<RestCall> answers(FakeInteraction i) {
    String callback = "interactions/" + i.id() + "/" + i.token() + "/callback";
    String webhook = "webhooks/" + self.id() + "/" + i.token();
    return rest.calls().stream().filter(c -> c.path().equals(callback) || c.path().startsWith(webhook)).toList();
  }

  /** Waits until the bot made {@code count} calls answering {@code i} and returns them. */
  public List<RestCall> awaitAnswers(FakeInteraction i, int count, Duration timeout) {
    await(() -> answers(i).size() >= count, timeout,
        () -> count + " answers to /" + i.command() + ", saw " + answers(i));
    return answers(i);
  }

  /** The text of a call answering an interaction: a callback's {@code data.content}, or a webhook message's. */
  public static String answerText(RestCall call) {
    return call.path().startsWith("interactions/") ? call.body().path("data").path("content").asText()
        : call.body().path("content").asText();
  }

  // ------------------------------------------------------------------------------------------------ knobs

  /** The heartbeat interval HELLO announces to new connections (Discord's is about 41 s). */
  public FakeDiscord heartbeatInterval(Duration interval) {
    gateway.heartbeatInterval = (int) interval.toMillis();
    return this;
  }

  /** Closes every gateway connection with {@code code} (4000: unknown error; the client should resume). */
  public void closeConnections(int code, String reason) { gateway.closeAll(code, reason); }

  /** Cuts every gateway connection without a close frame. */
  public void dropConnections() { gateway.dropAll(); }

  /** Leaves the next {@code count} heartbeats unanswered (no op 11). */
  public void skipHeartbeatAcks(int count) { gateway.skipAcks(count); }

  /** Answers every RESUME with INVALID_SESSION (d=false) and forgets the session, so the client must identify. */
  public void refuseResumes(boolean refuse) { gateway.refuseResumes = refuse; }

  /**
   * Whether the application may use privileged intents (message content, members, presences), as switched in the
   * developer portal; when not, an IDENTIFY asking for one is closed with 4014.
   */
  public FakeDiscord privilegedIntentsAllowed(boolean allowed) {
    gateway.privilegedIntentsAllowed = allowed;
    return this;
  }

  /** On a resume, also replays the last {@code count} events the client had already received. */
  public void redeliverOnResume(int count) { gateway.redeliverOnResume = count; }

  // ------------------------------------------------------------------------------------------------ what the bot did

  /** Every REST request so far, in order. */
  public List<RestCall> restCalls() { return rest.calls(); }

  /** Messages the bot posted successfully to {@code channel}, in order. */
  public List<RestCall> sent(FakeChannel channel) {
    String path = "channels/" + channel.id() + "/messages";
    return rest.calls().stream().filter(c -> c.method().equals("POST") && c.path().equals(path) && c.status() == 200).toList();
  }

  /** Every payload the bot sent over the gateway, in order. */
  public List<GatewayEvent> gatewayReceived() { return gateway.received(); }

  /** The bot's gateway payloads with op {@code op} (2 identify, 6 resume, 1 heartbeat). */
  public List<GatewayEvent> gatewayReceived(int op) {
    return gateway.received().stream().filter(e -> e.op() == op).toList();
  }

  /** Protocol mistakes the bot made; empty when it spoke the protocol correctly. */
  public List<String> protocolProblems() { return gateway.problems(); }

  /** For each gateway connection that ended, the close code the bot sent (-1: it sent none). */
  public List<Integer> closeCodesFromBot() { return gateway.closeCodes(); }

  /** Gateway connections that are open and identified or resumed. */
  public int liveSessions() { return gateway.liveSessions(); }

  /** Waits until {@code channel} has {@code count} messages from the bot and returns them. */
  public List<RestCall> awaitSent(FakeChannel channel, int count, Duration timeout) {
    await(() -> sent(channel).size() >= count, timeout,
        () -> count + " messages in " + channel.name() + ", saw " + sent(channel).size());
    return sent(channel);
  }

  /** Waits until {@code condition} holds, re-checking whenever the bot does something; fails with {@code what}. */
  public void await(BooleanSupplier condition, Duration timeout, java.util.function.Supplier<String> what) {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (changes) {
      while (!condition.getAsBoolean()) {
        long left = deadline - System.nanoTime();
        if (left <= 0) throw new AssertionError("Timed out after " + timeout + " waiting for " + what.get());
        try {
          changes.wait(Math.max(1, Math.min(left / 1_000_000, 50)));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new AssertionError("interrupted while waiting for " + what.get(), e);
        }
      }
    }
  }

  /** Waits for a REST call matching {@code filter} and returns it. */
  public RestCall awaitCall(Predicate<RestCall> filter, Duration timeout, String what) {
    await(() -> rest.calls().stream().anyMatch(filter), timeout, () -> what);
    return rest.calls().stream().filter(filter).findFirst().orElseThrow();
  }

  void changed() {
    synchronized (changes) {
      changes.notifyAll();
    }
  }

  @Override public void close() {
    rest.close();
    try {
      gateway.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
