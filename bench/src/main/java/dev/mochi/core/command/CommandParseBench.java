package dev.mochi.core.command;

import java.util.List;
import java.util.Map;
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

/**
 * The command parser: a command line tokenized, then its words bound to a declaration with two options (the work
 * of every command message after recognition). Lines: a bare name, options and arguments, and a long quoted text.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CommandParseBench {
  @Param({"lottery", "echo -t 3 --loud \"hello world\" and more", "long"})
  public String line;

  private String text;
  private List<dev.mochi.api.command.ArgumentInfo> arguments;
  private OptionTable table;
  private TypeRegistry types;

  @Setup public void setup() {
    text = line.equals("long") ? "echo " + "word \"quoted words\" ".repeat(100) : line;
    types = new TypeRegistry();
    arguments = List.copyOf(Declarations.arguments("<message:text>"));
    table = new OptionTable("echo", types);
    table.declare("times", "-t, --times <n:posint>", new OptionDraft());
    table.declare("loud", "-l, --loud", new OptionDraft());
  }

  @Benchmark public Line tokenize() {
    return Tokenizer.tokenize(text);
  }

  @Benchmark public Object tokenizeAndParse() {
    Line l = Tokenizer.tokenize(text);
    return new ArgvParser(arguments, table, types, null).parse(l, 1, List.of(), Map.of());
  }
}
