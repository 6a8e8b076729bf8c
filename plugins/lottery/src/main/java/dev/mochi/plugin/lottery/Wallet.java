package dev.mochi.plugin.lottery;

import dev.mochi.api.data.Default;
import dev.mochi.api.data.UserData;
import java.util.List;

/** The lottery's fields of table {@code user}: only these are loaded for its commands, and only changes are written. */
public interface Wallet extends UserData {
  @Default("0") int coins();

  void coins(int value);

  /** Observed: adding an item marks the field dirty. */
  @Default("[]") List<String> items();

  /** The UTC day ({@code 2026-11-21}) of the last {@code daily}, empty before the first. */
  @Default("") String lastDaily();

  void lastDaily(String value);
}
