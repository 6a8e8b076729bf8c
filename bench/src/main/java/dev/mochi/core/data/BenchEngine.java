package dev.mochi.core.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A data engine on a SQLite file in a folder of its own, with the benchmarks' {@link Wallet} fields. */
final class BenchEngine implements AutoCloseable {
  final Path dir;
  final DataEngine engine;

  BenchEngine() throws IOException {
    dir = Files.createTempDirectory("mochi-jmh");
    engine = new DataEngine(DataSettings.of("jdbc:sqlite:" + dir.resolve("jmh.db")));
    engine.model.extend("user", Wallet.class);
  }

  @Override public void close() throws IOException {
    engine.close();
    dev.mochi.bench.ChatBenchFiles.delete(dir);
  }
}
