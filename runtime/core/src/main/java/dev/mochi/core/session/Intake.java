package dev.mochi.core.session;

import dev.mochi.api.message.Element;
import dev.mochi.api.message.MarkupLimitException;
import dev.mochi.api.message.MarkupLimits;
import dev.mochi.api.message.Message;
import dev.mochi.core.config.MessageConfig;
import dev.mochi.core.text.Excerpt;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first step of every message: the limits of {@code bot.yml}'s {@code message} section, and the canonical text
 * form. Whatever an adapter hands in, a session's {@code content()} is what {@code Message.parse(content)} prints
 * back ({@code a < b} becomes {@code a &lt; b}, an unclosed {@code <b>} becomes {@code &lt;b&gt;}), so recognition,
 * the tokenizer and every argument see one form, in which a {@code <} always starts a tag. Both steps cost time
 * linear in the message's length, and the length is checked before anything is read.
 */
final class Intake {
  private static final Logger LOG = LoggerFactory.getLogger("mochi.dispatcher");

  private Intake() {}

  /** A message as it will be handled: its canonical content and elements, or why it is not handled. */
  record Read(String content, List<Element> elements, Refusal refusal) {}

  /**
   * Why a message is not handled.
   *
   * @param key the text the user is told
   * @param args its placeholders
   * @param reason what the log says, naming the setting
   */
  record Refusal(String key, Object[] args, String reason) {}

  /** Reads a message that came from a platform, within {@code limits}. */
  static Read read(String content, MessageConfig limits) {
    if (content.length() > limits.maxLength()) {
      return refused(content, new Refusal("message.too-long", new Object[] {content.length(), limits.maxLength()},
          "it is " + content.length() + " characters long, more than message.max-length (" + limits.maxLength()
              + ") allows"));
    }
    try {
      return canonical(content, Message.parse(content, new MarkupLimits(limits.maxElements(), limits.maxDepth())));
    } catch (MarkupLimitException e) {
      return refused(content, e.limit() == MarkupLimitException.Limit.ELEMENTS
          ? new Refusal("message.too-many-elements", new Object[] {e.max()},
              "it has more than message.max-elements (" + e.max() + ") elements")
          : new Refusal("message.too-deep", new Object[] {e.max()},
              "it nests elements more deeply than message.max-depth (" + e.max() + ") allows"));
    }
  }

  /** Reads a command line given by code ({@code session.execute}, an interpolation): no limits but the parser's. */
  static Read line(String content) {
    return canonical(content, Message.parse(content));
  }

  private static Read canonical(String content, Message message) {
    boolean plain = content.indexOf('<') < 0 && content.indexOf('>') < 0 && content.indexOf('&') < 0;
    return new Read(plain ? content : message.toString(), message.elements(), null);
  }

  private static Read refused(String content, Refusal refusal) {
    return new Read(content, List.of(), refusal);
  }

  /**
   * Tells about a message that is not handled: one log line naming the limit, with the start of the message, and a
   * reply to the user in a private chat or when the message addressed the bot (so plain guild chat stays quiet).
   */
  static void report(SessionImpl session, CommandStep<?> commands) {
    Refusal refusal = session.refusal();
    LOG.warn("Message {} from {}:{} in {} was not handled: {}. Its start: {}", session.messageId(), session.platform(),
        session.userId(), session.channelId(), refusal.reason(), Excerpt.of(session.content(), 80));
    if (session.isDirect() || commands.addressed(session, Excerpt.of(session.content(), 200))) {
      session.send(Message.text(session.text(refusal.key(), refusal.args())));
    }
  }
}
