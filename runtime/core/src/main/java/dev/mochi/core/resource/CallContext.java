package dev.mochi.core.resource;

import dev.mochi.api.resource.ActionContext;
import dev.mochi.api.resource.ActionInfo;
import dev.mochi.api.resource.Caller;
import dev.mochi.api.resource.Grant;
import dev.mochi.api.resource.Resources;
import java.util.Optional;

/** One call as middleware and handlers see it, with the permission the access check gave (built-ins apply it). */
record CallContext(ActionInfo action, Caller caller, Optional<String> sourceId, Permission permission,
                   Resources resources) implements ActionContext {
  @Override public Optional<Grant> grant() {
    return permission.grant();
  }

  Params params() {
    return new Params(action.params());
  }
}
