package dev.mochi.testkit.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.api.Context;
import dev.mochi.testkit.MochiTest;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.extension.RegisterExtension;

class SelectorTest {
  @RegisterExtension final MochiTest mochi = MochiTest.create();

  static Stream<Arguments> selectors() {
    return Stream.of(
        Arguments.of("user(123)", (Function<Context, Context>) c -> c.user("123"), true, true),
        Arguments.of("user(456)", (Function<Context, Context>) c -> c.user("456"), false, false),
        Arguments.of("direct()", (Function<Context, Context>) Context::direct, false, true),
        Arguments.of("guild(456)", (Function<Context, Context>) c -> c.guild("456"), true, false),
        Arguments.of("guild(456,789).guild(123,456)",
            (Function<Context, Context>) c -> c.guild("456", "789").guild("123", "456"), true, false),
        Arguments.of("guild(456,789).guild(123,789)",
            (Function<Context, Context>) c -> c.guild("456", "789").guild("123", "789"), false, false),
        Arguments.of("channel(456)", (Function<Context, Context>) c -> c.channel("456"), true, false),
        Arguments.of("platform(mock).user(123)", (Function<Context, Context>) c -> c.platform("mock").user("123"), true, true),
        Arguments.of("platform(discord)", (Function<Context, Context>) c -> c.platform("discord"), false, false));
  }

  @ParameterizedTest(name = "{0}: guild session {2}, private session {3}")
  @MethodSource("selectors")
  void aNarrowedContextOnlySeesMatchingSessions(String name, Function<Context, Context> select,
                                                boolean guildMatches, boolean privateMatches) {
    select.apply(mochi.app().root()).middleware((s, next) -> "matched");
    var inGuild = mochi.client("123", "456");
    var inPrivate = mochi.client("123");
    if (guildMatches) inGuild.send("hi").shouldReply("matched");
    else inGuild.send("hi").shouldNotReply();
    if (privateMatches) inPrivate.send("hi").shouldReply("matched");
    else inPrivate.send("hi").shouldNotReply();
    assertThat(mochi.logs().problems()).isEmpty();
  }
}
