package dev.mochi.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mochi.api.command.ArgumentDescription;
import dev.mochi.api.command.CommandDescription;
import dev.mochi.api.command.OptionDescription;
import dev.mochi.discord.fake.CommandRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import org.junit.jupiter.api.Test;

/** Discord's limits on the way from the command catalog to application commands: what is kept, cut and said. */
class SlashCommandSetTest {
  private final List<String> warnings = new ArrayList<>();

  private static CommandDescription command(String name, String description, List<ArgumentDescription> arguments,
                                            List<OptionDescription> options) {
    return new CommandDescription(name, "test", name, List.of(), description, 1, false, Optional.empty(), List.of(),
        arguments, options, List.of(), List.of());
  }

  private static OptionDescription flag(String name, String longForm) {
    return new OptionDescription(name, List.of(), longForm == null ? List.of() : List.of(longForm), "--" + longForm,
        "boolean", Optional.empty(), Optional.empty(), "", 0, false);
  }

  private SlashCommandSet of(List<CommandDescription> commands) {
    return SlashCommandSet.of(commands, Map.of(), warnings::add);
  }

  private static JsonNode json(SlashCommandSet set) throws Exception {
    return new ObjectMapper().readTree("[" + String.join(",", set.payload()) + "]");
  }

  @Test void namesBecomeLowercaseWordsAndSubcommandsAreFlattened() throws Exception {
    SlashCommandSet set = of(List.of(command("Plugin.List", "List plugins", List.of(), List.of()),
        command("a/b", "Child", List.of(), List.of())));
    assertThat(set.entries()).extracting(SlashCommandSet.Entry::slashName).containsExactly("plugin-list", "a-b");
    assertThat(set.find("plugin-list")).map(SlashCommandSet.Entry::command).contains("Plugin.List");
    assertThat(CommandRules.check(json(set))).isEmpty();
  }

  @Test void namesThatCollideKeepTheFirstAndSaySo() {
    SlashCommandSet set = of(List.of(command("a.b", "First", List.of(), List.of()),
        command("a-b", "Second", List.of(), List.of())));
    assertThat(set.entries()).extracting(SlashCommandSet.Entry::command).containsExactly("a.b");
    assertThat(warnings).singleElement().asString().contains("'a.b' and 'a-b' both become /a-b");
  }

  @Test void atMostOneHundredCommandsAndTheRestIsNamed() throws Exception {
    List<CommandDescription> many = IntStream.rangeClosed(1, 102)
        .mapToObj(i -> command("c%03d".formatted(i), "Number " + i, List.of(), List.of())).toList();
    SlashCommandSet set = of(many);
    assertThat(set.entries()).hasSize(100);
    assertThat(warnings).singleElement().asString().contains("at most 100", "c101, c102");
    assertThat(CommandRules.check(json(set))).isEmpty();
  }

  @Test void atMostTwentyFiveOptionsRequiredOnesFirst() throws Exception {
    List<OptionDescription> flags = IntStream.rangeClosed(1, 30).mapToObj(i -> flag("f" + i, "f" + i)).toList();
    SlashCommandSet set = of(List.of(command("big", "Big", List.of(
        new ArgumentDescription("first", "integer", true, false, ""),
        new ArgumentDescription("second", "string", false, false, "")), flags)));
    SlashCommandSet.Entry big = set.entries().getFirst();
    assertThat(big.data().getOptions()).hasSize(25);
    assertThat(big.data().getOptions().getFirst().getName()).isEqualTo("first");
    assertThat(big.params()).hasSize(25).containsKeys("first", "second", "f23").doesNotContainKey("f24");
    assertThat(warnings).singleElement().asString().contains("f24", "f30");
    assertThat(CommandRules.check(json(set))).isEmpty();
  }

  @Test void descriptionsAreCutAtOneHundredAndAMissingOneIsTheDeclaration() throws Exception {
    SlashCommandSet set = of(List.of(command("long", "x".repeat(150), List.of(), List.of()),
        command("bare", "", List.of(new ArgumentDescription("n", "posint", true, false, "")), List.of())));
    JsonNode json = json(set);
    assertThat(json.get(0).path("description").asText()).hasSize(100).endsWith("…");
    assertThat(json.get(1).path("description").asText()).isEqualTo("bare");
    assertThat(json.get(1).path("options").get(0).path("description").asText()).isEqualTo("n: posint");
    assertThat(CommandRules.check(json)).isEmpty();
  }

  @Test void hiddenCommandsHiddenOptionsAndVariantsWithoutALongFlagAreLeftOut() {
    OptionDescription hidden = new OptionDescription("secret", List.of("s"), List.of("secret"), "-s", "boolean",
        Optional.empty(), Optional.empty(), "", 0, true);
    OptionDescription shortVariant = new OptionDescription("writer", List.of("W"), List.of(), "-W", "boolean",
        Optional.empty(), Optional.of(0L), "", 0, false);
    CommandDescription hiddenCommand = new CommandDescription("debug", "test", "debug", List.of(), "Internals", 1, true,
        Optional.empty(), List.of(), List.of(), List.of(), List.of(), List.of());
    SlashCommandSet set = of(List.of(command("post", "Post", List.of(), List.of(hidden, shortVariant)), hiddenCommand));
    assertThat(set.entries()).extracting(SlashCommandSet.Entry::slashName).containsExactly("post");
    assertThat(set.entries().getFirst().params()).isEmpty();
    assertThat(warnings).singleElement().asString().contains("-W");
  }

  @Test void otherLocalesAreLocalizationsWhenTheirTextDiffers() throws Exception {
    CommandDescription en = command("echo", "Repeat a message",
        List.of(new ArgumentDescription("message", "text", true, false, "the text")), List.of());
    CommandDescription zh = command("echo", "重复一条消息",
        List.of(new ArgumentDescription("message", "text", true, false, "the text")), List.of());
    JsonNode json = json(SlashCommandSet.of(List.of(en), Map.of(DiscordLocale.CHINESE_CHINA, List.of(zh)), warnings::add));
    assertThat(json.get(0).path("description_localizations").path("zh-CN").asText()).isEqualTo("重复一条消息");
    assertThat(json.get(0).path("options").get(0).path("description_localizations").path("zh-CN").isMissingNode()
        || json.get(0).path("options").get(0).path("description_localizations").isEmpty())
        .as("same text, no localization").isTrue();
  }
}
