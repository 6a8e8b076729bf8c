package dev.mochi.console;

/** The caller of one HTTP request: never in a channel, receives nothing but its response. */
final class HttpCaller extends Connection {
  HttpCaller(String address) {
    super("http-", address);
  }

  @Override void push(String json) {}

  @Override void close(int code, String reason) {}

  @Override boolean persistent() { return false; }

  @Override public boolean open() { return true; }
}
