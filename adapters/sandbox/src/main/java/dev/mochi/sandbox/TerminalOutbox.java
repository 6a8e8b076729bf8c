package dev.mochi.sandbox;

import dev.mochi.api.message.Message;
import java.io.PrintStream;

/**
 * Prints each message as a person reads it ({@link TerminalText}), one line per line of the message, and flushes at once so a
 * reader of the pipe sees replies as they come. One lock keeps the lines of two messages from interleaving.
 */
final class TerminalOutbox implements Outbox {
  private final PrintStream out;

  TerminalOutbox(PrintStream out) {
    this.out = out;
  }

  @Override public void deliver(String channelId, Message message) {
    String[] lines = TerminalText.render(message).split("\r?\n", -1);
    synchronized (out) {
      for (String line : lines) out.println(line);
      out.flush();
    }
  }

  void flush() {
    synchronized (out) {
      out.flush();
    }
  }
}
