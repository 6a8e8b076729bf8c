package dev.mochi.core.resource;

import dev.mochi.api.data.Filter;
import dev.mochi.api.resource.Caller;
import dev.mochi.api.resource.DeclaredCall;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One declared-resource request as hooks and services see it. */
final class DeclaredCallImpl implements DeclaredCall {
  private final Caller caller;
  private final String pageId;
  private final String actionId;
  private final Map<String, Object> actionData;
  private final Map<String, Object> appData;
  final List<Filter> conditions = new ArrayList<>();
  Map<String, Object> result = new LinkedHashMap<>();

  DeclaredCallImpl(Caller caller, String pageId, String actionId, Map<String, Object> actionData, Map<String, Object> appData) {
    this.caller = caller;
    this.pageId = pageId;
    this.actionId = actionId;
    this.actionData = new LinkedHashMap<>(actionData);
    this.appData = Collections.unmodifiableMap(new LinkedHashMap<>(appData));
  }

  @Override public Caller caller() { return caller; }

  @Override public String pageId() { return pageId; }

  @Override public String actionId() { return actionId; }

  @Override public Map<String, Object> actionData() { return actionData; }

  @Override public Map<String, Object> appData() { return appData; }

  @Override public synchronized void where(Filter condition) {
    conditions.add(condition);
  }

  @Override public Map<String, Object> result() { return result; }

  Filter hookConditions() {
    return Where.and(conditions.toArray(Filter[]::new));
  }
}
