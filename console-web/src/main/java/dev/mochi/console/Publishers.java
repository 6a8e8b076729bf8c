package dev.mochi.console;

import dev.mochi.api.Disposable;
import dev.mochi.api.console.Client;
import dev.mochi.api.console.ConsoleEvent;
import dev.mochi.api.console.Publisher;
import dev.mochi.console.resource.PerClient;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.slf4j.Logger;

/**
 * Publishers by what they cover, chosen most specific first: service and event, service, app and event, app. The
 * newest registration for one key wins; disposing it brings back the one before. A publisher that returns null or an
 * empty channel publishes nothing, and connections below the event's authority never receive it. A {@link PerClient}
 * payload (resource events) is asked what each connection receives; one it answers null for receives nothing.
 */
final class Publishers {
  private final Map<String, Deque<Publisher>> byKey = new ConcurrentHashMap<>();
  private final Logger log;

  Publishers(Logger log) {
    this.log = log;
  }

  static String key(String service, String event) {
    return service + "\u0000" + event;
  }

  Disposable add(String service, String event, Publisher publisher) {
    Deque<Publisher> stack = byKey.computeIfAbsent(key(service, event), k -> new ConcurrentLinkedDeque<>());
    stack.push(publisher);
    return () -> stack.remove(publisher);
  }

  /** The publisher for an event, most specific first; null when none covers it. */
  Publisher find(ConsoleEvent e) {
    List<String> keys = e.service().isEmpty()
        ? List.of(key("", e.event()), key("", ""))
        : List.of(key(e.service(), e.event()), key(e.service(), ""), key("", e.event()), key("", ""));
    for (String k : keys) {
      Deque<Publisher> stack = byKey.get(k);
      Publisher p = stack == null ? null : stack.peek();
      if (p != null) return p;
    }
    return null;
  }

  /** Publishes one event; returns how many connections it was sent to. */
  int publish(ConsoleEvent e) {
    Publisher p = find(e);
    if (p == null) return 0;
    Object chosen;
    try {
      chosen = p.publish(e.data(), e);
    } catch (RuntimeException ex) {
      log.warn("Console publisher of event '{}' failed; nothing was sent: {}", e.event(), ex.toString(), ex);
      return 0;
    }
    if (!(chosen instanceof BaseChannel channel)) return 0;
    Map<Object, String> frames = new IdentityHashMap<>();
    int sent = 0;
    for (Map.Entry<Client, Object> d : channel.deliveries().entrySet()) {
      Client c = d.getKey();
      if (!(c instanceof Connection conn) || !conn.open() || conn.authority() < e.authority()) continue;
      Object chosenPayload = d.getValue() == BaseChannel.NONE ? e.data() : d.getValue();
      if (chosenPayload instanceof PerClient perClient) {
        chosenPayload = perClient.forClient(conn);
        if (chosenPayload == null) continue;
      }
      Object payload = chosenPayload;
      String frame = frames.computeIfAbsent(payload == null ? BaseChannel.NONE : payload,
          x -> Push.event(e.service(), e.event(), payload));
      conn.push(frame);
      sent++;
    }
    return sent;
  }
}
