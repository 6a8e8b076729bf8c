package dev.mochi.testkit.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.api.Context;
import dev.mochi.api.Plugin;
import dev.mochi.api.data.Column;
import dev.mochi.api.data.Default;
import dev.mochi.api.data.UserData;
import dev.mochi.testkit.MochiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A typed view whose field is stored under another column name is declared by its field name. */
class RenamedColumnTest {
  public interface Karma extends UserData {
    @Column(name = "karma_points") @Default("0") int karma();

    void karma(int value);
  }

  static final class KarmaPlugin implements Plugin<Void> {
    @Override public void apply(Context ctx, Void config) {
      ctx.model().extend("user", Karma.class);
      ctx.command("thank").userFields(Karma.class).action((argv, s) -> {
        Karma k = s.user(Karma.class);
        k.karma(k.karma() + 1);
        return "karma " + k.karma();
      });
    }
  }

  @RegisterExtension final MochiTest mochi = MochiTest.withPlugin(new KarmaPlugin());

  @Test void aCommandDeclaringTheViewCanReadAndWriteTheRenamedField() {
    var alice = mochi.client("alice");
    alice.send("thank").shouldReply("karma 1");
    alice.send("thank").shouldReply("karma 2");
    assertThat(mochi.user("alice", Karma.class).karma()).isEqualTo(2);
    assertThat(mochi.logs().problems()).isEmpty();
  }
}
