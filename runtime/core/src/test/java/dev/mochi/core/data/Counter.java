package dev.mochi.core.data;

import dev.mochi.api.data.ChannelData;

/** A typed channel view for tests. */
public interface Counter extends ChannelData {
  int count();

  void count(int value);
}
