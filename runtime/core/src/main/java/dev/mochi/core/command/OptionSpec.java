package dev.mochi.core.command;

import dev.mochi.api.command.OptionInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One option of a command: its base declaration (flags that take its typed value, or set it to true) and
 * its value variants (flags that set it to a fixed value, as {@code -W, --anonymous} sets {@code writer=0}).
 */
final class OptionSpec {
  final String name;
  volatile String type;
  volatile String description = "";
  volatile String syntax;
  volatile List<String> names = List.of();
  volatile Object fallback;
  volatile boolean hasFallback;
  volatile int authority;
  volatile boolean hidden;
  final List<Variant> variants = new CopyOnWriteArrayList<>();

  /** A flag of this option: the base declaration ({@code variant == null}) or a value variant. */
  record Flag(OptionSpec option, Variant variant) {
    int authority() {
      return variant == null ? option.authority : Math.max(option.authority, variant.authority());
    }
  }

  record Variant(String syntax, List<String> names, Object value, int authority, String description,
                 boolean hidden) {}

  OptionSpec(String name) {
    this.name = name;
  }

  /** Whether the base declaration takes a value (it is typed and not a plain flag). */
  boolean typed() {
    return type != null && !type.equals("boolean");
  }

  /** One entry per declaration: the base first (when declared), then each variant. */
  List<OptionInfo> infos() {
    List<OptionInfo> out = new ArrayList<>();
    Optional<Object> fb = hasFallback ? Optional.ofNullable(fallback) : Optional.empty();
    if (syntax != null) {
      out.add(new OptionInfo(name, names, syntax, type == null ? "boolean" : type, description, fb,
          Optional.empty(), authority, hidden));
    }
    for (Variant v : variants) {
      out.add(new OptionInfo(name, v.names(), v.syntax(), "boolean", v.description(), fb,
          Optional.ofNullable(v.value()), Math.max(authority, v.authority()), v.hidden()));
    }
    return out;
  }
}
