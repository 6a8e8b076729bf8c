package dev.mochi.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The REST half of the fake Discord, under {@code /api/v10/}: the routes a bot uses (self user, gateway, sending
 * messages with JSON or multipart uploads, opening DMs, bulk-overwriting application commands, answering
 * interactions) with Discord's validation where a test could notice it (the bot token, 2,000 characters, empty
 * messages, unknown channels), each answered with Discord's JSON shapes and error bodies. Every request is recorded.
 */
final class FakeRest implements AutoCloseable {
  static final String PREFIX = "/api/v10/";
  private static final Pattern SEND = Pattern.compile("channels/(\\d+)/messages");
  private static final Pattern COMMANDS = Pattern.compile("applications/(\\d+)(?:/guilds/(\\d+))?/commands");
  private static final Pattern CALLBACK = Pattern.compile("interactions/(\\d+)/([^/]+)/callback");
  private static final Pattern ORIGINAL = Pattern.compile("webhooks/(\\d+)/([^/]+)/messages/@original");
  private static final Pattern FOLLOWUP = Pattern.compile("webhooks/(\\d+)/([^/]+)");

  private final FakeDiscord world;
  private final HttpServer server;
  private final List<RestCall> calls = new CopyOnWriteArrayList<>();
  private final Map<String, Integer> acknowledged = new ConcurrentHashMap<>();
  private static final long ANSWER_WITHIN = java.util.concurrent.TimeUnit.SECONDS.toNanos(3);

  FakeRest(FakeDiscord world) throws IOException {
    this.world = world;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    this.server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    this.server.createContext("/", this::handle);
    this.server.start();
  }

  String baseUrl() { return "http://127.0.0.1:" + server.getAddress().getPort() + PREFIX; }

