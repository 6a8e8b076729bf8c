package dev.mochi.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mochi.api.console.Channel;
import dev.mochi.api.console.Client;
import dev.mochi.api.console.Console;
import dev.mochi.api.console.ConsoleEvent;
import dev.mochi.testkit.MochiTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Feathers' channel semantics, case by case, on real sockets. */
class ChannelTest {
  @RegisterExtension final MochiTest mochi = Fixture.console((ctx, console) -> {});

  Console console() { return Fixture.server(mochi).console(); }

  /** The server-side client of a socket: the newest connection. */
  Client newest() {
    List<Client> all = console().clients();
    return all.stream().max(java.util.Comparator.comparing(c -> Long.parseLong(c.id().substring(3)))).orElseThrow();
  }

  static Predicate<JsonNode> event(String name) {
    return m -> "event".equals(m.path("type").asText()) && name.equals(m.path("event").asText());
  }

  @Test void connectionsJoinAnonymousThenLoginMovesThemAndJoiningTwiceIsIdempotent() {
    try (Ws ws = Ws.connect(Fixture.port(mochi))) {
      ws.data("user");
      Client c = newest();
      assertThat(c.channels()).containsExactly("anonymous");
      List<String> joins = new ArrayList<>();
      Channel admins = console().channel("admins");
      admins.onJoin(x -> joins.add(x.id()));
      admins.join(c);
      admins.join(c);
      assertThat(admins.clients()).containsExactly(c);
      assertThat(joins).hasSize(1);
      assertThat(console().channels()).contains("anonymous", "admins", "authenticated");
      ws.call("auth", Map.of("token", Fixture.token(mochi, "erin", 4)));
      assertThat(c.channels()).contains("authenticated", "authority:4", "admins").doesNotContain("anonymous")
          .anyMatch(n -> n.startsWith("user:"));
      ws.call("logout", Map.of());
      assertThat(c.channels()).as("logout leaves every channel, custom ones too").containsExactly("anonymous");
      assertThat(admins.clients()).isEmpty();
    }
  }

  @Test void combinedChannelsDeduplicateAndForwardJoinAndLeave() {
    try (Ws a = Ws.connect(Fixture.port(mochi))) {
      a.data("user");
      Client ca = newest();
      try (Ws b = Ws.connect(Fixture.port(mochi))) {
        b.data("user");
        Client cb = newest();
        console().channel("red").join(ca, cb);
        console().channel("blue").join(ca);
        Channel both = console().channel("red", "blue");
        assertThat(both.clients()).containsExactly(ca, cb);
        assertThat(both.names()).containsExactly("red", "blue");
        try (Ws c = Ws.connect(Fixture.port(mochi))) {
          c.data("user");
          Client cc = newest();
          both.join(cc);
          assertThat(console().channel("red").clients()).contains(cc);
          assertThat(console().channel("blue").clients()).contains(cc);
          both.leave(cc);
          assertThat(console().channel("red").clients()).doesNotContain(cc);
          assertThat(console().channel("blue").clients()).doesNotContain(cc);
          Channel combined = console().channel(console().channel("red"), console().channel("blue"));
          assertThat(combined.size()).isEqualTo(2);
        }
      }
    }
  }

  @Test void leaveByPredicateAndFilterPickConnections() {
    try (Ws a = Fixture.login(mochi, "frank", 2); Ws b = Fixture.login(mochi, "gina", 4)) {
      Channel team = console().channel("team");
      team.join(console().clients().toArray(Client[]::new));
      assertThat(team.size()).isEqualTo(2);
      assertThat(team.filter(c -> c.authority() >= 4).clients()).extracting(c -> c.user().orElseThrow().name())
          .containsExactly("gina");
      assertThat(team.size()).as("filter makes a new channel").isEqualTo(2);
      team.leave(c -> c.authority() < 4);
      assertThat(team.clients()).extracting(c -> c.user().orElseThrow().name()).containsExactly("gina");
    }
  }

  @Test void sendGivesEachChannelItsPayloadAndTheFirstChannelHoldingAConnectionWins() {
    try (Ws a = Ws.connect(Fixture.port(mochi))) {
      a.data("user");
      Client ca = newest();
      try (Ws b = Ws.connect(Fixture.port(mochi))) {
        b.data("user");
        Client cb = newest();
        console().channel("vip").join(ca);
        console().channel("all").join(ca, cb);
        console().publish("news", (data, ev) -> console().channel(
            console().channel("vip").send(Map.of("text", "full story")),
            console().channel("all").send(Map.of("text", "headline"))));
        console().emit("news", Map.of("text", "raw"));
        assertThat(a.next(event("news")).at("/data/text").asText()).isEqualTo("full story");
        assertThat(b.next(event("news")).at("/data/text").asText()).isEqualTo("headline");
        a.none(event("news"), Duration.ofMillis(300));
      }
    }
  }

  @Test void publishersAreChosenMostSpecificFirstAndANullPublisherPublishesNothing() {
    try (Ws a = Ws.connect(Fixture.port(mochi))) {
      a.data("user");
      Client ca = newest();
      console().channel("x").join(ca);
      Channel x = console().channel("x");
      console().publish((d, e) -> x.send("app"));
      console().publish("created", (d, e) -> x.send("app+event"));
      console().publishService("posts", (d, e) -> x.send("service"));
      console().publish("posts", "created", (d, e) -> x.send("service+event"));
      console().publish("posts", "removed", (d, e) -> null);
      console().emit(ConsoleEvent.of("posts", "created", "data"));
      assertThat(a.next(event("created")).get("data").asText()).isEqualTo("service+event");
      console().emit(ConsoleEvent.of("posts", "updated", "data"));
      assertThat(a.next(event("updated")).get("data").asText()).isEqualTo("service");
      console().emit(ConsoleEvent.of("tags", "created", "data"));
      assertThat(a.next(event("created")).get("data").asText()).isEqualTo("app+event");
      console().emit(ConsoleEvent.of("tags", "updated", "data"));
      assertThat(a.next(event("updated")).get("data").asText()).isEqualTo("app");
      console().emit(ConsoleEvent.of("posts", "removed", "data"));
      console().publish("empty", (d, e) -> console().channel("nobody-here"));
      console().emit("empty", "data");
      a.none(event("removed").or(event("empty")), Duration.ofMillis(300));
    }
  }

  @Test void aPushNeverReachesAConnectionBelowTheEventsAuthority() {
    try (Ws low = Fixture.login(mochi, "hank", 1); Ws high = Fixture.login(mochi, "ivy", 4)) {
      console().emit(ConsoleEvent.of("secret", Map.of("k", 1)).withAuthority(4));
      assertThat(high.next(event("secret")).at("/data/k").asInt()).isEqualTo(1);
      low.none(event("secret"), Duration.ofMillis(300));
    }
  }

  @Test void aClosedConnectionIsRemovedEverywhere() throws Exception {
    Ws a = Fixture.login(mochi, "jack", 3);
    Client ca = newest();
    console().channel("room").join(ca);
    assertThat(console().channel("authenticated").clients()).contains(ca);
    a.close();
    long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (console().clients().contains(ca) && System.nanoTime() < end) Thread.sleep(20);
    assertThat(console().clients()).doesNotContain(ca);
    assertThat(console().channel("room").clients()).doesNotContain(ca);
    assertThat(console().channel("authenticated").clients()).doesNotContain(ca);
    assertThat(ca.channels()).isEmpty();
  }
}
