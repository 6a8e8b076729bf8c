package dev.mochi.testkit.data;

import dev.mochi.api.data.Default;
import dev.mochi.api.data.UserData;
import java.util.List;

/** The lottery's user fields. */
public interface Wallet extends UserData {
  int coins();

  void coins(int value);

  List<String> items();

  @Default("0") long msgCount();

  void msgCount(long value);
}
