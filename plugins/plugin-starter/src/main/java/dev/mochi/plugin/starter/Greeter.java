package dev.mochi.plugin.starter;

import dev.mochi.api.Context;
import dev.mochi.api.Plugin;
import org.pf4j.Extension;

/**
 * The template plugin: {@code greet [name]} answers with the configured greeting.
 *
 * <p>{@code @Extension} is how the bot finds it: PF4J's annotation processor lists the class in the jar's
 * {@code META-INF/extensions.idx}. The config record is bound from {@code plugins.greeter} in {@code bot.yml}
 * (keys in kebab-case), checked, and described as a JSON schema for the console's form.
 */
@Extension
public final class Greeter implements Plugin<Greeter.Config> {

  /**
   * {@code plugins.greeter} in {@code bot.yml}.
   *
   * @param greeting the word in front of the name (default "Hello")
   * @param punctuation what ends the greeting (default "!")
   */
  public record Config(String greeting, String punctuation) {
    public Config {
      if (greeting == null || greeting.isBlank()) greeting = "Hello";
      if (punctuation == null) punctuation = "!";
    }
  }

  @Override public String name() { return "greeter"; }

  @Override public void apply(Context ctx, Config config) {
    ctx.i18n().load(Greeter.class);
    ctx.command("greet [name:string]", "Greet someone")
        .example("greet Alice")
        .action((argv, session) -> {
          String name = argv.arg(0, String.class, session.userId());
          return config.greeting() + ", " + name + config.punctuation();
        });
  }
}
