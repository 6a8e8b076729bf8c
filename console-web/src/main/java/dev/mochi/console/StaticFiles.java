package dev.mochi.console;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Files the browser loads: the web client from the jar's {@code web/} folder at {@code /} ({@code index.html} for
 * {@code /}), webjars ({@code /webjars/<name>/<version>/…} from {@code META-INF/resources/webjars/}), and plugins'
 * entries at {@code /entries/<plugin>/<path>}. Paths with {@code ..}, empty segments or backslashes are refused, and a
 * file is looked up only in the console's own class loader or the entry's plugin's.
 */
final class StaticFiles {
  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("html", "text/html; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
      Map.entry("mjs", "text/javascript; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
      Map.entry("json", "application/json; charset=utf-8"), Map.entry("map", "application/json; charset=utf-8"),
      Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
      Map.entry("ico", "image/x-icon"), Map.entry("woff2", "font/woff2"), Map.entry("woff", "font/woff"),
      Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("webp", "image/webp"));

  private final Entries entries;
  private final ClassLoader own;

  StaticFiles(Entries entries, ClassLoader own) {
    this.entries = entries;
    this.own = own;
  }

  void register(JavalinConfig cfg) {
    cfg.routes.get("/entries/{plugin}/<path>", ctx -> {
      String plugin = ctx.pathParam("plugin");
      String path = ctx.pathParam("path");
      Optional<URL> url = entries.find(plugin, path);
      if (url.isEmpty()) {
        boolean refused = Entries.clean(path).isEmpty() || entries.has(plugin);
        ctx.status(refused ? 403 : 404).result(refused ? "Not a file of plugin '" + plugin + "''s console entries"
            : "No console entry of plugin '" + plugin + "'");
        return;
      }
      serve(ctx, url.get(), path, false);
    });
    cfg.routes.get("/webjars/<path>", ctx -> file(ctx, "META-INF/resources/webjars/", ctx.pathParam("path"), true));
    cfg.routes.get("/", ctx -> file(ctx, "web/", "index.html", false));
    cfg.routes.get("/<path>", ctx -> {
      String path = ctx.pathParam("path");
      if (path.startsWith("api/") || path.equals("ws")) {
        ctx.status(404).result("Not found");
        return;
      }
      file(ctx, "web/", path.endsWith("/") ? path + "index.html" : path, false);
    });
  }

  private void file(Context ctx, String root, String path, boolean immutable) throws IOException {
    Optional<String> clean = Entries.clean(path);
    URL url = clean.map(p -> own.getResource(root + p)).orElse(null);
    if (url == null) {
      ctx.status(404).result("Not found");
      return;
    }
    serve(ctx, url, clean.get(), immutable);
  }

  private static void serve(Context ctx, URL url, String path, boolean immutable) throws IOException {
    int dot = path.lastIndexOf('.');
    String ext = dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
    byte[] bytes;
    try (InputStream in = url.openStream()) {
      bytes = in.readAllBytes();
    }
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Cache-Control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
    ctx.contentType(TYPES.getOrDefault(ext, "application/octet-stream")).result(bytes);
  }
}
