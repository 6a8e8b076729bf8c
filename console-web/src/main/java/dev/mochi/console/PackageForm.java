package dev.mochi.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mochi.api.console.ConsoleException;
import dev.mochi.api.console.ErrorCode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JianghuJS's request package, mapped onto the same handlers as the envelope:
 * {@code {packageId, packageType, appData: {appId, pageId, actionId, authToken, actionData, where…}}} becomes
 * {@code {id: packageId, action: actionId, args: actionData}}; the answer is
 * {@code {packageId, packageType: httpResponse|socketResponse, status: success|fail, timestamp, appData: {appId,
 * pageId, actionId, resultData | errorCode, errorReason, errorReasonSupplement}}}.
 */
final class PackageForm {
  private PackageForm() {}

  /** One package: the envelope request it maps to, with what the answer needs. */
  record Parsed(Request request, String appId, String pageId, String actionId, String authToken, ObjectNode appData) {}

  static boolean isPackage(JsonNode node) {
    return node.isObject() && (node.has("packageId") || node.has("appData"));
  }

  /** Reads a package; {@code request_invalid} names what is missing, a wrong app id is {@code not_found}. */
  static Parsed parse(JsonNode node, String expectedAppId) {
    JsonNode packageId = node.get("packageId");
    if (packageId == null || !(packageId.isTextual() || packageId.isIntegralNumber())) {
      throw new ConsoleException(ErrorCode.REQUEST_INVALID, "The package has no packageId (a string)");
    }
    if (packageId.isTextual() && packageId.textValue().length() > 128) {
      throw new ConsoleException(ErrorCode.REQUEST_INVALID, "The package's packageId is longer than 128 characters");
    }
    if (!(node.get("appData") instanceof ObjectNode appData)) {
      throw new ConsoleException(ErrorCode.REQUEST_INVALID, "The package has no appData object");
    }
    String appId = text(appData, "appId", expectedAppId);
    if (!appId.equals(expectedAppId)) {
      throw new ConsoleException(ErrorCode.NOT_FOUND, "No app '" + appId + "' here; this console's app id is '" + expectedAppId + "'");
    }
    String actionId = text(appData, "actionId", "");
    if (actionId.isBlank()) throw new ConsoleException(ErrorCode.REQUEST_INVALID, "The package's appData has no actionId");
    String pageId = text(appData, "pageId", "");
    String token = text(appData, "authToken", "");
    JsonNode actionData = Request.args(appData.get("actionData"));
    return new Parsed(new Request(packageId, actionId, actionData), appId, pageId, actionId, token, appData);
  }

  private static String text(ObjectNode appData, String field, String fallback) {
    JsonNode v = appData.get(field);
    if (v == null || v.isNull()) return fallback;
    if (!v.isTextual()) throw new ConsoleException(ErrorCode.REQUEST_INVALID, "The package's appData." + field + " must be a string");
    return v.textValue();
  }

  /** The answer to a package ({@code parsed} null when the package could not be read). */
  static String answer(Parsed parsed, JsonNode packageId, Reply reply, boolean socket, String appId) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("packageId", packageId == null ? JsonNodeFactory.instance.nullNode() : packageId);
    out.put("packageType", socket ? "socketResponse" : "httpResponse");
    out.put("status", reply.ok() ? "success" : "fail");
    out.put("timestamp", Instant.now().toString());
    Map<String, Object> app = new LinkedHashMap<>();
    app.put("appId", parsed == null ? appId : parsed.appId());
    app.put("pageId", parsed == null ? "" : parsed.pageId());
    app.put("actionId", parsed == null ? "" : parsed.actionId());
    if (reply.ok()) {
      app.put("resultData", reply.data());
      if (!reply.meta().isEmpty()) app.put("resultMeta", reply.meta());
    } else {
      app.put("errorCode", reply.code().wire());
      app.put("errorReason", reply.message());
      app.put("errorReasonSupplement", reply.detail().isEmpty() ? null : reply.detail());
    }
    out.put("appData", app);
    return Json.write(out);
  }
}
