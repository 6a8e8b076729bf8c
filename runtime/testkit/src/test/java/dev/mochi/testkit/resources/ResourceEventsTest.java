package dev.mochi.testkit.resources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.api.data.Database;
import dev.mochi.api.data.FieldType;
import dev.mochi.api.data.Filter;
import dev.mochi.api.resource.Caller;
import dev.mochi.api.resource.ResourceEvent;
import dev.mochi.api.resource.Resources;
import dev.mochi.testkit.MochiTest;
import dev.mochi.testkit.MockClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Created, updated and destroyed records as resource events, from actions and from chat sessions, and what each
 * caller may see of them: only records they could get, only fields they may read.
 */
class ResourceEventsTest extends ResourceTestBase {
  @RegisterExtension static final MochiTest mochi = MochiTest.withPlugin(new Blog()).configure(b -> { });

  final List<ResourceEvent> events = new CopyOnWriteArrayList<>();
  Caller ann;
  Caller bob;
  Caller owner;

  @Override Resources resources() { return mochi.app().resources().scoped(null); }

  @Override Database db() { return mochi.app().data().records().database(); }

  @BeforeEach void listen() {
    mochi.app().data().model(mochi.app().root()).extend("user", Map.of("coins", FieldType.integer().withDefault("0")));
    mochi.app().commands().declare(mochi.app().root(), "inc", "").userFields("coins").action((argv, s) -> {
      s.user().set("coins", s.user().get("coins", Integer.class) + 1);
      return "ok in " + s.channel().id();
    });
    ann = user("ann", 1);
    bob = user("bob", 1);
    owner = user("olga", 5);
    resources().onChange(events::add);
  }

  ResourceEvent await(Predicate<ResourceEvent> which) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      for (ResourceEvent e : events) if (which.test(e)) return e;
      Thread.sleep(20);
    }
    throw new AssertionError("No such event among " + events.stream().map(e -> e.kind() + " " + e.resource() + e.key()).toList());
  }

  @Test void actionsAnnounceCreatedUpdatedAndDestroyedRecords() throws Exception {
    long id = (Long) record(call(ann, "post", "create", "values", Map.of("title", "hello", "body", "secret"))).get("id");
    ResourceEvent created = await(e -> e.kind() == ResourceEvent.Kind.CREATED && e.resource().equals("post"));
    assertThat(created.key()).containsEntry("id", id);
    assertThat(created.recordFor(bob)).hasValueSatisfying(r -> assertThat(r).containsEntry("title", "hello").doesNotContainKey("body"));
    assertThat(created.recordFor(owner)).hasValueSatisfying(r -> assertThat(r).containsEntry("body", "secret"));
    assertThat(created.recordFor(Caller.anonymous())).as("no grant to get posts").isEmpty();

    call(ann, "post", "update", "filterByTk", id, "values", Map.of("score", 3));
    ResourceEvent updated = await(e -> e.kind() == ResourceEvent.Kind.UPDATED && e.resource().equals("post") && e.fields().contains("score"));
    assertThat(updated.recordFor(bob)).hasValueSatisfying(r -> assertThat(r).containsEntry("score", 3));

    call(ann, "post", "update", "filterByTk", id, "values", Map.of("body", "changed"));
    ResourceEvent hidden = await(e -> e.kind() == ResourceEvent.Kind.UPDATED && e.fields().contains("body"));
    assertThat(hidden.recordFor(bob)).as("only a field bob may not read changed").isEmpty();
    assertThat(hidden.recordFor(owner)).hasValueSatisfying(r -> assertThat(r).containsEntry("body", "changed"));

    call(ann, "post", "destroy", "filterByTk", id);
    ResourceEvent destroyed = await(e -> e.kind() == ResourceEvent.Kind.DESTROYED && e.resource().equals("post"));
    assertThat(destroyed.recordFor(bob)).hasValueSatisfying(r -> assertThat(r).containsEntry("title", "hello").doesNotContainKey("body"));
  }

  @Test void aScopeKeepsOtherUsersRecordsFromAnEvent() throws Exception {
    db().set("user", Filter.eq("id", bob.userId()), Map.of("name", "robert"));
    ResourceEvent e = await(x -> x.resource().equals("user") && x.kind() == ResourceEvent.Kind.UPDATED
        && x.key().get("id").equals(bob.userId()));
    assertThat(e.recordFor(bob)).hasValueSatisfying(r -> assertThat(r).containsOnlyKeys("id", "name", "authority")
        .containsEntry("name", "robert"));
    assertThat(e.recordFor(ann)).as("ann may only get her own user row").isEmpty();
  }

  @Test void chatSessionsWritesAreEventsToo() throws Exception {
    MockClient alice = mochi.client("alice", "room-1");
    alice.send("inc").shouldReply("ok in room-1");
    ResourceEvent made = await(e -> e.resource().equals("user") && e.kind() == ResourceEvent.Kind.CREATED);
    long id = (Long) made.key().get("id");
    ResourceEvent changed = await(e -> e.resource().equals("user") && e.kind() == ResourceEvent.Kind.UPDATED
        && e.fields().contains("coins") && e.key().get("id").equals(id));
    assertThat(changed.recordFor(owner)).hasValueSatisfying(r -> assertThat(r).containsEntry("coins", 1));
    assertThat(changed.recordFor(Caller.of(id, 1))).as("coins is not readable for users").isEmpty();
    ResourceEvent channel = await(e -> e.resource().equals("channel") && e.kind() == ResourceEvent.Kind.CREATED);
    assertThat(channel.key()).containsEntry("id", "room-1");
    assertThat(channel.recordFor(owner)).isPresent();
  }
}
