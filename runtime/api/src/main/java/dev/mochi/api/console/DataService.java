package dev.mochi.api.console;

import dev.mochi.api.Disposable;

/**
 * A named value the console pushes to the connections allowed to see it ({@code store.<key>} in the web client).
 * Disposing it tells those clients it is gone.
 *
 * @param <T> the value's type (serialized as JSON)
 */
public interface DataService<T> extends Disposable {

  /** Its key. */
  String key();

  /** The authority a connection needs to receive it. */
  int authority();

  /** Computes the value again and pushes it to every allowed connection ({@code {type: "data", key, data}}). */
  void refresh();

  /**
   * Pushes a change to every allowed connection ({@code {type: "patch", key, data}}): a list is appended to the
   * client's list, a map merged into its object. The supplier should return the patched value from now on.
   */
  void patch(Object delta);
}
