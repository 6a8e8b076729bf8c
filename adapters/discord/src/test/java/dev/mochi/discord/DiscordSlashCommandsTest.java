package dev.mochi.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mochi.api.data.UserData;
import dev.mochi.discord.fake.FakeChannel;
import dev.mochi.discord.fake.FakeDiscord;
import dev.mochi.discord.fake.FakeGuild;
import dev.mochi.discord.fake.FakeInteraction;
import dev.mochi.discord.fake.FakeUser;
import dev.mochi.discord.fake.RestCall;
import dev.mochi.discord.fake.SlashOption;
import dev.mochi.testkit.MochiTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bot's commands as Discord slash commands, through JDA and the loopback Discord: registered in one bulk call per
 * start, matching the declarations; a slash command runs the command as its user and answers the interaction, in
 * time (deferred when the command is slow, since Discord forgets an interaction not answered within 3 seconds).
 */
@Timeout(180)
class DiscordSlashCommandsTest {
  static final Duration DEBOUNCE = Duration.ofMillis(300);
  static final Duration DEFER_AFTER = Duration.ofMillis(1000);
  static final FakeDiscord discord = FakeDiscord.start();
  static final FakeUser alice = discord.user("alice");
  static final FakeUser bob = discord.user("bob");
  static final FakeGuild guild = discord.guild("Mochi test").member(alice).member(bob);
  static final FakeChannel general = guild.textChannel("general");
  static int starts;

  @RegisterExtension static final MochiTest mochi = MochiTest.create()
      .plugin(new SlashTools(), null)
      .plugin(new DiscordAdapter(), DiscordFixture.config(discord).withBehaviour(false, true, "")
          .withSlashTiming(DEBOUNCE, DEFER_AFTER))
      .timeout(DiscordFixture.WAIT);

  @AfterAll static void stopDiscord() { discord.close(); }

  @BeforeEach void onlineAndRegistered() {
    starts++;
    DiscordFixture.awaitOnline(mochi, discord);
    discord.await(() -> discord.registrations().size() >= starts, DiscordFixture.WAIT,
        () -> "registration number " + starts + ", saw " + discord.registrationAttempts());
  }

  private static JsonNode registered(String name) {
    JsonNode commands = discord.registrations().getLast().body();
    return StreamSupport.stream(commands.spliterator(), false).filter(c -> c.path("name").asText().equals(name))
        .findFirst().orElseThrow(() -> new AssertionError("/" + name + " not registered: " + commands));
  }

