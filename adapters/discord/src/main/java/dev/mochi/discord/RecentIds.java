package dev.mochi.discord;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ids of the last messages handled, so an event Discord delivers twice (a replay after a resume overlapping
 * what had arrived) runs once. Bounded: the oldest id is forgotten first.
 */
final class RecentIds {
  private final Map<String, Boolean> seen;

  RecentIds(int capacity) {
    this.seen = new LinkedHashMap<>(capacity * 2, 0.75f, false) {
      @Override protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) { return size() > capacity; }
    };
  }

  /** True the first time {@code id} is seen, false every later time (until it is forgotten). */
  synchronized boolean first(String id) {
    return seen.putIfAbsent(id, Boolean.TRUE) == null;
  }
}
