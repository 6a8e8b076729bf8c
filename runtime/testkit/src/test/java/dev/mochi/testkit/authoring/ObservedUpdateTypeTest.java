package dev.mochi.testkit.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.api.data.ChannelData;
import dev.mochi.api.data.DataException;
import dev.mochi.api.data.Default;
import dev.mochi.testkit.MochiTest;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code update("hits", (Long c) -> c + 1)} on an {@code int} field: before, a bare ClassCastException from inside
 * the engine; now an error naming the field and the types, and a typed form that converts.
 */
class ObservedUpdateTypeTest {
  public interface Hits extends ChannelData {
    @Default("0") int hits();  void hits(int value);
  }

  @RegisterExtension final MochiTest mochi = MochiTest.create();

  @Test void aFunctionOfTheWrongTypeFailsWithTheFieldAndBothTypes() {
    AtomicReference<Throwable> error = new AtomicReference<>();
    var ctx = mochi.app().root();
    ctx.model().extend("channel", Hits.class);
    ctx.command("hit").channelFields(Hits.class).action((argv, session) -> {
      try {
        session.channel().update("hits", (Long c) -> c + 1);
        return "updated";
      } catch (RuntimeException e) {
        error.set(e);
        return "refused";
      }
    });

    mochi.client("alice", "guild-1").send("hit").shouldReply("refused");
    assertThat(error.get()).isInstanceOf(DataException.class)
        .hasMessageContaining("Field 'hits' of table 'channel'")
        .hasMessageContaining("Integer")
        .hasMessageContaining("java.lang.Long")
        .hasMessageContaining("update(\"hits\", <Type>.class, fn)");
  }

  @Test void theTypedFormReadsTheFieldAsTheGivenTypeAndStoresItAsTheFieldsOwn() {
    var ctx = mochi.app().root();
    ctx.command("hit").action(Hits.class, (argv, session, channel) -> {
      long now = channel.update("hits", Long.class, c -> c + 1);
      return "hits " + now + " (" + channel.hits() + ")";
    });

    mochi.client("alice", "guild-1").send("hit").shouldReply("hits 1 (1)");
    mochi.client("bob", "guild-1").send("hit").shouldReply("hits 2 (2)");
  }

  @Test void theUntypedFormWithTheStoredTypeStillWorks() {
    var ctx = mochi.app().root();
    ctx.command("hit").action(Hits.class, (argv, session, channel) -> "hits " + channel.update("hits", (Integer c) -> c + 1));

    mochi.client("alice", "guild-1").send("hit").shouldReply("hits 1");
  }
}
