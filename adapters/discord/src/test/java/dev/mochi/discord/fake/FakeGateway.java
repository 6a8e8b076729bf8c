package dev.mochi.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The gateway half of the fake Discord: the real protocol (API v10, JSON, no compression) over a WebSocket.
 *
 * <p>A connection gets HELLO; IDENTIFY opens a session (READY with the shard's guilds as unavailable, then one
 * GUILD_CREATE per guild); every dispatch gets the session's next sequence number and is kept in the session's log,
 * so RESUME replays what the client missed, then RESUMED. Heartbeats (op 1) are answered with op 11. What the
 * tests need to break is a knob: close with a code, drop TCP, skip heartbeat ACKs, refuse resumes (op 9, d=false),
 * or replay events the client already had. Events for a session whose connection is down wait in its log, as
 * Discord keeps them for a resume.
 */
final class FakeGateway implements AutoCloseable {
  static final int DISPATCH = 0;
  static final int HEARTBEAT = 1;
  static final int IDENTIFY = 2;
  static final int RESUME = 6;
  static final int INVALID_SESSION = 9;
  static final int HELLO = 10;
  static final int HEARTBEAT_ACK = 11;

  private final FakeDiscord world;
  private final WebSocketServer server;
  private final AtomicInteger connectionCount = new AtomicInteger();
  private final List<Connection> connections = new CopyOnWriteArrayList<>();
  private final Map<String, Session> sessions = new ConcurrentHashMap<>();
  private final List<GatewayEvent> received = new CopyOnWriteArrayList<>();
  private final List<String> problems = new CopyOnWriteArrayList<>();
  private final List<Integer> closeCodes = new CopyOnWriteArrayList<>();

  volatile int heartbeatInterval = 41_250;
  private final AtomicInteger acksToSkip = new AtomicInteger();
  volatile boolean refuseResumes;
  volatile boolean privilegedIntentsAllowed = true;
  static final long PRIVILEGED = (1 << 1) | (1 << 8) | (1 << 15); // members, presences, message content
  volatile int redeliverOnResume;

  FakeGateway(FakeDiscord world) throws IOException {
    this.world = world;
    this.server = new WebSocketServer(this::serve);
  }

  String url() { return "ws://127.0.0.1:" + server.port(); }

  /** Every payload the bot sent, in order. */
  List<GatewayEvent> received() { return List.copyOf(received); }

  /** Protocol mistakes the bot made (a wrong token, an unknown op...), for assertions. */
  List<String> problems() { return List.copyOf(problems); }

  /** For each ended connection, the close code the client sent (-1 when the connection ended without one). */
  List<Integer> closeCodes() { return List.copyOf(closeCodes); }

  void skipAcks(int count) { acksToSkip.set(count); }

  /** Closes every open connection with {@code code}, as Discord does (4000: unknown error, resumable). */
  void closeAll(int code, String reason) {
    for (Connection c : connections) c.peer.close(code, reason);
  }

  /** Cuts every open connection without a close frame. */
  void dropAll() {
    for (Connection c : connections) c.peer.drop();
  }

  /** Open connections that have identified or resumed. */
  int liveSessions() {
    int n = 0;
    for (Connection c : connections) if (c.peer.isOpen() && c.session != null) n++;
    return n;
  }

  static final long GUILD_MESSAGES = 1 << 9;
  static final long DIRECT_MESSAGES = 1 << 12;
  static final long MESSAGE_CONTENT = 1 << 15;

  /**
   * Dispatches an event to the newest session serving {@code guild}'s shard (or shard 0 for a DM); false when no
   * session serves it.
   */
  boolean dispatch(FakeGuild guild, String type, ObjectNode data) {
    Session target = target(guild);
    if (target == null) return false;
    target.dispatch(type, data);
    return true;
  }

  /**
   * Dispatches MESSAGE_CREATE as Discord does: only with the GUILD_MESSAGES or DIRECT_MESSAGES intent, and without
   * the MESSAGE_CONTENT intent a guild message that does not mention the bot arrives with empty content.
   */
  boolean dispatchMessage(FakeGuild guild, ObjectNode message, boolean mentionsBot) {
    Session target = target(guild);
    if (target == null) return false;
    if ((target.intents & (guild == null ? DIRECT_MESSAGES : GUILD_MESSAGES)) == 0) return false;
    if (guild != null && !mentionsBot && (target.intents & MESSAGE_CONTENT) == 0) {
      message.put("content", "");
      message.set("attachments", Json.array());
      message.set("embeds", Json.array());
    }
    target.dispatch("MESSAGE_CREATE", message);
    return true;
  }

  private Session target(FakeGuild guild) {
    Session target = null;
    for (Session s : sessions.values()) {
      if (s.invalid) continue;
      boolean matches = guild != null ? s.shardId == guild.shard(s.shardTotal) : s.shardId == 0;
      if (matches && (target == null || s.created > target.created)) target = s;
    }
    return target;
  }

  private void serve(WebSocketPeer peer, String target) {
    Connection c = new Connection(connectionCount.incrementAndGet(), peer);
    if (!target.contains("v=10") || !target.contains("encoding=json")) {
      problems.add("connection " + c.number + " asked for " + target + "; the fake speaks v=10, encoding=json");
      peer.close(4012, "Invalid API version");
      return;
    }
    if (target.contains("compress=")) {
      problems.add("connection " + c.number + " asked for compression: " + target);
      peer.close(4002, "Decode error");
      return;
    }
    connections.add(c);
    c.send(frame(HELLO, Json.object().put("heartbeat_interval", heartbeatInterval), null, null));
    try {
      peer.read(text -> handle(c, text));
    } finally {
      closeCodes.add(peer.clientCloseCode());
      world.changed();
      connections.remove(c);
      Session s = c.session;
      if (s != null && s.connection == c) s.connection = null;
    }
  }

