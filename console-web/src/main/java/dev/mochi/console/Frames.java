package dev.mochi.console;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mochi.api.console.ConsoleException;
import dev.mochi.api.console.ErrorCode;
import java.nio.charset.StandardCharsets;

/**
 * What one incoming text (a socket frame or an HTTP body) becomes: a heartbeat, an envelope request or a JianghuJS
 * package, handled by {@link Requests} and answered in the form it came in. Nothing here costs more than linear time
 * in the text's size; the text was already checked against the size limit.
 */
final class Frames {
  private final ConsoleServer server;

  Frames(ConsoleServer server) {
    this.server = server;
  }

  /** The answer to one socket frame, or null when none is due. */
  String socketFrame(SocketConnection c, String text) {
    if (text.length() > server.config().maxFrame()
        || text.getBytes(StandardCharsets.UTF_8).length > server.config().maxFrame()) {
      return Reply.failure(null, ErrorCode.PAYLOAD_TOO_LARGE, "A frame may hold at most "
          + server.config().maxFrame() + " bytes").json();
    }
    JsonNode node;
    try {
      node = Json.parse(text);
    } catch (ConsoleException e) {
      return Reply.failure(null, e).json();
    }
    if (node.isObject() && node.has("type") && !node.has("action")) {
      if ("ping".equals(node.get("type").asText())) return "{\"type\":\"pong\"}";
      return Reply.failure(null, ErrorCode.REQUEST_INVALID, "Unknown frame type '" + node.get("type").asText()
          + "'; send {type: \"ping\"} or a request {id, action, args}").json();
    }
    if (!c.allow()) {
      ConsoleException limited = new ConsoleException(ErrorCode.RATE_LIMITED, "Too many requests on this connection (at most "
          + server.config().rate() + " per second); slow down");
      return PackageForm.isPackage(node) ? packageFailure(node, limited, true) : Reply.failure(idOf(node), limited).json();
    }
    if (PackageForm.isPackage(node)) return packageRequest(c, node, true);
    Request r;
    try {
      r = Request.of(node, true);
    } catch (ConsoleException e) {
      return Reply.failure(idOf(node), e).json();
    }
    return server.requests().handle(c, r, false).json();
  }

  /** An answer and the HTTP status it goes with. */
  record Answer(int status, String json) {}

  /** A package on either transport: its token (if any) logs the connection in first. */
  String packageRequest(Connection c, JsonNode node, boolean socket) {
    return packageAnswer(c, node, socket).json();
  }

  Answer packageAnswer(Connection c, JsonNode node, boolean socket) {
    PackageForm.Parsed p;
    try {
      p = PackageForm.parse(node, server.config().appId());
    } catch (ConsoleException e) {
      return packageFailureAnswer(node, e, socket);
    }
    Reply reply;
    try {
      if (!p.authToken().isEmpty()) server.sessions().authenticate(c, p.authToken());
      reply = server.requests().handlePackage(c, p);
    } catch (ConsoleException e) {
      reply = Reply.failure(p.request().id(), e);
    }
    return new Answer(reply.status(), PackageForm.answer(p, p.request().id(), reply, socket, server.config().appId()));
  }

  private String packageFailure(JsonNode node, ConsoleException e, boolean socket) {
    return packageFailureAnswer(node, e, socket).json();
  }

  Answer packageFailureAnswer(JsonNode node, ConsoleException e, boolean socket) {
    JsonNode id = node != null && node.isObject() ? node.get("packageId") : null;
    Reply r = Reply.failure(id, e);
    return new Answer(r.status(), PackageForm.answer(null, id, r, socket, server.config().appId()));
  }

  static JsonNode idOf(JsonNode node) {
    JsonNode id = node.isObject() ? node.get("id") : null;
    return id != null && (id.isTextual() || id.isIntegralNumber()) ? id : null;
  }
}
