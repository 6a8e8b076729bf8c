package dev.mochi.console.resource;

import dev.mochi.api.data.Database;
import dev.mochi.api.data.Filter;
import dev.mochi.api.resource.Resources;
import dev.mochi.testkit.MochiTest;
import org.junit.jupiter.api.BeforeEach;

/** The guarded library, seeded, with ann and bob (authority 1) and olga (5) logged in over HTTP, and an anonymous caller. */
abstract class Guarded {
  static final int PORT = Consoles.freePort();
  Library.Seed seed;
  Wire ann;
  Wire bob;
  Wire olga;
  Wire anonymous;

  abstract MochiTest mochi();

  Database db() {
    return mochi().app().root().database();
  }

  Resources resources() {
    return mochi().app().root().resources();
  }

  long count(String table) {
    return db().count(table, Filter.ALL);
  }

  long post(String title) {
    return seed.posts().get(title);
  }

  @BeforeEach void logIn() {
    seed = Library.seed(db(), resources());
    anonymous = new Wire(PORT, null);
    ann = anonymous.as(Consoles.login(mochi(), PORT, seed.users().get("ann"), "ann"));
    bob = anonymous.as(Consoles.login(mochi(), PORT, seed.users().get("bob"), "bob"));
    olga = anonymous.as(Consoles.login(mochi(), PORT, seed.users().get("olga"), "olga"));
  }
}
