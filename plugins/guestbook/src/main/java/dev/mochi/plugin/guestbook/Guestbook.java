package dev.mochi.plugin.guestbook;

import dev.mochi.api.Context;
import dev.mochi.api.Plugin;
import dev.mochi.api.console.Console;
import dev.mochi.api.console.ConsoleException;
import dev.mochi.api.console.DataService;
import dev.mochi.api.console.ErrorCode;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.pf4j.Extension;

/**
 * The example of a plugin with a console page. In chat, {@code sign <message>} writes into the guestbook. In the
 * console, the page {@code console/guestbook.js} (in this jar's resources) shows the entries live, from the data
 * service {@code guestbook}, and owners can clear it through the listener {@code guestbook.clear}. Without the
 * console installed the command works all the same: {@code ctx.inject} simply never calls back.
 *
 * <pre>{@code
 * plugins:
 *   guestbook:
 *     keep: 50          # entries kept (the oldest go first)
 * }</pre>
 */
@Extension
public final class Guestbook implements Plugin<Guestbook.Config> {

  /**
   * {@code plugins.guestbook} in {@code bot.yml}.
   *
   * @param keep how many entries are kept, 1 to 1000 (default 50)
   */
  public record Config(int keep) {
    public Config {
      if (keep == 0) keep = 50;
      if (keep < 1 || keep > 1000) throw new IllegalArgumentException("keep must be 1 to 1000, not " + keep);
    }
  }

  /** One signature, as the page shows it. */
  public record Entry(String author, String message, Instant at) {}

  @Override public String name() { return "guestbook"; }

  @Override public Class<Config> configType() { return Config.class; }

  @Override public void apply(Context ctx, Config config) {
    ctx.i18n().load(Guestbook.class);
    int keep = config == null ? 50 : config.keep();
    Deque<Entry> entries = new ArrayDeque<>();
    DataService<?>[] page = new DataService<?>[1];

    ctx.command("sign <message:text>", "Sign the guestbook").action((argv, session) -> {
      synchronized (entries) {
        entries.addLast(new Entry(session.author(), argv.arg(0, String.class), Instant.now()));
        while (entries.size() > keep) entries.removeFirst();
      }
      if (page[0] != null) page[0].refresh();
      return session.text("guestbook.signed");
    });

    ctx.inject(Console.class, console -> {
      console.addEntry("console/guestbook.js");
      page[0] = console.data("guestbook", () -> {
        synchronized (entries) {
          return List.copyOf(entries);
        }
      }, 1);
      console.addListener("guestbook.clear", (client, args) -> {
        if (!args.has("confirm")) throw new ConsoleException(ErrorCode.REQUEST_INVALID, "Say {confirm: true} to clear the guestbook");
        synchronized (entries) {
          entries.clear();
        }
        page[0].refresh();
        return Map.of();
      }, 4);
    });
  }
}
