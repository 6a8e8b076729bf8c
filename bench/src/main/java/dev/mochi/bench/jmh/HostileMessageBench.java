package dev.mochi.bench.jmh;

import dev.mochi.api.message.MarkupLimits;
import dev.mochi.api.message.Message;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The hostile messages of issue 15 at 1 KB, 10 KB and 100 KB: the time from handing a message to the runtime to its
 * session's end ({@code handle}: intake and the canonical text form, recognition, the tokenizer and {@code $(…)},
 * argument parsing, suggestions, then a command that echoes or does nothing), and the element parser alone
 * ({@code markup}). Linear cost means the time per KB stays flat across the three sizes; before the fix a 100 KB
 * message of {@code <b>} tags took 287 s of CPU.
 *
 * <pre>bench/run jmh HostileMessage -f 1 -wi 2 -i 3</pre>
 *
 * The message limits are raised so that no message is refused (a refused message would cost next to nothing).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class HostileMessageBench {
  /** The shapes: where the message goes and what is repeated. */
  public enum Shape {
    /** A guild message of {@code <b>} tags, not a command: 287 s of CPU at 100 KB before the fix. */
    B_TAGS(true, "", "<b>"),
    /** {@code hello $($(…}: 26 s at 100 KB. */
    HELLO_INTERPOLATION(false, "hello ", "$("),
    /** {@code echo $(} repeated: 18.5 s at 40,000 repetitions. */
    ECHO_INTERPOLATION(false, "", "echo $("),
    /** {@code <p>} tags: 8.1 s at 8,000. */
    P_TAGS(false, "", "<p>"),
    /** Words of dashes and {@code =} for a typed argument. */
    DASHES(false, "num ", "--- -= --= -=1 "),
    /** Quotes that never close. */
    QUOTES(false, "echo ", "\"a "),
    /** Entities without semicolons. */
    ENTITIES(false, "echo ", "&&amp"),
    /** Tags with attributes that never close. */
    UNCLOSED_ATTRIBUTES(false, "echo ", "<a x=\"1\" y='2' "),
    /** The bot's mention, then other mentions, before the command. */
    MENTIONS(true, "<at id=\"mochi\"/> ", "<at id=\"bob\"/> "),
    /** One long first word near a command's name (suggestions). */
    TYPO(false, "", "ehco");

    /** Whether the message is sent in a guild channel (else in a private chat). */
    public final boolean guild;
    private final String head;
    private final String piece;

    Shape(boolean guild, String head, String piece) {
      this.guild = guild;
      this.head = head;
      this.piece = piece;
    }

    /** The shape at {@code bytes} characters (at least). */
    public String of(int bytes) {
      StringBuilder out = new StringBuilder(head);
      while (out.length() < bytes) out.append(piece);
      if (this == MENTIONS) out.append("echo hi");
      return out.toString();
    }
  }

  @Param public Shape shape;

  @Param({"1024", "10240", "102400"})
  public int size;

  private HostileApp app;
  private String content;
  private MarkupLimits limits;

  @Setup public void start() throws IOException {
    app = new HostileApp();
    limits = new MarkupLimits(HostileApp.MAX, 256);
    content = shape.of(size);
  }

  @TearDown public void stop() throws IOException {
    app.close();
  }

  @Benchmark public void handle() {
    app.handle(content, shape.guild);
  }

  @Benchmark public Message markup() {
    return Message.parse(content, limits);
  }
}
