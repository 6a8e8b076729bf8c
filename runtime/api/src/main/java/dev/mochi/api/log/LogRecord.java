package dev.mochi.api.log;

import java.time.Instant;
import java.util.Optional;

/**
 * One log line, as {@link Logs} keeps it and {@link dev.mochi.api.Events#LOG} delivers it.
 *
 * @param sequence increasing by one per record since the bot started: a client that saw record {@code n} asks for
 *     records after {@code n}
 * @param time when it was logged
 * @param level its level
 * @param logger the logger's name ({@code plugin.lottery}, {@code mochi.dispatcher}, a class name)
 * @param plugin the plugin that logged it: a plugin's own logger ({@code ctx.logger()}), or a logger named after a
 *     class of a plugin's package; empty for the runtime's own records
 * @param thread the thread that logged it
 * @param message the formatted message
 * @param exception the stack trace of the exception logged with it, as text
 */
public record LogRecord(long sequence, Instant time, LogLevel level, String logger, Optional<String> plugin,
                        String thread, String message, Optional<String> exception) {}
