package dev.mochi.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * sqlite-jdbc's native library kept in {@code mochi.native.dir} (what {@code ./mochi} gives): copied there once, loaded
 * from there by the driver, and not copied into the temporary directory at each start. Each start is a JVM of its own,
 * since a JVM loads the library once.
 */
class SqliteNativeTest {
  @TempDir Path dir;

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void aStartWithTheDirectoryLoadsTheKeptCopyAndCopiesNothingIntoTheTemporaryDirectory() throws Exception {
    Path kept = dir.resolve("native");
    List<String> first = start(kept, dir.resolve("tmp1"));
    assertThat(first).first().isEqualTo("ok");
    assertThat(first.get(1)).doesNotContain("sqlitejdbc");
    List<Path> copies = list(kept);
    assertThat(copies).hasSize(1);
    Path library = copies.get(0);
    assertThat(library.getFileName().toString()).startsWith("libsqlitejdbc-" + SQLiteJDBCLoader.getVersion() + "-");
    assertThat(Files.size(library)).isEqualTo(resourceSize());

    // The next start finds the copy and leaves it as it is.
    FileTime written = FileTime.fromMillis(Files.getLastModifiedTime(library).toMillis() - 60_000);
    Files.setLastModifiedTime(library, written);
    List<String> second = start(kept, dir.resolve("tmp2"));
    assertThat(second).first().isEqualTo("ok");
    assertThat(second.get(1)).doesNotContain("sqlitejdbc");
    assertThat(list(kept)).containsExactly(library);
    assertThat(Files.getLastModifiedTime(library)).isEqualTo(written);
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void withoutTheDirectoryTheDriverCopiesItsLibraryIntoTheTemporaryDirectoryAsBefore() throws Exception {
    List<String> out = start(null, dir.resolve("tmp"));
    assertThat(out).first().isEqualTo("ok");
    assertThat(out.get(1)).contains("sqlitejdbc");
  }

  @Test void anEmptyCopyIsReplacedAndNoPartFileIsLeft() throws IOException {
    Path kept = SqliteNative.keep(dir);
    Files.write(kept, new byte[0]);
    assertThat(SqliteNative.keep(dir)).isEqualTo(kept);
    assertThat(Files.size(kept)).isEqualTo(resourceSize());
    assertThat(list(dir)).containsExactly(kept);
  }

  private static long resourceSize() throws IOException {
    URL url = SQLiteJDBCLoader.class.getResource(LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName());
    assertThat(url).isNotNull();
    try (var in = url.openStream()) {
      return in.transferTo(java.io.OutputStream.nullOutputStream());
    }
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }

  /** One start of {@link NativeLibraryProbe}: its output lines. */
  private List<String> start(Path nativeDir, Path tmp) throws Exception {
    Files.createDirectories(tmp);
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-Djava.io.tmpdir=" + tmp));
    if (nativeDir != null) command.add("-D" + SqliteNative.DIR_PROPERTY + "=" + nativeDir);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), NativeLibraryProbe.class.getName(),
        dir.resolve("probe-" + tmp.getFileName() + ".db").toString()));
    Process child = new ProcessBuilder(command).redirectError(dir.resolve("probe.err").toFile()).start();
    String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).as("the probe's errors:%n%s", Files.readString(dir.resolve("probe.err"))).isZero();
    return out.lines().toList();
  }
}
