package dev.mochi.api.bot;

import dev.mochi.api.adapter.BotStatus;

/**
 * Payload of {@link dev.mochi.api.Events#BOT_STATUS}: a bot's adapter reported a new state.
 *
 * @param bot the bot, with its new state
 * @param previous the state before
 */
public record BotStatusChange(BotInfo bot, BotStatus previous) {}
