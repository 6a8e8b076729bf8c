package dev.mochi.console.resource;

import dev.mochi.api.Disposable;
import dev.mochi.api.console.Client;
import dev.mochi.api.console.Console;
import dev.mochi.api.console.ConsoleEvent;
import dev.mochi.api.resource.Caller;
import dev.mochi.api.resource.ResourceEvent;
import dev.mochi.api.resource.Resources;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Resource events to the console's channels, Feathers' way: a created, updated or destroyed record of table {@code post}
 * is the event {@code created|updated|destroyed} of service {@code post}, and clients receive
 * {@code {type: "event", service: "post", event: "updated", data: {resource, key, fields, record}}}.
 *
 * <p>Who receives it is decided twice. A publisher chooses the channels, as for any console event: a plugin's for the
 * service or the event, else the app's (by default {@code authenticated}). Then the payload decides per connection
 * ({@link PerClient}): a connection receives the record only as its user could {@code get} it, with the fields they
 * may read, and nothing at all when they could not get it; so no publisher can widen what a connection sees. The
 * record is shaped once per distinct user and authority, and nothing is computed while no socket is open.
 */
public final class ResourcePushes {
  private final Console console;

  private ResourcePushes(Console console) {
    this.console = console;
  }

  /** Listens to {@code resources}' changes and publishes them through {@code console}; dispose to stop. */
  public static Disposable install(Resources resources, Console console) {
    return resources.onChange(new ResourcePushes(console)::changed);
  }

  private void changed(ResourceEvent e) {
    if (console.clients().isEmpty()) return;
    String event = e.kind().name().toLowerCase(Locale.ROOT);
    console.emit(ConsoleEvent.of(e.resource(), event, new Payload(e)));
  }

  /** One change, as each connection may see it. */
  static final class Payload implements PerClient {
    private final ResourceEvent event;
    private final Map<Caller, Optional<Map<String, Object>>> shaped = new HashMap<>();

    Payload(ResourceEvent event) {
      this.event = event;
    }

    @Override public synchronized Object forClient(Client client) {
      return shaped.computeIfAbsent(ResourceTransport.caller(client), this::shape).orElse(null);
    }

    private Optional<Map<String, Object>> shape(Caller caller) {
      return event.recordFor(caller).map(record -> {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("resource", event.resource());
        out.put("key", event.key());
        out.put("fields", event.fields().stream().filter(record::containsKey).sorted().toList());
        out.put("record", record);
        return out;
      });
    }
  }
}
