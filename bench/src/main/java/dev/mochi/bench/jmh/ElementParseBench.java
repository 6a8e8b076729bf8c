package dev.mochi.bench.jmh;

import dev.mochi.api.message.Message;
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
import org.openjdk.jmh.annotations.Warmup;

/** The element parser: message markup to elements and back (every incoming message is parsed once). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ElementParseBench {
  @Param({"plain", "mixed", "long"})
  public String kind;

  private String markup;
  private Message parsed;

  @Setup public void setup() {
    markup = switch (kind) {
      case "plain" -> "lottery";
      case "mixed" -> "<at id=\"42\"/> look at this <img src=\"https://example.invalid/a.png\"/> &amp; tell me";
      default -> "<quote id=\"1\"/>" + "some text <at id=\"7\"/> &lt;not a tag&gt; ".repeat(200);
    };
    parsed = Message.parse(markup);
  }

  @Benchmark public Message parse() {
    return Message.parse(markup);
  }

  @Benchmark public String print() {
    return parsed.toString();
  }
}
