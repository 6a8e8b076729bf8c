package dev.mochi.core.session;

import dev.mochi.api.message.Element;

/**
 * Koishi's channel assignment: a guild channel whose {@code assignee} names another bot is answered by that bot, so
 * this one leaves its messages alone (no middleware, no command) unless the message starts by mentioning it. An
 * empty assignee (every channel until someone runs {@code assign}) lets every bot answer; unlike Koishi, Mochi does
 * not assign a channel to the first bot that sees it. Private chats have no assignee.
 */
final class Assignment {
  private Assignment() {}

  /** Whether {@code session} is for another bot: its channel is assigned elsewhere and it does not mention this one. */
  static boolean elsewhere(SessionImpl session) {
    if (session.isDirect() || session.isDerived()) return false;
    String assignee = session.channel().assignee().orElse("");
    return !assignee.isEmpty() && !assignee.equals(session.selfId()) && !mentionsSelfFirst(session);
  }

  /** Whether the first element (after quotes and blank text) is a mention of this bot. */
  private static boolean mentionsSelfFirst(SessionImpl session) {
    for (Element e : session.elements()) {
      if (e.isText() && e.plainText().isBlank() || e.type().equals("quote")) continue;
      return e.type().equals("at") && e.attr("id").orElse("").equals(session.selfId());
    }
    return false;
  }
}
