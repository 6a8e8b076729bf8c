package dev.mochi.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.mochi.api.message.Message;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * One sent message and what the bot answered in the client's chat.
 *
 * <p>Replies are read from the chat in the order the bot sent them; {@code shouldReply} returns as soon as the
 * next one is there and fails once the message has been handled without one (or after the client's timeout).
 * A message that answers a prompt is handled by the session that asked, so its exchange reads that session's
 * reply:
 *
 * <pre>{@code
 * alice.send("todo add").shouldReply("Please send text.");     // the command asks for its missing argument
 * alice.send("water plants").shouldReply("Added: water plants"); // the answer's reply comes from "todo add"
 * }</pre>
 */
public final class Exchange {
  private final MockClient client;
  private final CompletableFuture<Void> done;

  Exchange(MockClient client, CompletableFuture<Void> done) {
    this.client = client;
    this.done = done;
  }

  /** Completes when the message's session has finished. */
  public CompletableFuture<Void> done() { return done; }

  /**
   * The next message the bot sends into this chat is {@code expected}, written in the text form as
   * {@link MockClient#send(String)} takes it: the two are compared as messages, so {@code "a & b"} and
   * {@code "a &amp; b"} expect the same text, and {@code "<at id=\"1\"/> hi"} a mention and a text.
   */
  public Exchange shouldReply(String expected) {
    assertThat(nextReply()).as("reply to the message (text form)").isEqualTo(Message.parse(expected).toString());
    return this;
  }

  /**
   * The next message the bot sends into this chat reads {@code expected} as a person sees it: its plain text, with
   * markup tags left out and escapes such as {@code &lt;} decoded ({@link dev.mochi.api.message.Message#plainText()}).
   * {@link #shouldReply(String)} compares whole messages instead, elements included.
   */
  public Exchange shouldReplyText(String expected) {
    String reply = nextReply();
    assertThat(Message.parse(reply).plainText()).as("plain text of the reply %s", reply).isEqualTo(expected);
    return this;
  }

  /** The next message the bot sends into this chat, in its canonical text form, satisfies {@code assertion}. */
  public Exchange shouldReply(Consumer<String> assertion) {
    assertion.accept(nextReply());
    return this;
  }

  /** The session finishes without the bot saying anything into this chat. */
  public Exchange shouldNotReply() {
    await();
    List<String> unexpected = client.drain();
    assertThat(unexpected).as("messages the bot sent although no reply was expected").isEmpty();
    return this;
  }

  /** Waits for the session to finish and returns every message the bot sent into this chat meanwhile. */
  public List<String> replies() {
    await();
    return client.drain();
  }

  /** Waits for the session to finish (fails the test after the client's timeout). */
  public Exchange await() { return await(client.timeout()); }

  public Exchange await(Duration timeout) {
    try {
      done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      fail("The session did not finish within " + timeout.toMillis() + " ms");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      fail("Interrupted while waiting for the session");
    } catch (ExecutionException e) {
      fail("The session failed: " + e.getCause());
    }
    return this;
  }

  private String nextReply() {
    long deadline = System.nanoTime() + client.timeout().toNanos();
    try {
      while (System.nanoTime() < deadline) {
        String message = client.inbox().poll(5, TimeUnit.MILLISECONDS);
        if (message != null) return message;
        if (done.isDone()) {
          message = client.inbox().poll();
          if (message != null) return message;
          fail("The bot finished handling the message without replying");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return fail("No reply within " + client.timeout().toMillis() + " ms");
  }
}
