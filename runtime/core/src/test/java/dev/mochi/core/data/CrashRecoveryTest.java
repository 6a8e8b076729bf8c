package dev.mochi.core.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.api.data.Filter;
import dev.mochi.api.data.Row;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import dev.mochi.core.config.Durability;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 during a write load: the database is intact and every acknowledged write is there, at both durability
 * levels (crash-safe promises exactly this; power-loss-safe promises more, so it must keep this too).
 */
class CrashRecoveryTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(Durability.class)
  @Timeout(value = 300, unit = TimeUnit.SECONDS)
  void aKilledProcessLosesNoAcknowledgedWrite(Durability durability) throws Exception {
    Path db = dir.resolve("crash.db");
    Path log = dir.resolve("child.log");
    String java = ProcessHandle.current().info().command().orElse("java");
    Process child = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
        CrashWriter.class.getName(), db.toString(), durability.key()).redirectError(log.toFile()).start();
    Map<String, Set<String>> acked = new HashMap<>();
    int count = 0;
    // Killed at 400 acknowledged writes or 30 s after the first one, whichever comes first: however slowly a busy
    // machine starts the child, the kill lands while it is writing.
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      long deadline = Long.MAX_VALUE;
      for (String line = out.readLine(); line != null && count < 400 && System.nanoTime() < deadline; line = out.readLine()) {
        if (!line.startsWith("ack ")) continue;
        if (count == 0) deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String[] p = line.split(" ");
        acked.computeIfAbsent(p[1], k -> new HashSet<>()).add(p[2]);
        count++;
      }
      child.destroyForcibly();
      assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(count).as("acknowledged writes before the kill; the child's log:%n%s", Files.readString(log))
        .isGreaterThan(20);

    try (DataEngine engine = new DataEngine(DataSettings.of("jdbc:sqlite:" + db).withDurability(durability))) {
      engine.model.extend("user", Wallet.class);
      assertThat(engine.connections.writer.fetchValue("pragma integrity_check")).isEqualTo("ok");
      for (var e : acked.entrySet()) {
        long id = ((Number) engine.database.get("binding", Filter.eq("pid", e.getKey()), "bid").getFirst().get("bid")).longValue();
        Row row = engine.database.get("user", Filter.eq("id", id), "coins", "items").getFirst();
        @SuppressWarnings("unchecked") List<String> items = (List<String>) row.get("items");
        assertThat(items).as("items of " + e.getKey()).containsAll(e.getValue());
        assertThat((Integer) row.get("coins")).isGreaterThanOrEqualTo(e.getValue().size()).isEqualTo(items.size());
      }
    }
  }
}
