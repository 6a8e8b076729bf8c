package dev.mochi.bench;

import java.util.concurrent.CompletableFuture;

/** One message's times ({@link System#nanoTime()}): sent, reply handed to the bot, session finished. */
final class Probe {
  final String id;
  final CompletableFuture<Probe> done = new CompletableFuture<>();
  long t0;
  volatile long tReply;
  volatile String reply;
  volatile long tDone;
  volatile Throwable failure;

  Probe(String id) {
    this.id = id;
  }

  void finish(Throwable e) {
    tDone = System.nanoTime();
    failure = e;
    done.complete(this);
  }

  double replyMs() { return ((tReply != 0 ? tReply : tDone) - t0) / 1e6; }

  double doneMs() { return (tDone - t0) / 1e6; }
}
