package dev.mochi.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mochi.api.console.ConsoleException;
import dev.mochi.api.console.ErrorCode;
import dev.mochi.console.resource.ResourceTransport;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The HTTP side of the envelope: {@code POST /api/<action>} with {@code {args}} (or the whole envelope) in the body,
 * {@code POST /api} with the envelope, {@code GET /api/<action>?args=<json>} for actions that only read, and JianghuJS
 * packages at {@code POST /<app-id>/resource}. Resource routes may carry a key or an association after the action name
 * ({@code /api/post:get/1}, {@code /api/post/1/tags:list}) and, on GET, NocoBase's parameters in the query string.
 * Every route checks {@code Host}; POST also checks {@code Origin}. The token travels in
 * {@code Authorization: Bearer <token>}. Bodies over the limit are refused before they are read whole.
 */
final class HttpRoutes {
  private static final String JSON = "application/json; charset=utf-8";

  private final ConsoleServer server;
  private final Frames frames;

  HttpRoutes(ConsoleServer server) {
    this.server = server;
    this.frames = new Frames(server);
  }

  void register(JavalinConfig cfg) {
    cfg.routes.post("/api", ctx -> envelope(ctx, null));
    cfg.routes.post("/api/{action}", ctx -> envelope(ctx, ctx.pathParam("action")));
    cfg.routes.get("/api/{action}", ctx -> read(ctx, ctx.pathParam("action")));
    // resource routes with a key or an association: /api/post:get/1, /api/post/1/tags:list
    cfg.routes.post("/api/{action}/<rest>", ctx -> envelope(ctx, ctx.pathParam("action") + "/" + ctx.pathParam("rest")));
    cfg.routes.get("/api/{action}/<rest>", ctx -> read(ctx, ctx.pathParam("action") + "/" + ctx.pathParam("rest")));
    cfg.routes.post("/" + server.config().appId() + "/resource", this::jianghu);
  }

  private void envelope(Context ctx, String action) {
    HttpCaller caller = new HttpCaller(ctx.ip());
    Reply reply;
    try {
      guard(ctx, true);
      int limit = "plugins.install".equals(action) ? server.config().maxUpload() : server.config().maxBody();
      String body = body(ctx, limit);
      JsonNode node = body.isBlank() ? Json.MAPPER.createObjectNode() : Json.parse(body);
      Request r;
      if (action == null) {
        r = Request.of(node, false);
      } else {
        if (!node.isObject()) throw new ConsoleException(ErrorCode.REQUEST_INVALID, "The body is a JSON object {args} or {id, action, args}");
        JsonNode named = node.get("action");
        if (named != null && !named.asText().equals(action)) {
          throw new ConsoleException(ErrorCode.REQUEST_INVALID, "The body's action '" + named.asText()
              + "' is not the path's '" + action + "'");
        }
        ((ObjectNode) node).put("action", action);
        r = Request.of(node, false);
      }
      authenticate(ctx, caller);
      reply = server.requests().handle(caller, r, false);
    } catch (ConsoleException e) {
      reply = Reply.failure(null, e);
    }
    send(ctx, reply.status(), reply.json());
  }

  private void read(Context ctx, String action) {
    HttpCaller caller = new HttpCaller(ctx.ip());
    Reply reply;
    try {
      guard(ctx, false);
      String args = ctx.queryParam("args");
      String query = ctx.queryString();
      if (query != null && query.length() > server.config().maxBody()) {
        throw new ConsoleException(ErrorCode.PAYLOAD_TOO_LARGE, "args may hold at most " + server.config().maxBody() + " characters");
      }
      // a resource route also takes NocoBase's parameters as they are: ?filter={...}&sort=-id&page=2
      JsonNode argsNode = Request.args(args != null ? Json.parse(args)
          : action.indexOf(':') >= 0 ? Json.tree(ResourceTransport.queryParams(ctx.queryParamMap())) : null);
      Request r = new Request(null, action, argsNode);
      authenticate(ctx, caller);
      reply = server.requests().handle(caller, r, true);
    } catch (ConsoleException e) {
      reply = Reply.failure(null, e);
    }
    send(ctx, reply.status(), reply.json());
  }

  private void jianghu(Context ctx) {
    HttpCaller caller = new HttpCaller(ctx.ip());
    Frames.Answer answer;
    JsonNode node = null;
    try {
      guard(ctx, true);
      node = Json.parse(body(ctx, server.config().maxBody()));
      authenticate(ctx, caller);
      answer = frames.packageAnswer(caller, node, false);
    } catch (ConsoleException e) {
      answer = frames.packageFailureAnswer(node, e, false);
    }
    send(ctx, answer.status(), answer.json());
  }

  private void guard(Context ctx, boolean changesState) {
    String problem = server.guard().hostProblem(ctx.host());
    if (problem == null && changesState) problem = server.guard().originProblem(ctx.header("Origin"), ctx.host());
    if (problem != null) throw new ConsoleException(ErrorCode.FORBIDDEN, problem);
  }

  private void authenticate(Context ctx, HttpCaller caller) {
    String header = ctx.header("Authorization");
    if (header == null || header.isBlank()) {
      server.sessions().trustLocal(caller);
      return;
    }
    if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw new ConsoleException(ErrorCode.TOKEN_INVALID, "The Authorization header must be 'Bearer <token>'");
    }
    server.sessions().authenticate(caller, header.substring(7).strip());
  }

  /** The body as text, refused with {@code payload_too_large} past {@code limit} bytes. */
  private static String body(Context ctx, int limit) {
    long declared = ctx.contentLength();
    if (declared > limit) throw tooLarge(limit);
    try (InputStream in = ctx.bodyInputStream()) {
      byte[] bytes = in.readNBytes(limit + 1);
      if (bytes.length > limit) throw tooLarge(limit);
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConsoleException(ErrorCode.REQUEST_INVALID, "The body could not be read: " + e.getMessage());
    }
  }

  private static ConsoleException tooLarge(int limit) {
    return new ConsoleException(ErrorCode.PAYLOAD_TOO_LARGE, "A request body may hold at most " + limit + " bytes");
  }

  private static void send(Context ctx, int status, String json) {
    ctx.status(status).contentType(JSON).result(json);
  }
}
