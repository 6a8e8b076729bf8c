package dev.mochi.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mochi.discord.fake.FakeChannel;
import dev.mochi.discord.fake.FakeDiscord;
import dev.mochi.discord.fake.FakeGuild;
import dev.mochi.discord.fake.FakeUser;
import dev.mochi.discord.fake.RestCall;
import dev.mochi.testkit.MochiTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Mentions, quotes, images and custom emoji become elements on the way in, and Discord's forms again on the way out. */
@Timeout(120)
class DiscordElementsTest {
  static final FakeDiscord discord = FakeDiscord.start();
  static final FakeUser alice = discord.user("alice");
  static final FakeUser bob = discord.user("bob");
  static final FakeGuild guild = discord.guild("Mochi test").member(alice).member(bob);
  static final FakeChannel general = guild.textChannel("general");

  @RegisterExtension static final MochiTest mochi = MochiTest.create()
      .plugin(new TestCommands(), null)
      .plugin(new DiscordAdapter(), DiscordFixture.config(discord))
      .timeout(DiscordFixture.WAIT);

  @AfterAll static void stopDiscord() { discord.close(); }

  @BeforeEach void online() { DiscordFixture.awaitOnline(mochi, discord); }

  private static RestCall nextSent(Runnable action) {
    int before = discord.sent(general).size();
    action.run();
    return discord.awaitSent(general, before + 1, DiscordFixture.WAIT).get(before);
  }

  @Test void aMentionAQuoteAnImageAndAnEmojiArriveAsElements() {
    String earlier = discord.say(bob, general, "lunch?");
    RestCall call = nextSent(() -> discord.message(alice, general, "content " + bob.mention() + " in <#" + general.id()
            + "> <:wave:4242> 1 < 2")
        .mentions(bob).replyTo(earlier, bob, "lunch?").attachment("cat.png", "image/png", 1234).send());
    String form = call.body().path("content").asText().replaceAll("\\\\(.)", "$1"); // the markdown escapes undone
    assertThat(form).startsWith("<quote id=\"" + earlier + "\"/>content <at id=\"" + bob.id() + "\"/> in <sharp id=\""
        + general.id() + "\"/> <face id=\"4242\" name=\"wave\"/> 1 &lt; 2<img src=\"https://cdn.discordapp.com/attachments/");
    assertThat(form).endsWith("/cat.png\"/>");
  }

  @Test void elementsSentBackBecomeDiscordsMentionsReplyAndEmbed() {
    String earlier = discord.say(bob, general, "look at this");
    RestCall call = nextSent(() -> discord.message(alice, general, "mirror " + bob.mention() + " <:wave:4242>")
        .mentions(bob).replyTo(earlier, bob, "look at this").attachment("cat.png", "image/png", 1234).send());
    JsonNode body = call.body();
    assertThat(body.path("content").asText()).isEqualTo("<@" + bob.id() + "> <:wave:4242>");
    assertThat(body.path("message_reference").path("message_id").asText()).isEqualTo(earlier);
    assertThat(body.path("allowed_mentions").path("users")).extracting(JsonNode::asText).containsExactly(bob.id());
    assertThat(body.path("allowed_mentions").path("parse")).isEmpty();
    assertThat(body.path("embeds")).singleElement()
        .satisfies(e -> assertThat(e.path("image").path("url").asText()).endsWith("/cat.png"));
  }

  @Test void aMentionWrittenAsPlainTextPingsNobody() {
    RestCall call = nextSent(() -> discord.say(alice, general, "plain-mention " + bob.id()));
    assertThat(call.body().path("content").asText()).isEqualTo("hi \\<@" + bob.id() + ">"); // shown, not a mention
    assertThat(call.body().path("allowed_mentions").path("users")).isEmpty();
    assertThat(call.body().path("allowed_mentions").path("parse")).isEmpty();
  }

  @Test void tagsTypedByAUserStayText() {
    RestCall call = nextSent(() -> discord.say(alice, general, "echo <img src=\"data:image/png;base64,iVBORw0KGgo=\"/>"));
    assertThat(call.body().path("content").asText()).isEqualTo("\\<img src=\"data:image/png;base64,iVBORw0KGgo=\"/>");
    assertThat(call.files()).isEmpty();
    assertThat(call.body().path("embeds")).isEmpty();
  }

  @Test void textShowsAsWrittenAndFormattingComesFromElements() {
    RestCall typed = nextSent(() -> discord.say(alice, general, "echo *not bold* and snake_case"));
    assertThat(typed.body().path("content").asText()).isEqualTo("\\*not bold\\* and snake\\_case");
    RestCall formatted = nextSent(() -> discord.say(alice, general, "formatted"));
    assertThat(formatted.body().path("content").asText()).isEqualTo("**bold** and `x_y` [docs](https://example.org/a_b)");
  }

  @Test void anEveryoneElementPingsEveryoneOnPurpose() {
    RestCall call = nextSent(() -> discord.say(alice, general, "ping-all"));
    assertThat(call.body().path("content").asText()).isEqualTo("@everyone meeting now");
    assertThat(call.body().path("allowed_mentions").path("parse")).extracting(JsonNode::asText).containsExactly("everyone");
  }

  @Test void aDataUriImageIsUploadedAsAFile() {
    RestCall call = nextSent(() -> discord.say(alice, general, "data-image"));
    assertThat(call.files()).singleElement().satisfies(f -> {
      assertThat(f.filename()).isEqualTo("file.png");
      assertThat(f.content()).hasSize(8);
    });
  }
}
