package dev.mochi.console.web;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds the system's Chromium for the browser tests: the system property {@code mochi.chromium} or the environment
 * variable {@code MOCHI_CHROMIUM} when set (a path, or a command name looked up on the {@code PATH}), else the first of
 * {@code chromium}, {@code chromium-browser}, {@code google-chrome-stable}, {@code google-chrome} on the {@code PATH}.
 * Playwright's own browser download is never used: CI installs Debian's {@code chromium} (see {@code .ci/run}).
 */
final class Chromium {
  private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome-stable", "google-chrome");

  private Chromium() {}

  static Optional<Path> find() {
    String configured = System.getProperty("mochi.chromium", System.getenv("MOCHI_CHROMIUM"));
    if (configured != null && !configured.isBlank()) return resolve(configured.strip());
    for (String name : NAMES) {
      Optional<Path> found = onPath(name);
      if (found.isPresent()) return found;
    }
    return Optional.empty();
  }

  /** Why {@link #find()} found nothing, for the skip message. */
  static String notFound() {
    String configured = System.getProperty("mochi.chromium", System.getenv("MOCHI_CHROMIUM"));
    if (configured != null && !configured.isBlank()) {
      return "mochi.chromium / MOCHI_CHROMIUM is '" + configured + "', which is not an executable file";
    }
    return "none of " + NAMES + " is on the PATH; install Debian's chromium (apt-get install chromium) or set "
        + "-Dmochi.chromium=<path>";
  }

  private static Optional<Path> resolve(String value) {
    if (value.contains(File.separator)) {
      Path path = Path.of(value);
      return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
    }
    return onPath(value);
  }

  private static Optional<Path> onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) return Optional.empty();
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) continue;
      Path candidate = Path.of(dir, name);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) return Optional.of(candidate);
    }
    return Optional.empty();
  }
}