  List<RestCall> calls() { return List.copyOf(calls); }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      long arrived = System.nanoTime();
      String method = exchange.getRequestMethod();
      String fullPath = exchange.getRequestURI().getPath();
      String query = exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery();
      byte[] raw = readAll(exchange.getRequestBody());
      JsonNode body = Json.object();
      List<RestCall.Upload> files = new ArrayList<>();
      String type = exchange.getRequestHeaders().getFirst("Content-Type");
      Reply reply;
      try {
        if (type != null && type.startsWith("multipart/form-data")) {
          for (RestCall.Upload part : Multipart.parse(type, raw)) {
            if (part.field().equals("payload_json")) body = Json.parse(part.content());
            else files.add(part);
          }
        } else if (raw.length > 0) {
          body = Json.parse(raw);
        }
        if (!fullPath.startsWith(PREFIX)) {
          reply = error(404, 0, "404: Not Found");
        } else if (!("Bot " + world.token()).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
          reply = error(401, 0, "401: Unauthorized");
        } else {
          reply = route(method, fullPath.substring(PREFIX.length()), body, files);
        }
      } catch (IllegalArgumentException e) {
        reply = error(400, 50109, "The request body contains invalid JSON.");
      }
      calls.add(new RestCall(method, fullPath.startsWith(PREFIX) ? fullPath.substring(PREFIX.length()) : fullPath, query,
          body, List.copyOf(files), reply.status, arrived));
      world.changed();
      send(exchange, reply);
    }
  }

  private Reply route(String method, String path, JsonNode body, List<RestCall.Upload> files) {
    Matcher m;
    if (method.equals("GET") && path.equals("users/@me")) return ok(Payloads.selfUser(world.self()));
    if (method.equals("GET") && path.equals("gateway")) return ok(Json.object().put("url", world.gatewayUrl()));
    if (method.equals("GET") && path.equals("gateway/bot")) return ok(gatewayBot());
    if (method.equals("POST") && path.equals("users/@me/channels")) {
      FakeUser user = world.userById(body.path("recipient_id").asText()).orElse(null);
      if (user == null) return error(400, 50035, "Invalid Form Body");
      return ok(Payloads.dmChannel(world.dmChannel(user), user));
    }
    if (method.equals("POST") && (m = SEND.matcher(path)).matches()) {
      FakeChannel channel = world.channel(m.group(1)).orElse(null);
      if (channel == null) return error(404, 10003, "Unknown Channel");
      return createMessage(channel, body, files);
    }
    if (method.equals("PUT") && (m = COMMANDS.matcher(path)).matches()) {
      if (!m.group(1).equals(world.self().id())) return error(403, 50001, "Missing Access");
      String guildId = m.group(2);
      if (guildId != null && world.guilds().stream().noneMatch(g -> g.id().equals(guildId))) {
        return error(404, 10004, "Unknown Guild");
      }
      Optional<String> problem = CommandRules.check(body);
      if (problem.isPresent()) return error(400, 50035, "Invalid Form Body: " + problem.get());
      return ok(registered(body, m.group(1), m.group(2)));
    }
    if (method.equals("POST") && (m = CALLBACK.matcher(path)).matches()) return callback(m.group(1), m.group(2), body, files);
    if ((m = ORIGINAL.matcher(path)).matches() && method.equals("PATCH")) return webhook(m.group(1), m.group(2), body, files);
    if ((m = FOLLOWUP.matcher(path)).matches() && method.equals("POST")) return webhook(m.group(1), m.group(2), body, files);
    return error(404, 0, "404: Not Found");
  }

  /**
   * The first answer to an interaction, as Discord takes it: once, within 3 seconds of the interaction (after that
   * Discord has forgotten it: 10062), either a message (type 4) or a deferral (type 5).
   */
  private Reply callback(String id, String token, JsonNode body, List<RestCall.Upload> files) {
    FakeInteraction i = world.interaction(id).filter(x -> x.token().equals(token)).orElse(null);
    if (i == null || System.nanoTime() - i.createdNanos() > ANSWER_WITHIN) return error(404, 10062, "Unknown interaction");
    int type = body.path("type").asInt();
    if (type != 4 && type != 5) return error(400, 50035, "Invalid Form Body: type: expected 4 or 5 for a slash command");
    if (type == 4) {
      Reply invalid = invalidContent(body.path("data"), files);
      if (invalid != null) return invalid;
    }
    if (acknowledged.putIfAbsent(id, type) != null) return error(400, 40060, "Interaction has already been acknowledged.");
    ObjectNode response = Json.object();
    response.set("interaction", Json.object().put("id", id).put("type", 2));
    ObjectNode resource = Json.object().put("type", type);
    if (type == 4) resource.set("message", webhookMessage(body.path("data"), files));
    response.set("resource", resource);
    return ok(response);
  }

  /** Editing the original answer or sending a follow-up: only after the interaction was acknowledged. */
  private Reply webhook(String applicationId, String token, JsonNode body, List<RestCall.Upload> files) {
    FakeInteraction i = world.interactionByToken(token).orElse(null);
    if (!applicationId.equals(world.self().id()) || i == null || !acknowledged.containsKey(i.id())) {
      return error(404, 10015, "Unknown Webhook");
    }
    Reply invalid = invalidContent(body, files);
    return invalid != null ? invalid : ok(webhookMessage(body, files));
  }

  private static Reply invalidContent(JsonNode data, List<RestCall.Upload> files) {
    String content = data.path("content").asText("");
    if (content.codePointCount(0, content.length()) > 2000) {
      return error(400, 50035, "Invalid Form Body: content: Must be 2000 or fewer in length.");
    }
    boolean hasEmbeds = data.path("embeds").isArray() && !data.path("embeds").isEmpty();
    if (content.isEmpty() && !hasEmbeds && files.isEmpty()) return error(400, 50006, "Cannot send an empty message");
    return null;
  }

  private ObjectNode gatewayBot() {
    ObjectNode o = Json.object().put("url", world.gatewayUrl()).put("shards", world.recommendedShards());
    o.set("session_start_limit", Json.object().put("total", 1000).put("remaining", 999)
        .put("reset_after", 14_400_000).put("max_concurrency", 1));
    return o;
  }

  private Reply createMessage(FakeChannel channel, JsonNode body, List<RestCall.Upload> files) {
    String content = body.path("content").asText("");
    if (content.codePointCount(0, content.length()) > 2000) {
      return error(400, 50035, "Invalid Form Body: content: Must be 2000 or fewer in length.");
    }
    boolean hasEmbeds = body.path("embeds").isArray() && !body.path("embeds").isEmpty();
    if (content.isEmpty() && !hasEmbeds && files.isEmpty() && !body.has("sticker_ids")) {
      return error(400, 50006, "Cannot send an empty message");
    }
    ObjectNode message = Payloads.message(Snowflakes.next(), channel, world.self(), content, Instant.now());
    message.remove("member");
    if (hasEmbeds) message.set("embeds", body.path("embeds"));
    message.set("attachments", attachments(files));
    world.echo(channel, message.deepCopy()); // Discord tells the bot about its own message too
    return ok(message);
  }

  private ObjectNode webhookMessage(JsonNode data, List<RestCall.Upload> files) {
    FakeChannel somewhere = new FakeChannel("1", null, "interaction");
    ObjectNode message = Payloads.message(Snowflakes.next(), somewhere, world.self(), data.path("content").asText(""),
        Instant.now());
    message.put("webhook_id", world.self().id());
    message.put("application_id", world.self().id());
    if (data.path("embeds").isArray()) message.set("embeds", data.path("embeds"));
    message.set("attachments", attachments(files));
    return message;
  }

  private static ArrayNode attachments(List<RestCall.Upload> files) {
    ArrayNode out = Json.array();
    for (RestCall.Upload f : files) {
      String id = Snowflakes.next();
      out.add(Json.object().put("id", id).put("filename", f.filename()).put("size", f.content().length)
          .put("url", "https://cdn.discordapp.com/attachments/1/" + id + "/" + f.filename())
          .put("proxy_url", "https://media.discordapp.net/attachments/1/" + id + "/" + f.filename()));
    }
    return out;
  }

  /** What Discord answers to a bulk overwrite: the commands as sent, each with an id, version and application. */
  private static ArrayNode registered(JsonNode commands, String applicationId, String guildId) {
    ArrayNode out = Json.array();
    for (JsonNode c : commands) {
      ObjectNode copy = ((ObjectNode) c).deepCopy();
      copy.put("id", Snowflakes.next()).put("application_id", applicationId).put("version", Snowflakes.next());
      if (!copy.has("type")) copy.put("type", 1);
      if (!copy.has("description")) copy.put("description", "");
      if (guildId != null) copy.put("guild_id", guildId);
      if (!copy.has("default_member_permissions")) copy.putNull("default_member_permissions");
      out.add(copy);
    }
    return out;
  }

  private record Reply(int status, JsonNode body) {}

  private static Reply ok(JsonNode body) { return new Reply(200, body); }

  private static Reply error(int status, int code, String message) {
    return new Reply(status, Json.object().put("message", message).put("code", code));
  }

  private static void send(HttpExchange exchange, Reply reply) throws IOException {
    byte[] bytes = Json.write(reply.body).getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(reply.status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    try (in) {
      return in.readAllBytes();
    }
  }

  @Override public void close() { server.stop(0); }
}
