package dev.mochi.testkit.resources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.api.Fork;
import dev.mochi.api.Plugin;
import dev.mochi.api.data.Database;
import dev.mochi.api.data.Filter;
import dev.mochi.api.resource.ActionHandler;
import dev.mochi.api.resource.Caller;
import dev.mochi.api.resource.Grant;
import dev.mochi.api.resource.ResourceException;
import dev.mochi.api.resource.Resources;
import dev.mochi.testkit.MochiTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Actions, defined resources and middleware that plugins add, and their removal with the plugin. */
class CustomActionsTest extends ResourceTestBase {
  @RegisterExtension static final MochiTest mochi = MochiTest.withPlugin(new Blog());

  static final List<String> trace = Collections.synchronizedList(new ArrayList<>());

  /** A plugin with a custom action, an association action, an everywhere action, a defined resource and middleware. */
  static final class Extras implements Plugin<Void> {
    @Override public void apply(dev.mochi.api.Context ctx, Void config) {
      Resources r = ctx.resources();
      r.registerActionHandler("post:publish", c -> {
        Object id = c.action().params().get("filterByTk");
        int n = c.resources().call(Caller.SYSTEM, dev.mochi.api.resource.ActionRequest.of("post", "update",
            Map.of("filterByTk", id, "values", Map.of("published", true)))).data() == null ? 0 : 1;
        return Map.of("published", n);
      });
      r.registerActionHandlers(Map.of(
          "post.comments:pin", c -> Map.of("pinned", c.sourceId().orElseThrow()),
          "ping", ActionHandler.reading(c -> "pong from " + c.action().resourceName())));
      r.define("app", Map.of("getInfo", ActionHandler.reading(c -> Map.of("name", "mochi", "caller", c.caller().userId())),
          "reset", c -> "reset"));
      r.grant(Grant.allow("app", "getInfo").authority(0));
      r.grant(Grant.allow("post", "publish").authority(1).scope("{\"createdById\": \"${user.id}\"}"));
      r.grant(Grant.allow("post.comments", "pin").authority(1));
      r.use((c, next) -> {
        trace.add("global " + c.action().resourceName() + ":" + c.action().actionName());
        Object out = next.proceed();
        trace.add("global after");
        return out;
      });
      r.use("post", (c, next) -> {
        trace.add("post " + c.action().actionName());
        return next.proceed();
      });
      r.use("post:list", (c, next) -> {
        trace.add("post:list pageSize=" + c.action().params().get("pageSize"));
        c.action().params().put("pageSize", 1);
        return next.proceed();
      });
      r.use("app:reset", (c, next) -> "stopped by middleware");
    }
  }

  Caller ann;
  Caller bob;
  Fork extras;

  @Override Resources resources() { return mochi.app().resources().scoped(null); }

  @Override Database db() { return mochi.app().data().records().database(); }

  @BeforeEach void seed() {
    trace.clear();
    ann = user("ann", 1);
    bob = user("bob", 1);
    post(ann, "a", 1, false);
    post(ann, "b", 2, false);
    extras = mochi.app().plugin(new Extras(), (Void) null);
  }

  @Test void aCustomActionOnAResourceRunsWithItsGrant() {
    long id = db().get("post", Filter.eq("title", "a")).getFirst().get("id", Long.class);
    assertThat(record(call(ann, "post", "publish", "filterByTk", id))).containsEntry("published", 1);
    assertThat(db().get("post", Filter.eq("id", id)).getFirst().get("published")).isEqualTo(true);
    refused(ResourceException.FORBIDDEN, () -> call(Caller.anonymous(), "post", "publish", "filterByTk", id));
    refused(ResourceException.METHOD_NOT_ALLOWED, () -> get(ann, "post", "publish", "filterByTk", id));
  }

  @Test void anAssociationActionAndAnActionOnEveryTable() {
    long id = db().get("post", Filter.eq("title", "a")).getFirst().get("id", Long.class);
    assertThat(record(assoc(ann, "post", id, "comments", "pin"))).containsEntry("pinned", String.valueOf(id));
    refused(ResourceException.NOT_FOUND, () -> assoc(ann, "post", 999, "comments", "pin"));
    assertThat(get(Caller.SYSTEM, "tag", "ping").data()).isEqualTo("pong from tag");
    assertThat(get(Caller.SYSTEM, "comment", "ping").data()).isEqualTo("pong from comment");
  }

  @Test void aDefinedResourceAnswersGetAndPost() {
    assertThat(record(get(Caller.anonymous(), "app", "getInfo"))).containsEntry("name", "mochi").containsEntry("caller", 0L);
    assertThat(record(call(ann, "app", "getInfo"))).containsEntry("caller", ann.userId());
    refused(ResourceException.FORBIDDEN, () -> call(ann, "app", "reset"));
    refused(ResourceException.ACTION_UNKNOWN, () -> call(ann, "app", "nothing"));
    assertThat(resources().names()).contains("app", "post");
    assertThat(resources().reads("app", "getInfo")).isTrue();
    assertThat(resources().reads("app", "reset")).isFalse();
  }

  @Test void middlewareRunsGlobalThenResourceThenActionAndMayChangeParams() {
    var r = get(ann, "post", "list", "pageSize", 50);
    assertThat(rows(r)).hasSize(1);
    assertThat(r.meta()).containsEntry("pageSize", 1);
    assertThat(trace).containsExactly("global post:list", "post list", "post:list pageSize=50", "global after");
    assertThat(call(Caller.SYSTEM, "app", "reset").data()).isEqualTo("stopped by middleware");
  }

  @Test void everythingIsRemovedWithThePlugin() {
    long id = db().get("post", Filter.eq("title", "a")).getFirst().get("id", Long.class);
    extras.dispose();
    refused(ResourceException.ACTION_UNKNOWN, () -> call(ann, "post", "publish", "filterByTk", id));
    refused(ResourceException.RESOURCE_UNKNOWN, () -> get(ann, "app", "getInfo"));
    refused(ResourceException.ACTION_UNKNOWN, () -> assoc(ann, "post", id, "comments", "pin"));
    trace.clear();
    assertThat(rows(get(ann, "post", "list", "pageSize", 50))).hasSize(2);
    assertThat(trace).isEmpty();
    assertThat(resources().names()).doesNotContain("app");
  }
}
