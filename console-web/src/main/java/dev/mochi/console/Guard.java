package dev.mochi.console;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code Host} and {@code Origin} checks of the socket and of every state-changing HTTP route.
 *
 * <ul>
 *   <li>{@code Host} (DNS rebinding): bound to a loopback address, only {@code localhost}, {@code 127.0.0.1} and
 *       {@code [::1]} with the console's port are accepted, plus {@code allowed-hosts}; bound elsewhere, any host
 *       unless {@code allowed-hosts} lists some.</li>
 *   <li>{@code Origin} (cross-site requests and socket hijacking): absent (not a browser), or the same origin as
 *       the request's host, or listed in {@code allowed-origins}.</li>
 * </ul>
 */
final class Guard {
  private final boolean loopback;
  private final Set<String> hosts = new HashSet<>();
  private final Set<String> origins = new HashSet<>();
  private volatile int port;

  Guard(String bindHost, List<String> allowedHosts, List<String> allowedOrigins) {
    this.loopback = bindHost.equals("127.0.0.1") || bindHost.equals("localhost") || bindHost.equals("::1")
        || bindHost.startsWith("127.");
    allowedHosts.forEach(h -> hosts.add(h.toLowerCase(Locale.ROOT)));
    allowedOrigins.forEach(o -> origins.add(o.toLowerCase(Locale.ROOT)));
  }

  void port(int port) {
    this.port = port;
  }

  /** Why the {@code Host} header is refused; null when it is fine. */
  String hostProblem(String host) {
    if (host == null || host.isBlank()) return "The request has no Host header";
    String h = host.toLowerCase(Locale.ROOT);
    if (hosts.contains(h)) return null;
    if (loopback) {
      for (String name : List.of("localhost", "127.0.0.1", "[::1]")) {
        if (h.equals(name + ":" + port) || (port == 80 && h.equals(name))) return null;
      }
      return "Host '" + host + "' is not this console (a DNS rebinding attempt?); add it to plugins.console.allowed-hosts if it is";
    }
    return hosts.isEmpty() ? null : "Host '" + host + "' is not in plugins.console.allowed-hosts";
  }

  /** Why the {@code Origin} header is refused; null when it is fine. */
  String originProblem(String origin, String host) {
    if (origin == null || origin.isBlank()) return null;
    String o = origin.toLowerCase(Locale.ROOT);
    if (origins.contains(o)) return null;
    try {
      URI uri = URI.create(o);
      String authority = uri.getRawAuthority();
      if (authority != null && host != null && authority.equals(host.toLowerCase(Locale.ROOT))
          && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
        return null;
      }
    } catch (IllegalArgumentException e) {
      return "Origin '" + origin + "' is not a valid origin";
    }
    return "Origin '" + origin + "' may not use this console (cross-site request); add it to plugins.console.allowed-origins if it should";
  }
}
