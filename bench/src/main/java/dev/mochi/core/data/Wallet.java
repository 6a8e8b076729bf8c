package dev.mochi.core.data;

import dev.mochi.api.data.Default;
import dev.mochi.api.data.UserData;
import java.util.List;

/** The fields the data benchmarks read and write. */
public interface Wallet extends UserData {
  @Default("0") int coins();

  void coins(int value);

  List<String> items();
}
