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
 * @param shutdownGrace how long a stopping bot goes on with the messages it already accepted; the ones not started
 *     by then are not handled (and counted in the log)
 * @param maxPending messages accepted and not finished (running or waiting), across all users, beyond which a new
 *     message is refused (counted and logged)
 * @param maxPendingPerUser messages of one user waiting behind the one running, beyond which that user's next
 *     message is refused (counted and logged)
 */
public record DispatcherConfig(int maxConcurrency, Duration pluginBudget, Duration promptTimeout, int maxDepth,
                               Duration shutdownGrace, int maxPending, int maxPendingPerUser) {
  public static final DispatcherConfig DEFAULT = new DispatcherConfig(0, null, null, 0, null, 0, 0);

  public DispatcherConfig {
    if (maxConcurrency <= 0) maxConcurrency = 1024;
    pluginBudget = Objects.requireNonNullElse(pluginBudget, Duration.ofSeconds(30));
    promptTimeout = Objects.requireNonNullElse(promptTimeout, Duration.ofSeconds(60));
    if (maxDepth <= 0) maxDepth = 64;
    shutdownGrace = Objects.requireNonNullElse(shutdownGrace, Duration.ofSeconds(10));
    if (maxPending <= 0) maxPending = 20_000;
    if (maxPendingPerUser <= 0) maxPendingPerUser = 1_000;
    if (shutdownGrace.isNegative()) throw new ConfigException("dispatcher.shutdown-grace", "a duration of 0 or more", shutdownGrace.toString());
  }

  public DispatcherConfig withMaxConcurrency(int v) { return new DispatcherConfig(v, pluginBudget, promptTimeout, maxDepth, shutdownGrace, maxPending, maxPendingPerUser); }

  public DispatcherConfig withPluginBudget(Duration v) { return new DispatcherConfig(maxConcurrency, v, promptTimeout, maxDepth, shutdownGrace, maxPending, maxPendingPerUser); }

  public DispatcherConfig withPromptTimeout(Duration v) { return new DispatcherConfig(maxConcurrency, pluginBudget, v, maxDepth, shutdownGrace, maxPending, maxPendingPerUser); }

  public DispatcherConfig withShutdownGrace(Duration v) { return new DispatcherConfig(maxConcurrency, pluginBudget, promptTimeout, maxDepth, v, maxPending, maxPendingPerUser); }

  public DispatcherConfig withMaxPending(int v) {
    return new DispatcherConfig(maxConcurrency, pluginBudget, promptTimeout, maxDepth, shutdownGrace, v, maxPendingPerUser);
  }

  public DispatcherConfig withMaxPendingPerUser(int v) {
    return new DispatcherConfig(maxConcurrency, pluginBudget, promptTimeout, maxDepth, shutdownGrace, maxPending, v);
  }
}
