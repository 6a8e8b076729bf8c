package dev.mochi.api;

import org.pf4j.ExtensionPoint;

/**
 * A unit of bot behaviour: everything it registers through its {@link Context} belongs to its scope
 * and is removed when the plugin is unloaded.
 *
 * <pre>{@code
 * @Extension
 * public final class Hello implements Plugin<Hello.Config> {
 *   public record Config(String greeting) {}
 *   public void apply(Context ctx, Config config) {
 *     ctx.command("hello", "Say hello").action((argv, session) -> config.greeting());
 *   }
 * }
 * }</pre>
 *
 * @param <C> the configuration record bound from {@code bot.yml} under {@code plugins.<name>},
 *            or {@link Void} when the plugin takes none
 */
public interface Plugin<C> extends ExtensionPoint {

  /**
   * Registers the plugin's commands, middleware, listeners and data through {@code ctx}.
   *
   * @throws Exception anything: applying fails, the plugin's scope is disposed and the failure is reported with the
   *     plugin's name (a jar is marked failed)
   */
  void apply(Context ctx, C config) throws Exception;

  /** The plugin's name: its configuration key and the name in logs. Kebab-case of the class name by default. */
  default String name() {
    return Names.kebab(getClass().getSimpleName());
  }

  /** The configuration type; {@link Void} by default. Override when the generic type cannot be read. */
  @SuppressWarnings("unchecked")
  default Class<C> configType() {
    return (Class<C>) Names.configType(getClass());
  }
}
