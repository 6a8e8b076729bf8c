package dev.mochi.core.data;

import dev.mochi.core.config.Durability;
import java.nio.file.Path;
import java.util.List;

/**
 * The child process of {@link CrashRecoveryTest}: writes under load (ten users, each write a coin and an item)
 * at the durability level named by its second argument, and prints {@code ack <user> <n>} once the write is durable — what a reply would acknowledge. It runs until
 * it is killed, or for at most five minutes.
 */
public final class CrashWriter {
  private CrashWriter() {}

  public static void main(String[] args) throws Exception {
    DataEngine engine = new DataEngine(DataSettings.of("jdbc:sqlite:" + Path.of(args[0])).withDurability(Durability.of(args[1])));
    engine.model.extend("user", Wallet.class);
    long end = System.nanoTime() + 300_000_000_000L;
    int[] next = {0};
    List<Thread> writers = new java.util.ArrayList<>();
    for (int u = 0; u < 10; u++) {
      String user = "u" + u;
      writers.add(Thread.ofVirtual().start(() -> {
        int n = 0;
        while (System.nanoTime() < end) {
          SessionDataImpl s = engine.open(new Identity("crash", user, user, "room", ""));
          s.declareUserFields(List.of("coins", "items"));
          Wallet w = s.user(Wallet.class);
          w.coins(w.coins() + 1);
          w.items().add(String.valueOf(n));
          s.flush().join();
          synchronized (next) {
            System.out.println("ack " + user + " " + n);
            System.out.flush();
          }
          n++;
        }
      }));
    }
    for (Thread t : writers) t.join();
  }
}
