package dev.mochi.testkit.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mochi.api.data.Database;
import dev.mochi.api.data.Filter;
import dev.mochi.api.resource.ActionRequest;
import dev.mochi.api.resource.ActionResult;
import dev.mochi.api.resource.Caller;
import dev.mochi.api.resource.ResourceException;
import dev.mochi.api.resource.Resources;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;

/** Calls, users and rows for the resource tests. */
abstract class ResourceTestBase {
  abstract Resources resources();

  abstract Database db();

  ActionResult call(Caller caller, String resource, String action, Object... params) {
    return resources().call(caller, ActionRequest.of(resource, action, params(params)));
  }

  ActionResult get(Caller caller, String resource, String action, Object... params) {
    return resources().call(caller, ActionRequest.of(resource, action, params(params)).readOnly());
  }

  ActionResult assoc(Caller caller, String source, Object id, String relation, String action, Object... params) {
    return resources().call(caller, ActionRequest.association(source, String.valueOf(id), relation, action, params(params)));
  }

  AbstractThrowableAssert<?, ? extends Throwable> refused(String code, Runnable call) {
    return assertThatThrownBy(call::run).isInstanceOfSatisfying(ResourceException.class,
        e -> assertThat(e.code()).as(e.getMessage()).isEqualTo(code));
  }

  static Map<String, Object> params(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
    return m;
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> rows(ActionResult r) {
    return (List<Map<String, Object>>) r.data();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> record(ActionResult r) {
    return (Map<String, Object>) r.data();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> nested(Map<String, Object> record, String relation) {
    return (Map<String, Object>) record.get(relation);
  }

  static List<Object> column(ActionResult r, String field) {
    return rows(r).stream().map(x -> x.get(field)).toList();
  }

  Caller user(String name, int authority) {
    long id = db().create("user", Map.of("name", name, "authority", authority)).get("id", Long.class);
    return Caller.of(id, authority);
  }

  long post(Caller author, String title, int score, boolean published) {
    return db().create("post", Map.of("title", title, "score", score, "published", published, "body", "secret " + title,
        "createdById", author.userId())).get("id", Long.class);
  }

  long count(String table) {
    return db().count(table, Filter.ALL);
  }
}
