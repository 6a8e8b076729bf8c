package dev.mochi.api.bot;

import dev.mochi.api.adapter.BotStatus;
import java.time.Instant;
import java.util.Optional;

/**
 * A registered bot as the console shows it: a snapshot made by {@link Bots}.
 *
 * @param platform the platform's name
 * @param selfId the bot's own user id
 * @param name the bot's display name, when the platform has told it
 * @param avatar the URL of its avatar, when there is one
 * @param plugin the adapter plugin that registered it
 * @param status its connection state as the adapter last reported it
 * @param error the error that came with the last state change, if any
 * @param since when it entered {@code status}
 * @param received messages (and interactions) it received and dispatched
 * @param sent messages it sent, counted once per message handed to it (a split reply counts once)
 */
public record BotInfo(String platform, String selfId, Optional<String> name, Optional<String> avatar, String plugin,
                      BotStatus status, Optional<String> error, Instant since, Traffic received, Traffic sent) {}
