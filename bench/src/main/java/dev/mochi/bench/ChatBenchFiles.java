package dev.mochi.bench;

import java.io.IOException;
import java.nio.file.Path;

/** Clean-up for benchmarks in other packages. */
public final class ChatBenchFiles {
  private ChatBenchFiles() {}

  /** Deletes a folder and everything in it. */
  public static void delete(Path dir) throws IOException {
    ChatBench.delete(dir);
  }
}
