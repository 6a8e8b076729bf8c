package dev.mochi.plugin.lottery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.testkit.MochiTest;
import dev.mochi.testkit.MockClient;
import dev.mochi.testkit.PluginJar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LotteryTest {
  @RegisterExtension static final MochiTest mochi = MochiTest.create()
      .pluginConfig("lottery", "cost: 4\ndaily-coins: 10\nmax-items: 3\nprizes: [sword]");

  private MockClient alice;

  @BeforeEach void loadTheShippedJar() {
    assertThat(mochi.pluginJar(PluginJar.of("lottery", Lottery.class)).active()).isTrue();
    alice = mochi.client("alice");
  }

  @Test void dailyGivesCoinsOncePerDay() {
    alice.send("daily").shouldReply("You collected 10 coins; you have 10.");
    alice.send("daily").shouldReply("You already collected today's coins; you have 10. Come back tomorrow.");
  }

  @Test void eachDrawCostsCoinsAndAddsOneItem() {
    alice.send("daily").replies();
    alice.send("lottery 2").shouldReply("You got sword, sword! 2 coins left.");
    alice.send("bag").shouldReply("Coins: 2. Items: sword, sword.");
  }

  @Test void aDrawWithoutEnoughCoinsChangesNothing() {
    alice.send("lottery").shouldReply("That costs 4 coins and you have 0. Try daily.");
    alice.send("bag").shouldReply("Coins: 0. Your bag is empty.");
  }

  @Test void aDrawWithoutEnoughCoinsAfterDailyWasCollectedSaysComeBackTomorrow() {
    alice.send("daily").replies();
    alice.send("lottery 2").shouldReply("You got sword, sword! 2 coins left.");
    alice.send("lottery").shouldReply("That costs 4 coins and you have 2. You collected today's coins already; "
        + "come back tomorrow for more.");
  }

  @Test void theBagHoldsAtMostMaxItems() {
    alice.send("daily").replies();
    alice.send("lottery 2").replies();
    alice.send("lottery 2").shouldReply("Your bag has room for 1 more item.");
  }

  @Test void coinsAndItemsAreStoredInTheUserTable() {
    alice.send("daily").replies();
    alice.send("lottery").replies();
    var row = mochi.app().data().user(mochi.platform(), "alice", Wallet.class);
    assertThat(row.coins()).isEqualTo(6);
    assertThat(row.items()).containsExactly("sword");
  }
}
