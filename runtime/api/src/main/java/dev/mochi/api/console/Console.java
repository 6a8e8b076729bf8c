package dev.mochi.api.console;

import dev.mochi.api.Disposable;
import dev.mochi.api.ScopedService;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The web console (a service provided by the console plugin). Everything registered through it belongs to the
 * registering plugin and is removed, with the clients told, when that plugin is unloaded.
 *
 * <pre>{@code
 * ctx.inject(Console.class, console -> {
 *   console.addEntry("console/lottery.js");                       // an ES module inside this plugin's jar
 *   DataService<List<String>> custom = console.data("custom", () -> List.of("Hello", "World"));
 *   custom.refresh();                                             // push the new value to every allowed client
 *   console.addListener("get-greeting", (client, args) -> List.of("Hello", "World"), 3);  // authority 3
 *   console.channel("admins").join(client);                       // Feathers-style channels
 *   console.publish("custom", (data, ev) -> console.channel("authenticated"));
 * });
 * }</pre>
 *
 * <p>Authority is the user's authority (0–5), the same number chat commands check; a connection that has not logged
 * in has authority 0 and {@link Client#user()} empty.
 */
public interface Console extends ScopedService<Console> {

  // ---------------------------------------------------------------- data services

  /** A data service every connection receives (authority 0). */
  <T> DataService<T> data(String key, Supplier<T> value);

  /**
   * A data service only connections of at least {@code authority} receive, on connect, on login and on every
   * {@link DataService#refresh()}; the others never learn of it, not even its key.
   *
   * @throws ConsoleException ({@link ErrorCode#CONFLICT}) when another data service already has this key
   */
  <T> DataService<T> data(String key, Supplier<T> value, int authority);

  /** A data service whose value is computed for each connection (e.g. per user). */
  <T> DataService<T> data(String key, Function<Client, T> value, int authority);

  // ---------------------------------------------------------------- listeners

  /** A listener anyone may call (authority 0). */
  Disposable addListener(String name, ConsoleListener handler);

  /**
   * A listener answering {@code {action: name}} requests. A caller below {@code authority} is refused before the
   * handler runs: {@link ErrorCode#NOT_AUTHENTICATED} when not logged in, {@link ErrorCode#FORBIDDEN} otherwise.
   *
   * @throws ConsoleException ({@link ErrorCode#CONFLICT}) when the name is taken
   */
  Disposable addListener(String name, ConsoleListener handler, int authority);

  // ---------------------------------------------------------------- entries

  /**
   * Serves an ES module (and the files beside it) from the calling plugin's own jar and lists it in the
   * {@code entries} data service, so the web client imports it.
   *
   * @param path a path inside the jar, e.g. {@code console/lottery.js}
   * @throws ConsoleException ({@link ErrorCode#NOT_FOUND}) when the jar has no such file
   */
  Disposable addEntry(String path);

  /** Like {@link #addEntry(String)}, with the file looked up in {@code loader} (the plugin's class loader). */
  Disposable addEntry(String path, ClassLoader loader);

  // ---------------------------------------------------------------- channels and events

  /**
   * The named channel, created on first use; several names give a combined channel (no duplicates; joining or
   * leaving it joins or leaves every one of them). Built in: {@code anonymous}, {@code authenticated},
   * {@code authority:<n>}, {@code user:<id>}.
   */
  Channel channel(String... names);

  /** A channel combining {@code channels}: a connection in several gets the payload of the first that holds it. */
  Channel channel(Channel... channels);

  /** The names of every channel that exists. */
  List<String> channels();

  /** Every open connection. */
  List<Client> clients();

  /** The publisher of every event that has no more specific one. */
  Disposable publish(Publisher publisher);

  /** The publisher of app event {@code event} (events emitted without a service). */
  Disposable publish(String event, Publisher publisher);

  /** The publisher of every event of service {@code service} that has no event-specific one. */
  Disposable publishService(String service, Publisher publisher);

  /** The publisher of event {@code event} of service {@code service}: the most specific kind. */
  Disposable publish(String service, String event, Publisher publisher);

  /** Emits an app event (authority 0): its publisher chooses the channels, each gets {@code {type: "event"}}. */
  void emit(String event, Object data);

  /**
   * Emits an event. Publishers are chosen most specific first (service and event, service, app and event, app); one
   * that returns no channel publishes nothing; connections below the event's authority are left out.
   */
  void emit(ConsoleEvent event);
}
