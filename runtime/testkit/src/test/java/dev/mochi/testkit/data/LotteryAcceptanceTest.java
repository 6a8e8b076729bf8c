package dev.mochi.testkit.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.api.Hooks;
import dev.mochi.api.data.Database;
import dev.mochi.api.data.Filter;
import dev.mochi.core.data.StatementCounter;
import dev.mochi.testkit.Exchange;
import dev.mochi.testkit.MochiTest;
import dev.mochi.testkit.MockClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The data layer's acceptance tests, through the whole bot: commands, middleware, dispatcher and a real SQLite file. */
class LotteryAcceptanceTest {
  @RegisterExtension final MochiTest mochi = MochiTest.withPlugin(new Lottery()).timeout(Duration.ofSeconds(120));

  Database db() {
    return mochi.app().data().database(mochi.app().root());
  }

  StatementCounter statements() {
    return mochi.app().data().statements();
  }

  @Test void aThousandConcurrentLotteriesFromOneUserLandEveryCoinAndItem() {
    MockClient alice = mochi.client("alice");
    List<Exchange> sent = new ArrayList<>();
    for (int i = 0; i < 1000; i++) sent.add(alice.send("lottery"));
    List<String> replies = new ArrayList<>();
    for (Exchange e : sent) replies.addAll(e.await().replies());
    assertThat(replies).hasSize(1000).allSatisfy(r -> assertThat(r).startsWith("You got item-"));
    assertThat(new HashSet<>(replies)).as("every draw saw the previous one").hasSize(1000);
    Wallet w = mochi.app().data().user(mochi.platform(), "alice", Wallet.class);
    assertThat(w.coins()).isEqualTo(1000);
    assertThat(w.items()).hasSize(1000);
  }

  @Test void aThousandMessagesFromAHundredUsersInOneChannelCountEveryOne() {
    List<Exchange> sent = new ArrayList<>();
    List<MockClient> users = new ArrayList<>();
    for (int u = 0; u < 100; u++) users.add(mochi.client("user" + u, "guild-1"));
    for (int round = 0; round < 10; round++) for (MockClient c : users) sent.add(c.send("count"));
    sent.forEach(Exchange::await);
    assertThat(db().get("channel", Filter.eq("id", "guild-1"), "count"))
        .singleElement().satisfies(r -> assertThat(r.get("count")).isEqualTo(1000));
  }

  @Test void fiftyFirstMessagesFromANewUserInANewChannelCreateOneRowEachAndGetFiftyReplies() {
    MockClient newbie = mochi.client("newbie", "new-guild");
    List<Exchange> sent = new ArrayList<>();
    for (int i = 0; i < 50; i++) sent.add(newbie.send("count"));
    List<String> replies = new ArrayList<>();
    for (Exchange e : sent) replies.addAll(e.await().replies());
    assertThat(replies).hasSize(50);
    assertThat(db().count("binding", Filter.eq("pid", "newbie"))).isEqualTo(1);
    assertThat(db().count("user", Filter.ALL)).isEqualTo(1);
    assertThat(db().count("channel", Filter.eq("id", "new-guild"))).isEqualTo(1);
  }

  @Test void aKnownUsersPlainMessageOnAWarmCacheCostsNoStatement() {
    MockClient bob = mochi.client("bob", "guild-2");
    bob.send("look").shouldReply("coins 0");
    bob.send("hello there").shouldNotReply();
    long before = statements().total();
    bob.send("hello again").shouldNotReply();
    bob.send("look").shouldReply("coins 0");
    assertThat(statements().total() - before).isZero();
  }

  @Test void aCommandThatChangesTwoUserFieldsCostsOneUpdate() {
    MockClient carol = mochi.client("carol", "guild-3");
    carol.send("look").shouldReply("coins 0");
    long before = statements().total();
    long updates = statements().updates();
    carol.send("two").shouldReply("two changed");
    assertThat(statements().total() - before).isEqualTo(1);
    assertThat(statements().updates() - updates).isEqualTo(1);
    assertThat(mochi.app().data().user(mochi.platform(), "carol", Wallet.class).msgCount()).isEqualTo(1);
  }

  @Test void aCommandThatChangesNothingCostsNoStatement() {
    MockClient dan = mochi.client("dan", "guild-4");
    dan.send("look").shouldReply("coins 0");
    long before = statements().total();
    dan.send("look").shouldReply("coins 0");
    assertThat(statements().total() - before).isZero();
  }

  @Test void middlewareWritesAreFlushedAtTheEndOfTheSession() {
    mochi.app().root().before(Hooks.ATTACH_USER, (session, fields) -> fields.add("msgCount"));
    mochi.app().root().middleware((s, next) -> {
      Wallet w = s.user(Wallet.class);
      w.msgCount(w.msgCount() + 1);
      return next.proceed();
    }, true);
    MockClient erin = mochi.client("erin");
    for (int i = 0; i < 5; i++) erin.send("hi " + i).await();
    assertThat(db().get("user", Filter.ALL, "msgCount")).singleElement()
        .satisfies(r -> assertThat(r.get("msgCount")).isEqualTo(5L));
  }

  @Test void aCommandReadingAFieldItDidNotDeclareFailsWithoutLosingTheBot() {
    MockClient fay = mochi.client("fay");
    fay.send("peek").shouldReply(r -> assertThat(r).doesNotContain("Exception").doesNotContain("coins"));
    assertThat(mochi.logs().containing("Field 'coins' of table 'user' was read but not declared")).isNotEmpty();
    fay.send("look").shouldReply("coins 0");
  }
}