  private static List<String> names(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.path("name").asText()));
    return out;
  }

  private static List<RestCall> answers(FakeInteraction i, int count) {
    return discord.awaitAnswers(i, count, DiscordFixture.WAIT);
  }

  private static String answer(FakeInteraction i) {
    RestCall call = answers(i, 1).getFirst();
    assertThat(call.status()).as("Discord's answer to " + call.path()).isEqualTo(200);
    return FakeDiscord.answerText(call);
  }

  @Test void theBulkRegistrationIsTheDeclaredCommands() {
    RestCall put = discord.registrations().getLast();
    assertThat(put.path()).isEqualTo("applications/" + discord.self().id() + "/commands");
    assertThat(names(put.body())).containsExactly("add", "echo", "long", "peek", "post", "quiet", "repeat", "scale",
        "shout", "slow", "twice", "vault", "vault-open", "who", "whoami");

    JsonNode repeat = registered("repeat");
    assertThat(repeat.path("description").asText()).isEqualTo("Repeat a word");
    assertThat(repeat.path("description_localizations").path("zh-CN").asText()).isEqualTo("重复一个词");
    JsonNode options = repeat.path("options");
    assertThat(names(options)).containsExactly("word", "times", "separator");
    assertThat(options.get(0).path("type").asInt()).as("word: string").isEqualTo(3);
    assertThat(options.get(0).path("required").asBoolean()).isTrue();
    assertThat(options.get(0).path("description").asText()).isEqualTo("word: string");
    assertThat(options.get(0).path("description_localizations").path("zh-CN").asText()).isEqualTo("要重复的词");
    assertThat(options.get(1).path("type").asInt()).as("times: integer").isEqualTo(4);
    assertThat(options.get(1).path("required").asBoolean()).isFalse();
    assertThat(options.get(1).path("min_value").asLong()).as("posint").isEqualTo(1);
    assertThat(options.get(2).path("description").asText()).isEqualTo("what goes between");
    assertThat(options.get(2).path("description_localizations").path("zh-CN").asText()).isEqualTo("分隔符");

    JsonNode post = registered("post").path("options");
    assertThat(names(post)).containsExactly("text", "writer", "anonymous");
    assertThat(post.get(1).path("type").asInt()).isEqualTo(4);
    assertThat(post.get(2).path("type").asInt()).as("a value variant is a boolean").isEqualTo(5);
    assertThat(post.get(2).path("description").asText()).isEqualTo("nobody wrote it");
    assertThat(registered("who").path("options").get(0).path("type").asInt()).as("user").isEqualTo(6);
    assertThat(registered("scale").path("options").get(0).path("type").asInt()).as("number").isEqualTo(10);
    assertThat(registered("scale").path("options").get(1).path("min_value").asLong()).as("natural").isEqualTo(0);
    assertThat(registered("shout").path("options").get(0).path("type").asInt()).as("variadic as text").isEqualTo(3);
    assertThat(registered("vault-open").path("description").asText()).isEqualTo("Open the vault");
    assertThat(registered("echo").path("description_localizations").isMissingNode()
        || registered("echo").path("description_localizations").isEmpty()).as("no Chinese text, no localization").isTrue();
  }

  /** One row of the table: the words typed in the channel, and the same call as a slash command. */
  record Pair(String text, boolean mentionsBob, String slash, SlashOption... options) {
    @Override public String toString() { return text + "  ⇔  /" + slash; }
  }

  static Stream<Pair> pairs() {
    return Stream.of(
        new Pair("echo hi there", false, "echo", SlashOption.string("message", "hi there")),
        new Pair("add 2 3", false, "add", SlashOption.integer("a", 2), SlashOption.integer("b", 3)),
        new Pair("scale 1.5 3", false, "scale", SlashOption.number("x", 1.5), SlashOption.integer("factor", 3)),
        new Pair("scale 1.5", false, "scale", SlashOption.number("x", 1.5)),
        new Pair("repeat yo 3", false, "repeat", SlashOption.string("word", "yo"), SlashOption.integer("times", 3)),
        new Pair("repeat yo 0", false, "repeat", SlashOption.string("word", "yo"), SlashOption.integer("times", 0)),
        new Pair("repeat yo 2 -s ,", false, "repeat", SlashOption.string("word", "yo"), SlashOption.integer("times", 2),
            SlashOption.string("separator", ",")),
        new Pair("vault.open", false, "vault-open"),
        new Pair("peek", false, "peek"),
        new Pair("peek -v", false, "peek", SlashOption.bool("verbose", true)),
        new Pair("who " + bob.mention(), true, "who", SlashOption.user("u", bob)),
        new Pair("post -W hello", false, "post", SlashOption.string("text", "hello"), SlashOption.bool("anonymous", true)),
        new Pair("post -w 7 hello", false, "post", SlashOption.string("text", "hello"), SlashOption.integer("writer", 7)),
        new Pair("shout a b -l", false, "shout", SlashOption.string("words", "a b"), SlashOption.bool("loud", true)),
        new Pair("whoami", false, "whoami"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void aSlashCommandRepliesAsTheSameCommandTyped(Pair pair) {
    int before = discord.sent(general).size();
    var message = discord.message(alice, general, pair.text());
    if (pair.mentionsBob()) message.mentions(bob);
    message.send();
    String typed = discord.awaitSent(general, before + 1, DiscordFixture.WAIT).get(before).body().path("content").asText();
    assertThat(typed).as("reply to the typed command").isNotBlank();
    assertThat(answer(discord.interact(alice, general, pair.slash(), pair.options()))).as("answer to /" + pair.slash())
        .isEqualTo(typed);
  }

  @Test void eachStartRegistersOnce() throws InterruptedException {
    Thread.sleep(DEBOUNCE.multipliedBy(4).toMillis());
    assertThat(discord.registrationAttempts()).hasSize(starts);
  }

  @Test void aSlashCommandWithTypedOptionsRunsTheCommandAndAnswersTheInteraction() {
    int before = discord.sent(general).size();
    FakeInteraction i = discord.interact(alice, general, "repeat", SlashOption.string("word", "yo"),
        SlashOption.integer("times", 3), SlashOption.string("separator", "-"));
    RestCall callback = answers(i, 1).getFirst();
    assertThat(callback.path()).endsWith("/callback");
    assertThat(callback.body().path("type").asInt()).as("a message, at once").isEqualTo(4);
    assertThat(FakeDiscord.answerText(callback)).isEqualTo("yo-yo-yo");
    assertThat(discord.sent(general)).as("nothing posted to the channel itself").hasSize(before);
  }

  @Test void anInteractionCarriesTheSameUserChannelAndGuildAsAMessage() {
    int before = discord.sent(general).size();
    discord.say(alice, general, "whoami");
    String typed = discord.awaitSent(general, before + 1, DiscordFixture.WAIT).get(before).body().path("content").asText();
    assertThat(answer(discord.interact(alice, general, "whoami"))).isEqualTo(typed)
        .isEqualTo("user=" + alice.id() + " channel=" + general.id() + " guild=" + guild.id() + " direct=false authority=1");
    FakeChannel dm = discord.dmChannel(bob);
    assertThat(answer(discord.interact(bob, dm, "whoami")))
        .isEqualTo("user=" + bob.id() + " channel=" + dm.id() + " guild=- direct=true authority=1");
  }

  @Test void aSlowCommandIsDeferredInTimeAndItsReplyReplacesThePlaceholder() {
    FakeInteraction i = discord.interact(alice, general, "slow");
    List<RestCall> calls = answers(i, 2);
    RestCall deferral = calls.get(0);
    assertThat(deferral.body().path("type").asInt()).as("deferred").isEqualTo(5);
    assertThat(deferral.status()).isEqualTo(200);
    assertThat(Duration.ofNanos(deferral.arrivedNanos() - i.createdNanos())).isLessThan(Duration.ofSeconds(3));
    RestCall edit = calls.get(1);
    assertThat(edit.method()).isEqualTo("PATCH");
    assertThat(edit.path()).endsWith("/messages/@original");
    assertThat(edit.status()).isEqualTo(200);
    assertThat(FakeDiscord.answerText(edit)).isEqualTo("finally");
  }

  @Test void furtherMessagesAndLongRepliesAreFollowUpsInOrder() {
    List<RestCall> twice = answers(discord.interact(alice, general, "twice"), 2);
    assertThat(twice).extracting(FakeDiscord::answerText).containsExactly("first", "second");
    assertThat(twice.get(1).method()).isEqualTo("POST");
    assertThat(twice.get(1).path()).isEqualTo("webhooks/" + discord.self().id() + "/" + twice.get(1).path().split("/")[2]);

    FakeInteraction i = discord.interact(alice, general, "long");
    discord.await(() -> String.join(" ", discord.answers(i).stream().map(FakeDiscord::answerText).toList()).length() >= 4999,
        DiscordFixture.WAIT, () -> "the whole long answer, saw " + discord.answers(i).size() + " pieces");
    List<RestCall> pieces = discord.answers(i);
    assertThat(pieces).hasSizeGreaterThanOrEqualTo(3).allSatisfy(p -> {
      assertThat(p.status()).isEqualTo(200);
      assertThat(FakeDiscord.answerText(p).length()).isLessThanOrEqualTo(2000);
    });
    assertThat(String.join(" ", pieces.stream().map(FakeDiscord::answerText).toList())).isEqualTo("word ".repeat(1000).strip());
  }

  @Test void authorityIsCheckedForCommandsAndOptions() {
    assertThat(answer(discord.interact(alice, general, "vault-open"))).isEqualTo("Insufficient authority.");
    assertThat(answer(discord.interact(alice, general, "zh-CN", "vault-open"))).as("in the user's locale")
        .isEqualTo("权限不足。");
    assertThat(answer(discord.interact(alice, general, "peek", SlashOption.bool("verbose", true))))
        .isEqualTo("Insufficient authority.");
    UserData user = mochi.app().data().user(DiscordBot.PLATFORM, alice.id(), UserData.class);
    user.set("authority", 3);
    user.flush();
    assertThat(answer(discord.interact(alice, general, "vault-open"))).isEqualTo("opened");
    assertThat(answer(discord.interact(alice, general, "peek", SlashOption.bool("verbose", true)))).isEqualTo("everything");
  }

  @Test void aCommandThatSaysNothingGetsANoteOnlyTheUserSees() {
    RestCall call = answers(discord.interact(alice, general, "quiet"), 1).getFirst();
    assertThat(call.status()).isEqualTo(200);
    assertThat(call.body().path("data").path("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
    assertThat(FakeDiscord.answerText(call)).isEqualTo("Done; the command had nothing to say.");
  }

  @Test void anUnknownSlashCommandIsAnsweredAndNotRun() {
    RestCall call = answers(discord.interact(alice, general, "nosuch"), 1).getFirst();
    assertThat(call.body().path("data").path("flags").asInt() & 64).isEqualTo(64);
    assertThat(FakeDiscord.answerText(call)).startsWith("/nosuch is not a command of this bot");
  }
}
