package dev.mochi.core.config;

import java.time.Duration;
import java.util.Objects;

/**
 * How sessions are run.
 *
 * @param maxConcurrency sessions handled at once across all users
 * @param pluginBudget how long one session may hold its user's queue before the queue moves on
 * @param promptTimeout how long a missing command argument is waited for
 * @param maxDepth how deeply middleware and {@code session.execute} may nest
 */
public record DispatcherConfig(int maxConcurrency, Duration pluginBudget, Duration promptTimeout, int maxDepth) {
  public static final DispatcherConfig DEFAULT = new DispatcherConfig(0, null, null, 0);

  public DispatcherConfig {
    if (maxConcurrency <= 0) maxConcurrency = 1024;
    pluginBudget = Objects.requireNonNullElse(pluginBudget, Duration.ofSeconds(30));
    promptTimeout = Objects.requireNonNullElse(promptTimeout, Duration.ofSeconds(60));
    if (maxDepth <= 0) maxDepth = 64;
  }
}
