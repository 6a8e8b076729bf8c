package dev.mochi.plugin.echo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.testkit.MochiTest;
import dev.mochi.testkit.MockClient;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EchoTest {
  @RegisterExtension final MochiTest mochi = MochiTest.withPlugin(new Echo());

  @Test void echoRepeatsTheRestOfTheLineAsWritten() {
    MockClient alice = mochi.client("alice");
    alice.send("echo Hello,   world!").shouldReply("Hello,   world!");
    alice.send("echo a -n \"quoted\" text").shouldReply("a -n \"quoted\" text");
    alice.send("echo -- -n starts with a dash").shouldReply("-n starts with a dash");
  }

  @Test void echoKeepsMentionsAndImages() {
    mochi.client("alice").send("echo hi <at id=\"42\"/> <img src=\"cat.png\"/>")
        .shouldReply("hi <at id=\"42\"/> <img src=\"cat.png\"/>");
  }

  @Test void interpolationRunsTheInnerCommandFirst() {
    MockClient alice = mochi.client("alice");
    alice.send("echo 1$(echo 0)2").shouldReply("102");
    alice.send("echo a$(echo b$(echo c))d").shouldReply("abcd");
    alice.send("echo '$(echo 0)'").shouldReply("'$(echo 0)'");
  }

  @Test void theLauncherFindsThePluginOnTheClasspath() {
    assertThat(ServiceLoader.load(dev.mochi.api.Plugin.class).stream().map(p -> p.type().getName()))
        .contains(Echo.class.getName());
  }
}
