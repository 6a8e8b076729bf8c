package dev.mochi.console;

import dev.mochi.api.Disposable;
import dev.mochi.api.console.ConsoleException;
import dev.mochi.api.console.DataService;
import dev.mochi.api.console.ErrorCode;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Plugins' ES modules ({@code console.addEntry("console/x.js")}): each is served at
 * {@code /entries/<plugin>/<path>} together with the files beside it (its folder and below), looked up in the
 * plugin's class loader and accepted only when the file comes from the same jar (or folder) as the entry itself, so
 * neither {@code ..} nor a host resource is ever served. The {@code entries} data service lists them.
 */
final class Entries {
  /** One entry: its plugin, the path in the jar, where its files may come from. */
  record Entry(String plugin, String path, String folder, ClassLoader loader, String origin) {
    String url() {
      return "/entries/" + plugin + "/" + path;
    }
  }

  private final List<Entry> entries = new CopyOnWriteArrayList<>();
  private volatile DataService<?> service;

  void service(DataService<?> s) { this.service = s; }

  List<Map<String, String>> list() {
    return entries.stream().map(e -> Map.of("plugin", e.plugin(), "url", e.url())).toList();
  }

  Disposable add(String plugin, String path, ClassLoader loader) {
    String clean = clean(path).orElseThrow(() -> new ConsoleException(ErrorCode.REQUEST_INVALID,
        "Plugin '" + plugin + "': entry '" + path + "' is not a plain relative path inside the jar (no '..', no leading '/')"));
    URL url = loader.getResource(clean);
    if (url == null) {
      throw new ConsoleException(ErrorCode.NOT_FOUND, "Plugin '" + plugin + "': its jar has no file '" + clean
          + "' for console.addEntry; put it under src/main/resources/" + clean);
    }
    int slash = clean.lastIndexOf('/');
    Entry e = new Entry(plugin, clean, slash < 0 ? "" : clean.substring(0, slash + 1), loader, origin(url, clean));
    entries.add(e);
    refresh();
    return () -> {
      if (entries.remove(e)) refresh();
    };
  }

  private void refresh() {
    DataService<?> s = service;
    if (s != null) s.refresh();
  }

  /** The file {@code path} of {@code plugin}'s entries, when it is one they may serve. */
  Optional<URL> find(String plugin, String path) {
    Optional<String> clean = clean(path);
    if (clean.isEmpty()) return Optional.empty();
    for (Entry e : entries) {
      if (!e.plugin().equals(plugin) || !clean.get().startsWith(e.folder())) continue;
      URL url = e.loader().getResource(clean.get());
      if (url != null && origin(url, clean.get()).equals(e.origin())) return Optional.of(url);
    }
    return Optional.empty();
  }

  /** Whether some entry of {@code plugin} exists (to tell a refused path from an unknown plugin). */
  boolean has(String plugin) {
    return entries.stream().anyMatch(e -> e.plugin().equals(plugin));
  }

  /** The path with no empty, {@code .} or {@code ..} segment, no backslash and no leading slash; else empty. */
  static Optional<String> clean(String path) {
    if (path == null || path.isEmpty() || path.length() > 500 || path.startsWith("/") || path.contains("\\")
        || path.contains("\0") || path.contains(":")) {
      return Optional.empty();
    }
    for (String seg : path.split("/", -1)) {
      if (seg.isEmpty() || seg.equals(".") || seg.equals("..")) return Optional.empty();
    }
    return Optional.of(path);
  }

  /** Where a resource comes from: its URL without the path inside the jar or folder. */
  private static String origin(URL url, String path) {
    String s = url.toExternalForm();
    return s.endsWith(path) ? s.substring(0, s.length() - path.length()) : s;
  }
}
