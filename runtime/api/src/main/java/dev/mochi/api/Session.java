package dev.mochi.api;

import dev.mochi.api.adapter.Bot;
import dev.mochi.api.adapter.Incoming;
import dev.mochi.api.data.ChannelData;
import dev.mochi.api.data.UserData;
import dev.mochi.api.message.Element;
import dev.mochi.api.message.Message;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One incoming message (or interaction) and everything about it: who, where, what, and the observed user and channel.
 * A session is handled on its own virtual thread; sessions of one user run one at a time, in order.
 */
public interface Session {

  /** The platform's name ({@code "discord"}, {@code "sandbox"}). */
  String platform();

  /** The id of the bot that received the message. */
  String selfId();

  /** The sender's platform id. */
  String userId();

  /** The channel id; for a private message the platform's private channel id (never empty). */
  String channelId();

  /** The guild id; empty for a private message. */
  Optional<String> guildId();

  /** The platform's id of the message (of the interaction, for an interaction). */
  String messageId();

  /** Whether this is a private (direct) message. */
  boolean isDirect();

  /**
   * The message in its canonical text form: text escaped ({@code a &lt; b}), elements as tags, exactly as
   * {@code Message.of(elements()).toString()} prints it, whatever form the adapter handed in (see the text-form rule
   * in docs/kernel.md). For an interaction, the equivalent command line ({@code echo hi --times 2}), for logs and
   * listeners; the interaction's values are not parsed from it.
   */
  String content();

  /** The message's elements (parsed from {@link #content()} on first use). */
  List<Element> elements();

  /** What the adapter handed in: an {@link dev.mochi.api.adapter.Inbound} message or an interaction. */
  Incoming incoming();

  /** When the platform received it. */
  Instant timestamp();

  /** The author's display name, as the platform gave it. */
  String author();

  /** The bot that received it. */
  Bot bot();

  /** The locale the session's replies use (the interaction's locale, or the bot's {@code locale}). */
  String locale();

  /**
   * Sends a message to the session's channel (for an interaction, as an answer to it), now, after the session's
   * writes are durable. Accepts a {@code String} (parsed as markup), a {@link Message} or an {@link Element}.
   *
   * @throws MochiException when the bot failed to send it
   */
  void send(Object content);

  /** Sends a message quoting the session's message (see {@link #send(Object)}). */
  void reply(Object content);

  /**
   * Waits for the next message of the same user in the same channel and returns its content (canonical text form),
   * or empty when {@code timeout} passes first. That message is consumed: it does not run the chain.
   */
  Optional<String> prompt(Duration timeout);

  /** Runs {@code command} as this user, sends its reply, and returns it (empty when none). */
  Optional<Message> execute(String command);

  /** Runs {@code command} as this user and returns its reply without sending it (empty when none). */
  Optional<Message> evaluate(String command);

  /** Renders a localized text in the session's locale. */
  String text(String key, Object... args);

  /** The session's observed user (the fields declared for this session). */
  UserData user();

  /** The session's observed user as a typed view. */
  <T extends UserData> T user(Class<T> view);

  /** The session's observed channel. */
  ChannelData channel();

  /** The session's observed channel as a typed view. */
  <T extends ChannelData> T channel(Class<T> view);

  /** Loads (if missing) and observes these fields of the session's user. */
  UserData observeUser(String... fields);

  /** Loads (if missing) and observes these fields of the session's channel. */
  ChannelData observeChannel(String... fields);

  /** Observes another user by internal id; writes flush with this session. Empty when no such user exists. */
  Optional<UserData> getUser(long id, String... fields);

  /** Observes another channel of this platform by id; writes flush with this session. Empty when it is unknown. */
  Optional<ChannelData> getChannel(String channelId, String... fields);
}
