package dev.mochi.console;

import dev.mochi.api.Context;
import dev.mochi.api.Events;
import dev.mochi.api.PluginException;
import dev.mochi.api.console.Console;
import dev.mochi.api.console.ConsoleException;
import dev.mochi.api.console.DataService;
import dev.mochi.api.console.ErrorCode;
import dev.mochi.api.plugin.InvalidConfigException;
import dev.mochi.api.plugin.PluginConfig;
import dev.mochi.api.plugin.PluginInfo;
import dev.mochi.api.plugin.Plugins;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code plugins} data service (state, error, schema, config) and its actions (enable, disable, reload,
 * configure, install, uninstall), authority 4, on the kernel's {@link Plugins} service. A configuration that does not
 * fit is answered {@code request_invalid} with {@code detail.fields} naming the key.
 */
final class PluginActions {
  private final ConsoleServer server;

  PluginActions(ConsoleServer server) {
    this.server = server;
  }

  void register(Context ctx) {
    ctx.inject(Plugins.class, (sub, plugins) -> {
      Console console = server.console().forScope(sub);
      DataService<?> s = console.data("plugins", () -> plugins.list().stream().map(p -> view(plugins, p)).toList(), Builtins.ADMIN);
      sub.on(Events.PLUGIN_STATE, change -> s.refresh());
      console.addListener("plugins.enable", (c, a) -> act(() -> view(plugins, plugins.enable(a.get("id", String.class)))), Builtins.ADMIN);
      console.addListener("plugins.disable", (c, a) -> act(() -> view(plugins, plugins.disable(a.get("id", String.class)))), Builtins.ADMIN);
      console.addListener("plugins.reload", (c, a) -> act(() -> view(plugins, plugins.reload(a.get("id", String.class)))), Builtins.ADMIN);
      console.addListener("plugins.uninstall", (c, a) -> act(() -> {
        plugins.uninstall(a.get("id", String.class));
        return Map.of();
      }), Builtins.ADMIN);
      console.addListener("plugins.configure", (c, a) -> act(() -> {
        @SuppressWarnings("unchecked")
        Map<String, Object> value = a.get("value", Map.class);
        return view(plugins, plugins.configure(a.get("name", String.class), value));
      }), Builtins.ADMIN);
      console.addListener("plugins.install", (c, a) -> act(() -> {
        byte[] content;
        try {
          content = Base64.getDecoder().decode(a.get("content", String.class));
        } catch (IllegalArgumentException e) {
          throw new ConsoleException(ErrorCode.REQUEST_INVALID, "content must be the jar in base64");
        }
        return view(plugins, plugins.install(a.get("fileName", String.class), content));
      }), Builtins.ADMIN);
    });
  }

  private interface Action {
    Object run();
  }

  private static Object act(Action action) {
    try {
      return action.run();
    } catch (InvalidConfigException e) {
      throw new ConsoleException(ErrorCode.REQUEST_INVALID, e.getMessage(), Map.of("fields", Map.of(e.key(), e.getMessage())));
    } catch (PluginException e) {
      ErrorCode code = e.getMessage().contains("no jar") || e.getMessage().contains("no loaded") || e.getMessage().contains("no plugin")
          ? ErrorCode.NOT_FOUND : ErrorCode.CONFLICT;
      throw new ConsoleException(code, e.getMessage());
    }
  }

  static Map<String, Object> view(Plugins plugins, PluginInfo p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", p.id());
    m.put("version", p.version());
    m.put("description", p.description());
    m.put("state", p.state().name().toLowerCase(Locale.ROOT));
    m.put("error", p.error().orElse(null));
    m.put("plugins", p.plugins());
    m.put("dependencies", p.dependencies());
    m.put("source", p.source().map(x -> x.getFileName().toString()).orElse(null));
    List<Map<String, Object>> configs = new ArrayList<>();
    if (p.active()) {
      for (String name : p.plugins()) {
        try {
          PluginConfig cfg = plugins.config(name);
          configs.add(Map.of("name", cfg.name(), "schema", cfg.schema(), "value", cfg.value()));
        } catch (RuntimeException notActive) {
          // listed without its form
        }
      }
    }
    m.put("configs", configs);
    m.put("schema", configs.isEmpty() ? null : configs.getFirst().get("schema"));
    m.put("config", configs.isEmpty() ? null : configs.getFirst().get("value"));
    return m;
  }
}
