package dev.mochi.core.data;

import dev.mochi.api.data.Filter;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
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
 * Filter compilation: the JSON operator form parsed, checked against the table's fields, compiled to a jOOQ
 * condition with bound values and rendered to SQL — what every console or API query with a filter pays.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FilterCompileBench {
  @Param({"{\"coins\":{\"$gt\":10}}",
      "{\"$or\":[{\"coins\":{\"$gte\":5,\"$lt\":100}},{\"name\":{\"$like\":\"a%\"}}],\"items\":{\"$includes\":\"sword\"},\"id\":{\"$in\":[1,2,3,4,5]}}"})
  public String json;

  private BenchEngine bench;
  private DataEngine engine;
  private TableDef user;
  private DSLContext render;
  private Filter parsed;

  @Setup public void setup() throws Exception {
    bench = new BenchEngine();
    engine = bench.engine;
    user = engine.schema.table("user");
    render = DSL.using(engine.connections.dialect);
    parsed = Filter.parse(json);
  }

  @TearDown public void tearDown() throws Exception {
    bench.close();
  }

  @Benchmark public Filter parse() {
    return Filter.parse(json);
  }

  @Benchmark public String planCompileRender() {
    return render.render(SqlFilter.compile(FilterPlan.of(user, parsed), engine.connections.dialect));
  }
}
