package dev.mochi.api;

import dev.mochi.api.adapter.Bot;
import dev.mochi.api.data.ChannelData;
import dev.mochi.api.data.UserData;
import dev.mochi.api.message.Element;
import dev.mochi.api.message.Message;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One incoming message and everything about it: who, where, what, and the observed user and channel.
 * A session is handled on its own virtual thread; sessions of one user run one at a time, in order.
 */
public interface Session {

  String platform();

  /** The id of the bot that received the message. */
  String selfId();

  String userId();

  /** The channel id; for a private message the platform's private channel id (never empty). */
  String channelId();

  /** The guild id, empty for a private message. */
  Optional<String> guildId();

  String messageId();

  /** Whether this is a private (direct) message. */
  boolean isDirect();

  /**
   * The message in its canonical text form: text escaped ({@code a &lt; b}), elements as tags, exactly as
   * {@code Message.of(elements()).toString()} prints it, whatever form the adapter handed in (see the text-form rule
   * in docs/kernel.md).
   */
  String content();

  /** The message's elements. */
  List<Element> elements();

  Instant timestamp();

  /** The author's display name, as the platform gave it. */
  String author();

  Bot bot();

  /** The locale the session's replies use. */
  String locale();

  /** Sends a message to the session's channel, now. Accepts a {@code String}, {@link Message} or {@link Element}. */
  void send(Object content);

  /** Sends a message quoting the session's message. */
  void reply(Object content);

  /**
   * Waits for the next message of the same user in the same channel and returns its content (canonical text form),
   * or empty when {@code timeout} passes first. That message is consumed: it does not run the chain.
   */
  Optional<String> prompt(Duration timeout);

  /** Runs {@code command} as this user, sends its reply, and returns it (empty when none). */
  Optional<Message> execute(String command);

  /** Runs {@code command} as this user and returns its reply without sending it. */
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

  /** Observes another user by internal id; writes flush with this session. */
  Optional<UserData> getUser(long id, String... fields);

  /** Observes another channel of this platform by id; writes flush with this session. */
  Optional<ChannelData> getChannel(String channelId, String... fields);
}
