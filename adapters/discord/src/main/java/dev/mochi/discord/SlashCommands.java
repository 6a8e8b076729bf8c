package dev.mochi.discord;

import dev.mochi.api.Context;
import dev.mochi.api.Disposable;
import dev.mochi.api.adapter.Interaction;
import dev.mochi.api.command.CommandCatalog;
import dev.mochi.api.command.CommandDescription;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.requests.restaction.CommandListUpdateAction;
import org.slf4j.Logger;

/**
 * The bot's commands as Discord slash commands: registered, and run when used.
 *
 * <p><b>Registration.</b> Once the shard that registers is ready (shard 0 for global commands; the shard that has
 * the configured {@code test-guild}, whose commands appear at once, for a guild), and again whenever the kernel
 * announces {@code COMMANDS_CHANGED}, a registration is scheduled {@code slash-debounce} later; a change meanwhile
 * pushes it back, so plugins loading one after the other give one call. A registration is one bulk overwrite
 * ({@code PUT applications/<id>/commands}) with every command of the catalog ({@link SlashCommandSet}), and is
 * skipped when the commands Discord would get are the ones it has from this process already. Several processes
 * (shard ranges) each register once at start only if they run shard 0 or the test guild.
 *
 * <p><b>Interactions.</b> A slash command becomes an {@link Interaction}: the same command, user, channel and guild
 * as the equivalent text message, in the user's Discord locale, so the kernel applies the same authority checks,
 * fields and flush; {@link InteractionAnswer} answers it (deferred past {@code defer-after}). An interaction Discord
 * delivers twice (a replay after a resume) runs once.
 */
final class SlashCommands implements EventListener {
  private static final List<String> LOCALES = List.of("zh-CN");

  private final Context ctx;
  private final DiscordBot bot;
  private final Settings settings;
  private final Assets assets;
  private final Logger log;
  private final RecentIds handled = new RecentIds(10_000);
  private volatile Supplier<CommandListUpdateAction> target;
  private volatile String where = "";
  private volatile SlashCommandSet current;
  private volatile List<String> registered;
  private Disposable pending = () -> {};

  SlashCommands(Context ctx, DiscordBot bot, Settings settings, Assets assets, Logger log) {
    this.ctx = ctx;
    this.bot = bot;
    this.settings = settings;
    this.assets = assets;
    this.log = log;
  }

  @Override public void onEvent(GenericEvent event) {
    switch (event) {
      case ReadyEvent e -> ready(e.getJDA());
      case SlashCommandInteractionEvent e -> interaction(e);
      default -> { }
    }
  }

  // ------------------------------------------------------------------------------------------------ registration

  private void ready(JDA jda) {
    if (!settings.slashCommands()) return;
    Optional<String> guildId = settings.testGuild();
    if (guildId.isPresent()) {
      Guild guild = jda.getGuildById(guildId.get());
      if (guild == null) {
        warnIfNoShardHas(jda, guildId.get());
        return;
      }
      where = "guild " + guild.getName() + " (" + guild.getId() + ")";
      target = guild::updateCommands;
    } else {
      if (jda.getShardInfo().getShardId() != 0) return;
      where = "every guild and DM (global commands)";
      target = jda::updateCommands;
    }
    schedule();
  }

  /** Once every shard of this process is ready: say so when none of them has the test guild. */
  private void warnIfNoShardHas(JDA jda, String guildId) {
    var manager = jda.getShardManager();
    if (manager == null || target != null) return;
    boolean allReady = manager.getShardCache().stream().allMatch(s -> s == jda || s.getStatus() == JDA.Status.CONNECTED);
    if (allReady && manager.getGuildById(guildId) == null) {
      log.warn("Discord: test-guild {} is not a guild of this bot (on the shards of this process), so no slash "
          + "commands are registered; invite the bot to that server, or fix plugins.discord.test-guild", guildId);
    }
  }

  /** The commands changed: register again (debounced) once a shard that registers is ready. */
  void changed() {
    if (target != null) schedule();
  }

  private synchronized void schedule() {
    pending.dispose();
    pending = ctx.after(settings.slashDebounce(), this::register);
  }

  private synchronized void register() {
    Supplier<CommandListUpdateAction> to = target;
    if (to == null) return;
    SlashCommandSet set = build();
    current = set;
    List<String> payload = set.payload();
    if (payload.equals(registered)) {
      log.debug("Discord: slash commands unchanged, not registered again");
      return;
    }
    long start = System.nanoTime();
    to.get().addCommands(set.data()).queue(done -> {
      registered = payload;
      log.info("Discord: registered {} slash commands for {} in {} ms", done.size(), where,
          (System.nanoTime() - start) / 1_000_000);
    }, error -> log.warn("Discord: registering {} slash commands for {} failed: {}", payload.size(), where,
        error.toString()));
  }

  private SlashCommandSet build() {
    Optional<CommandCatalog> catalog = ctx.get(CommandCatalog.class);
    if (catalog.isEmpty()) {
      log.warn("Discord: the kernel offers no CommandCatalog service, so no slash commands");
      return SlashCommandSet.of(List.of(), Map.of(), log::warn);
    }
    Map<DiscordLocale, List<CommandDescription>> localized = new LinkedHashMap<>();
    Set<String> locales = new LinkedHashSet<>(LOCALES);
    locales.add(ctx.i18n().defaultLocale());
    for (String locale : locales) {
      DiscordLocale discord = DiscordLocale.from(locale);
      if (discord != DiscordLocale.UNKNOWN && discord != DiscordLocale.ENGLISH_US) {
        localized.put(discord, catalog.get().list(locale));
      }
    }
    return SlashCommandSet.of(catalog.get().list("en-US"), localized, log::warn);
  }

  // ------------------------------------------------------------------------------------------------ interactions

  private void interaction(SlashCommandInteractionEvent e) {
    if (!handled.first(e.getId())) return;
    String locale = e.getUserLocale() == DiscordLocale.UNKNOWN ? ctx.i18n().defaultLocale() : e.getUserLocale().getLocale();
    SlashCommandSet set = current;
    if (set == null) set = build();
    Optional<SlashCommandSet.Entry> entry = set.find(e.getName());
    if (entry.isEmpty()) {
      e.reply(ctx.i18n().render(locale, "discord.unknown-command", e.getName())).setEphemeral(true)
          .queue(null, error -> log.warn("Discord: could not answer interaction {}: {}", e.getId(), error.toString()));
      changed();
      return;
    }
    InteractionAnswer answer = new InteractionAnswer(e, assets, log);
    Member member = e.getMember();
    String name = member != null ? member.getEffectiveName() : e.getUser().getEffectiveName();
    Optional<String> guild = e.getGuild() == null ? Optional.empty() : Optional.of(e.getGuild().getId());
    Interaction interaction = new Interaction(e.getUser().getId(), e.getChannelId(), guild, e.getId(),
        SlashInvocation.of(entry.get(), e.getOptions()), e.getTimeCreated().toInstant(), name, Optional.of(locale),
        answer::respond);
    answer.deferAfter(settings.deferAfter(), ctx::after);
    String note = ctx.i18n().render(locale, "discord.no-answer");
    try {
      ctx.dispatch(bot, interaction).whenComplete((ok, error) -> {
        if (error != null) log.warn("Discord: interaction /{} ({}) failed: {}", e.getName(), e.getId(), error.toString());
        answer.finished(note);
      });
    } catch (RuntimeException refused) {
      log.warn("Discord: interaction /{} ({}) was refused: {}", e.getName(), e.getId(), refused.toString());
      answer.finished(note);
    }
  }
}