  private void handle(Connection c, String text) {
    JsonNode payload;
    try {
      payload = Json.parse(text);
    } catch (IllegalArgumentException e) {
      problems.add("connection " + c.number + " sent something that is not JSON: " + text);
      c.peer.close(4002, "Decode error");
      return;
    }
    int op = payload.path("op").asInt(-1);
    JsonNode d = payload.path("d");
    received.add(new GatewayEvent(c.number, op, d));
    world.changed();
    switch (op) {
      case HEARTBEAT -> {
        if (acksToSkip.getAndUpdate(n -> Math.max(0, n - 1)) == 0) c.send(frame(HEARTBEAT_ACK, null, null, null));
      }
      case IDENTIFY -> identify(c, d);
      case RESUME -> resume(c, d);
      case 3, 4, 8 -> { } // presence, voice state, member chunk request: recorded only
      default -> {
        problems.add("connection " + c.number + " sent unknown op " + op);
        c.peer.close(4001, "Unknown opcode");
      }
    }
  }

  private void identify(Connection c, JsonNode d) {
    if (c.session != null) {
      problems.add("connection " + c.number + " identified twice");
      c.peer.close(4005, "Already authenticated");
      return;
    }
    if (!world.token().equals(d.path("token").asText())) {
      problems.add("connection " + c.number + " identified with a wrong token");
      c.peer.close(4004, "Authentication failed");
      return;
    }
    if (!privilegedIntentsAllowed && (d.path("intents").asLong() & PRIVILEGED) != 0) {
      c.peer.close(4014, "Disallowed intent(s).");
      return;
    }
    int shardId = 0;
    int shardTotal = 1;
    if (d.path("shard").isArray()) {
      shardId = d.path("shard").path(0).asInt();
      shardTotal = d.path("shard").path(1).asInt();
      if (shardTotal < 1 || shardId < 0 || shardId >= shardTotal) {
        c.peer.close(4010, "Invalid shard");
        return;
      }
    }
    Session s = new Session(shardId, shardTotal, d.path("intents").asLong());
    sessions.put(s.id, s);
    s.connection = c;
    c.session = s;
    ObjectNode ready = Json.object().put("v", 10).put("session_id", s.id).put("resume_gateway_url", url());
    ready.set("user", Payloads.selfUser(world.self()));
    ArrayNode guilds = Json.array();
    List<FakeGuild> mine = new ArrayList<>();
    for (FakeGuild g : world.guilds()) {
      if (g.shard(shardTotal) != shardId) continue;
      mine.add(g);
      guilds.add(Json.object().put("id", g.id()).put("unavailable", true));
    }
    ready.set("guilds", guilds);
    ready.set("private_channels", Json.array());
    ready.set("shard", Json.array().add(shardId).add(shardTotal));
    ready.set("application", Json.object().put("id", world.self().id()).put("flags", 0));
    s.dispatch("READY", ready);
    for (FakeGuild g : mine) s.dispatch("GUILD_CREATE", Payloads.guild(g, world.self()));
  }

  private void resume(Connection c, JsonNode d) {
    Session s = sessions.get(d.path("session_id").asText());
    boolean tokenOk = world.token().equals(d.path("token").asText());
    if (refuseResumes || s == null || s.invalid || !tokenOk) {
      if (s != null && refuseResumes) s.invalid = true;
      c.send(frame(INVALID_SESSION, com.fasterxml.jackson.databind.node.BooleanNode.FALSE, null, null));
      return;
    }
    long seq = d.path("seq").asLong();
    s.connection = c;
    c.session = s;
    s.replay(seq - redeliverOnResume);
    s.dispatch("RESUMED", Json.object());
  }

  private static String frame(int op, JsonNode d, Long s, String t) {
    ObjectNode o = Json.object().put("op", op);
    if (d == null) o.putNull("d");
    else o.set("d", d);
    if (s == null) o.putNull("s");
    else o.put("s", s);
    if (t == null) o.putNull("t");
    else o.put("t", t);
    return Json.write(o);
  }

  @Override public void close() throws IOException {
    server.close();
    for (Connection c : connections) c.peer.drop();
  }

  private static final class Connection {
    final int number;
    final WebSocketPeer peer;
    volatile Session session;

    Connection(int number, WebSocketPeer peer) {
      this.number = number;
      this.peer = peer;
    }

    void send(String text) { peer.send(text); }
  }

  private final class Session {
    final String id = UUID.randomUUID().toString().replace("-", "");
    final int shardId;
    final int shardTotal;
    final long intents;
    final long created = System.nanoTime();
    final List<String> log = new ArrayList<>();
    volatile Connection connection;
    volatile boolean invalid;

    Session(int shardId, int shardTotal, long intents) {
      this.shardId = shardId;
      this.shardTotal = shardTotal;
      this.intents = intents;
    }

    synchronized void dispatch(String type, ObjectNode data) {
      long seq = log.size() + 1;
      String text = frame(DISPATCH, data, seq, type);
      log.add(text);
      Connection c = connection;
      if (c != null) c.send(text);
    }

    /** Sends every logged event after {@code seq} (never READY or an earlier RESUMED) to the connection. */
    synchronized void replay(long seq) {
      Connection c = connection;
      for (int i = (int) Math.max(seq, 0); i < log.size(); i++) {
        String text = log.get(i);
        if (text.contains("\"t\":\"READY\"") || text.contains("\"t\":\"RESUMED\"")) continue;
        if (c != null) c.send(text);
      }
    }
  }
}
