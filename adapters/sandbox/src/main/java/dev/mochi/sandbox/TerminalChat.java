package dev.mochi.sandbox;

import dev.mochi.api.message.Message;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.slf4j.Logger;

/**
 * The terminal loop: one line of input is one message from the terminal's virtual user of the {@link
 * dev.mochi.api.sandbox.Sandbox} (the configured user, in a private chat or, with a channel, in that guild channel). Blank lines are skipped. A line is what the user typed, plain text as on
 * a chat platform: it is escaped into the text form ({@code a < b} arrives as {@code a &lt; b}), so {@code <}, {@code >}
 * and {@code &} are characters and never markup.
 *
 * <p>Lines are handed to the runtime in order and <em>without</em> waiting for the previous session to
 * finish. Waiting would deadlock a command that prompts: its answer is the next line, which would never
 * be read. The runtime keeps one user's sessions in order and gives a prompting session the user's next
 * queued message, so dispatching eagerly is both safe and what a real chat platform does. At end of
 * input the loop waits until every session has completed; only then is the output complete.
 *
 * <p>Intake is bounded: at most {@link #MAX_IN_FLIGHT} messages are handed over and not yet finished. At the
 * bound the loop stops reading until one finishes (back-pressure: the pipe fills and whoever writes into it
 * waits), so a long input never sits in memory as sessions, and no line is dropped. The first pause is logged.
 * A prompt still gets its answer at the bound: the answer is already queued behind the prompting session.
 * When the runtime refuses a line at once (the bot is shutting down), reading stops: the rest of the input is not
 * read, so a stop does not log one refusal per remaining line.
 *
 * <p>Exit codes: {@code 0} when every line was handled, {@code 1} when the runtime refused or failed at
 * least one message or the input could not be read (the reason is logged).
 */
final class TerminalChat {
  static final int OK = 0;
  static final int FAILED = 1;
  /** Messages handed to the runtime and not finished, at most. */
  static final int MAX_IN_FLIGHT = 256;

  private final Function<String, CompletionStage<Void>> send;
  private final Logger log;
  private final int maxInFlight;

  /**
   * @param send hands one message (its text form) to the runtime as the terminal's virtual user; its stage
   *     completes when the session has finished
   */
  TerminalChat(Function<String, CompletionStage<Void>> send, Logger log) {
    this(send, log, MAX_IN_FLIGHT);
  }

  TerminalChat(Function<String, CompletionStage<Void>> send, Logger log, int maxInFlight) {
    if (maxInFlight < 2) throw new IllegalArgumentException("maxInFlight must leave room for a prompt's answer: " + maxInFlight);
    this.send = send;
    this.log = log;
    this.maxInFlight = maxInFlight;
  }

  /** Reads {@code in} to its end, dispatching every line, and waits for all sessions; returns the exit code. */
  int run(InputStream in) throws InterruptedException {
    InFlight inFlight = new InFlight();
    boolean readFailed = false;
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    long count = 0;
    try {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank()) continue;
        count++;
        if (!send(count, Message.text(line).toString(), inFlight)) {
          log.warn("Sandbox terminal: the bot takes no more messages (it is shutting down); the rest of the input "
              + "is not read");
          break;
        }
      }
    } catch (IOException e) {
      log.error("Sandbox terminal: reading standard input failed after {} messages: {}", count, e.toString());
      readFailed = true;
    }
    long failures = inFlight.awaitIdle();
    if (failures > 0) {
      log.error("Sandbox terminal: {} of {} messages were not handled; see the errors above", failures, count);
    }
    return readFailed || failures > 0 ? FAILED : OK;
  }

  /** Hands one line over; false when the runtime refused it at once (it takes no more messages). */
  private boolean send(long number, String line, InFlight inFlight) throws InterruptedException {
    if (inFlight.begin(maxInFlight)) {
      log.info("Sandbox terminal: {} messages are being handled; reading more input waits until one finishes "
          + "(nothing is dropped)", maxInFlight);
    }
    CompletionStage<Void> done;
    try {
      done = send.apply(line);
    } catch (RuntimeException e) {
      log.error("Sandbox terminal: the runtime refused line {} ({}): {}", number, excerpt(line), e.toString());
      inFlight.end(false);
      return false;
    }
    done.whenComplete((ok, error) -> {
      if (error != null) {
        log.error("Sandbox terminal: line {} ({}) failed: {}", number, excerpt(line), error.toString());
      }
      inFlight.end(error == null);
    });
    return !(done instanceof java.util.concurrent.CompletableFuture<Void> f && f.isCompletedExceptionally());
  }

  private static String excerpt(String content) {
    return content.length() <= 80 ? content : content.substring(0, 80) + "… (" + content.length() + " characters)";
  }

  /** Counts sessions still running, and failed ones, without keeping a reference to each. */
  static final class InFlight {
    private long running;
    private long failed;
    private boolean paused;

    /** Waits while {@code bound} sessions are running, then counts one more; true the first time it had to wait. */
    synchronized boolean begin(int bound) throws InterruptedException {
      boolean first = false;
      if (running >= bound && !paused) {
        paused = true;
        first = true;
      }
      while (running >= bound) wait();
      running++;
      return first;
    }

    synchronized void end(boolean ok) {
      running--;
      if (!ok) failed++;
      notifyAll();
    }

    /** Waits until nothing is running; returns how many failed. */
    synchronized long awaitIdle() throws InterruptedException {
      while (running > 0) wait();
      return failed;
    }
  }
}
