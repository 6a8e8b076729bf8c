package dev.mochi.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** A terminal for the sandbox: a pipe to type into, the printed output, and the exit code it ended with. */
final class Terminal {
  private final PipedOutputStream keyboard = new PipedOutputStream();
  private final PipedInputStream stdin;
  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  private final CompletableFuture<Integer> exit = new CompletableFuture<>();

  Terminal() {
    try {
      stdin = new PipedInputStream(keyboard, 1 << 16);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The sandbox plugin wired to this terminal. */
  SandboxAdapter adapter() {
    return new SandboxAdapter(stdin, new PrintStream(stdout, true, StandardCharsets.UTF_8), exit::complete);
  }

  /**
   * Types {@code lines} in one write, as a paste or a pipe delivers them: the pipe refuses writes once the reader
   * has stopped, so lines typed one write at a time after the bot stopped reading would fail part-way.
   */
  Terminal type(String... lines) {
    StringBuilder text = new StringBuilder();
    for (String line : lines) text.append(line).append('\n');
    try {
      keyboard.write(text.toString().getBytes(StandardCharsets.UTF_8));
      keyboard.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Ends the input, like Ctrl-D or the end of a pipe. */
  Terminal endOfInput() {
    try {
      keyboard.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  List<String> lines() {
    String text = stdout.toString(StandardCharsets.UTF_8);
    return text.isEmpty() ? List.of() : List.of(text.split(System.lineSeparator()));
  }

  /** Waits until at least {@code count} lines were printed and returns them. */
  List<String> awaitLines(int count, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (lines().size() < count && System.nanoTime() < deadline) Thread.sleep(5);
    assertThat(lines()).as("lines printed within %s", timeout).hasSizeGreaterThanOrEqualTo(count);
    return lines();
  }

  /** The exit code the sandbox ended with. */
  int awaitExit(Duration timeout) throws Exception {
    return exit.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  boolean exited() { return exit.isDone(); }
}
