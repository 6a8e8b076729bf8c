package dev.mochi.api.data;

import java.util.Optional;

/**
 * The observed user (table {@code user}). Plugins extend it with their fields as getter/setter pairs:
 *
 * <pre>{@code
 * public interface Wallet extends UserData {
 *   int coins();  void coins(int value);
 *   List<String> items();
 * }
 * }</pre>
 */
public interface UserData extends Observed {

  /** The internal user id (shared by every platform account bound to the user). */
  long id();

  /** The display name; empty when unknown. */
  Optional<String> name();

  /** 0 blocked, 1 default, … 5 owner. */
  int authority();
}
