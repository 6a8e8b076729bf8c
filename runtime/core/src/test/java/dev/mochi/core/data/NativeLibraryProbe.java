package dev.mochi.core.data;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The child process of {@link SqliteNativeTest}: opens a SQLite database through the data layer, reads a value back
 * from it, and prints {@code ok}, then what is in the temporary directory while the driver is loaded.
 */
public final class NativeLibraryProbe {
  private NativeLibraryProbe() {}

  public static void main(String[] args) throws Exception {
    try (DataEngine engine = new DataEngine(DataSettings.of("jdbc:sqlite:" + Path.of(args[0])))) {
      Object one = engine.connections.reader.fetchValue("select 1 + 1");
      System.out.println(String.valueOf(one).equals("2") ? "ok" : "wrong: " + one);
      String[] files = new File(System.getProperty("java.io.tmpdir")).list();
      System.out.println("tmp: " + (files == null ? "" : String.join(" ", Arrays.stream(files).sorted().toList())));
    }
  }
}
