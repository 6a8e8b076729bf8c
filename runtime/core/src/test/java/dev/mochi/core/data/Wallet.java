package dev.mochi.core.data;

import dev.mochi.api.data.Default;
import dev.mochi.api.data.UserData;
import java.util.List;
import java.util.Map;

/** A typed user view for tests. */
public interface Wallet extends UserData {
  int coins();

  void coins(int value);

  List<String> items();

  @Default("0") long msgCount();

  void msgCount(long value);

  Map<String, Object> prefs();
}
