package dev.mochi.plugin.lottery;

import dev.mochi.api.Context;
import dev.mochi.api.Plugin;
import dev.mochi.api.Session;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.pf4j.Extension;

/**
 * The observed-data demo. {@code daily} gives coins once per UTC day, {@code lottery [times]} spends coins on
 * random prizes, {@code bag} shows both. Each command declares the {@link Wallet} fields, so a session loads
 * exactly those columns once and writes the changed ones in one UPDATE when it ends.
 */
@Extension
public final class Lottery implements Plugin<Lottery.Config> {

  /**
   * {@code plugins.lottery} in {@code bot.yml}.
   *
   * @param cost coins per draw (default 3)
   * @param dailyCoins coins {@code daily} gives (default 10)
   * @param maxItems how many items a bag holds (default 10)
   * @param prizes what a draw can give (default sword, shield, potion)
   */
  public record Config(int cost, int dailyCoins, int maxItems, List<String> prizes) {
    public Config {
      if (cost <= 0) cost = 3;
      if (dailyCoins <= 0) dailyCoins = 10;
      if (maxItems <= 0) maxItems = 10;
      prizes = prizes == null || prizes.isEmpty() ? List.of("sword", "shield", "potion") : List.copyOf(prizes);
    }
  }

  @Override public String name() { return "lottery"; }

  @Override public void apply(Context ctx, Config config) {
    ctx.i18n().load(Lottery.class);
    ctx.model().extend("user", Wallet.class);
    ctx.command("daily", "Collect today's coins").userFields(Wallet.class)
        .action((argv, session) -> daily(session, config));
    ctx.command("lottery [times:posint]", "Spend coins on random prizes").userFields(Wallet.class)
        .example("lottery 3")
        .action((argv, session) -> draw(session, config, argv.arg(0, Integer.class, 1)));
    ctx.command("bag", "Show your coins and items").userFields(Wallet.class)
        .action((argv, session) -> bag(session));
  }

  private static String daily(Session session, Config config) {
    Wallet w = session.user(Wallet.class);
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    if (today.equals(w.lastDaily())) return session.text("lottery.daily.again", w.coins());
    w.lastDaily(today);
    w.coins(w.coins() + config.dailyCoins());
    return session.text("lottery.daily.done", config.dailyCoins(), w.coins());
  }

  private static String draw(Session session, Config config, int times) {
    Wallet w = session.user(Wallet.class);
    if (w.items().size() + times > config.maxItems()) {
      return session.text("lottery.full", config.maxItems() - w.items().size());
    }
    if (w.coins() < config.cost() * times) {
      String today = LocalDate.now(ZoneOffset.UTC).toString();
      return session.text(today.equals(w.lastDaily()) ? "lottery.poor.tomorrow" : "lottery.poor", config.cost() * times, w.coins());
    }
    List<String> won = new ArrayList<>(times);
    for (int i = 0; i < times; i++) won.add(config.prizes().get(ThreadLocalRandom.current().nextInt(config.prizes().size())));
    w.coins(w.coins() - config.cost() * times);
    w.items().addAll(won);
    return session.text("lottery.won", String.join(", ", won), w.coins());
  }

  private static String bag(Session session) {
    Wallet w = session.user(Wallet.class);
    return w.items().isEmpty()
        ? session.text("lottery.bag.empty", w.coins())
        : session.text("lottery.bag", w.coins(), String.join(", ", w.items()));
  }
}
