package dev.mochi.api.resource;

import java.util.Optional;

/** What middleware and handlers get for one call. */
public interface ActionContext {
  /** The resource, action and (mutable) parameters. */
  ActionInfo action();

  /** Who calls. */
  Caller caller();

  /** The source record's key, for an association action ({@code post/1/tags:list} → {@code "1"}). */
  Optional<String> sourceId();

  /** The grant that allowed the call; empty for {@link Caller#SYSTEM} and for actions without access control. */
  Optional<Grant> grant();

  /** The resources, to call other actions as the same caller or another. */
  Resources resources();
}
