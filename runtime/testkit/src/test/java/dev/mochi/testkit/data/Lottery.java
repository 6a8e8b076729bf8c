package dev.mochi.testkit.data;

import dev.mochi.api.Context;
import dev.mochi.api.Plugin;
import dev.mochi.api.data.FieldType;
import java.util.Map;

/** A small plugin exercising the data layer through commands and middleware. */
final class Lottery implements Plugin<Void> {
  @Override public void apply(Context ctx, Void config) {
    ctx.model().extend("user", Wallet.class);
    ctx.model().extend("channel", Map.of("count", FieldType.integer().withDefault("0")));
    ctx.command("lottery", "Draw an item").userFields(Wallet.class).action((argv, s) -> {
      Wallet w = s.user(Wallet.class);
      w.coins(w.coins() + 1);
      String item = "item-" + w.coins();
      w.items().add(item);
      return "You got " + item;
    });
    ctx.command("count").channelFields("count").action((argv, s) -> "count " + s.channel().update("count", (Integer c) -> c + 1));
    ctx.command("two").userFields(Wallet.class).action((argv, s) -> {
      Wallet w = s.user(Wallet.class);
      w.coins(w.coins() + 1);
      w.msgCount(w.msgCount() + 1);
      return "two changed";
    });
    ctx.command("look").userFields(Wallet.class).action((argv, s) -> "coins " + s.user(Wallet.class).coins());
    ctx.command("peek").action((argv, s) -> "coins " + s.user(Wallet.class).coins());
  }
}
