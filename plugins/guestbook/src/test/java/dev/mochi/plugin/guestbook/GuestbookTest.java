package dev.mochi.plugin.guestbook;

import dev.mochi.testkit.MochiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class GuestbookTest {
  @RegisterExtension static final MochiTest mochi = MochiTest.withPlugin(new Guestbook(), new Guestbook.Config(2));

  @Test void signingIsThankedWithoutAConsoleInstalled() {
    mochi.client("alice").send("sign hello there").shouldReply("Thank you for signing the guestbook!");
  }
}
