package dev.mochi.api.resource;

import dev.mochi.api.data.Filter;
import java.util.Map;

/**
 * One request of a declared resource (JianghuJS's {@code appData}), as service methods and hooks see it. A before
 * hook may change {@link #actionData()} and add conditions with {@link #where}; an after hook may reshape {@link
 * #result()}.
 */
public interface DeclaredCall {
  /** Who calls. */
  Caller caller();

  /** The page the resource belongs to. */
  String pageId();

  /** The action within the page. */
  String actionId();

  /** The request's {@code actionData}: values to write, or a service's arguments. Mutable. */
  Map<String, Object> actionData();

  /** The whole request {@code appData} (read-only). */
  Map<String, Object> appData();

  /** Adds a condition every row must also match (sql resources; AND-ed with the resource's and the caller's). */
  void where(Filter condition);

  /** The {@code resultData} being answered: empty before the resource ran, mutable after. */
  Map<String, Object> result();
}
