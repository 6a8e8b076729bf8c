package dev.mochi.api.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Table settings for {@link Model#extend(String, Class, TableOptions)}.
 *
 * <pre>{@code TableOptions.primary("id").autoIncrement().unique("platform", "pid").index("createdAt")}</pre>
 */
public record TableOptions(List<String> primary, boolean autoIncremented, List<List<String>> unique,
                           List<List<String>> indexes) {

  public TableOptions {
    primary = List.copyOf(primary);
    unique = List.copyOf(unique);
    indexes = List.copyOf(indexes);
  }

  /** No options: extends an existing table, or creates one keyed by {@code id}. */
  public static TableOptions none() { return new TableOptions(List.of(), false, List.of(), List.of()); }

  /** A primary key over these fields. */
  public static TableOptions primary(String... fields) {
    return new TableOptions(List.of(fields), false, List.of(), List.of());
  }

  /** The single-field primary key is generated. */
  public TableOptions autoIncrement() { return new TableOptions(primary, true, unique, indexes); }

  /** Adds a unique key. */
  public TableOptions unique(String... fields) {
    List<List<String>> u = new ArrayList<>(unique);
    u.add(List.of(fields));
    return new TableOptions(primary, autoIncremented, u, indexes);
  }

  /** Adds an index. */
  public TableOptions index(String... fields) {
    List<List<String>> i = new ArrayList<>(indexes);
    i.add(List.of(fields));
    return new TableOptions(primary, autoIncremented, unique, i);
  }
}
