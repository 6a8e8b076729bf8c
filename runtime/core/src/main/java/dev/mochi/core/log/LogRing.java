package dev.mochi.core.log;

import dev.mochi.api.log.LogQuery;
import dev.mochi.api.log.LogRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The newest records, at most {@code capacity}, each with the next sequence number. Thread-safe. */
final class LogRing {
  private final LogRecord[] slots;
  private long next;

  LogRing(int capacity) { this.slots = new LogRecord[capacity]; }

  int capacity() { return slots.length; }

  /** Stores a record made by {@code make} from the next sequence number, dropping the oldest when full. */
  synchronized LogRecord add(java.util.function.LongFunction<LogRecord> make) {
    LogRecord r = make.apply(next);
    slots[(int) (next % slots.length)] = r;
    next++;
    return r;
  }

  /** The newest records that match, at most {@code query.limit()}, oldest first; newest to oldest until enough. */
  synchronized List<LogRecord> recent(LogQuery query) {
    List<LogRecord> out = new ArrayList<>();
    long oldest = Math.max(0, next - slots.length);
    for (long seq = next - 1; seq >= oldest && seq > query.after() && out.size() < query.limit(); seq--) {
      LogRecord r = slots[(int) (seq % slots.length)];
      if (query.matches(r)) out.add(r);
    }
    Collections.reverse(out);
    return out;
  }
}
