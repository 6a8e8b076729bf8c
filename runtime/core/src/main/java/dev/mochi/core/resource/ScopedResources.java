package dev.mochi.core.resource;

import dev.mochi.api.Disposable;
import dev.mochi.api.resource.ActionHandler;
import dev.mochi.api.resource.ActionMiddleware;
import dev.mochi.api.resource.ActionRequest;
import dev.mochi.api.resource.ActionResult;
import dev.mochi.api.resource.Caller;
import dev.mochi.api.resource.Grant;
import dev.mochi.api.resource.ResourceEvent;
import dev.mochi.api.resource.Resources;
import dev.mochi.api.resource.ServiceMethod;
import dev.mochi.api.data.TableInfo;
import dev.mochi.core.scope.PluginScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

/** {@link Resources} for one plugin scope: every registration is tracked and disposed with the scope. */
final class ScopedResources implements Resources {
  private final ResourceService service;
  private final PluginScope scope;

  ScopedResources(ResourceService service, PluginScope scope) {
    this.service = service;
    this.scope = scope;
  }

  @Override public ActionResult call(Caller caller, ActionRequest request) {
    return service.calls.call(caller, request, this);
  }

  @Override public Map<String, Object> callDeclared(Caller caller, Map<String, ?> appData) {
    return service.declared.call(caller, appData);
  }

  @Override public boolean declares(String pageId, String actionId) {
    return service.declared.exists(pageId, actionId);
  }

  @Override public boolean reads(String resource, String action) {
    return service.calls.reads(resource, action);
  }

  @Override public List<String> names() {
    TreeSet<String> out = new TreeSet<>();
    for (TableInfo t : service.tables.data.model().tables()) out.add(t.name());
    out.addAll(service.registry.definedNames());
    return new ArrayList<>(out);
  }

  @Override public Disposable define(String name, Map<String, ActionHandler> actions) {
    return track(service.registry.define(name, actions));
  }

  @Override public Disposable registerActionHandler(String name, ActionHandler handler) {
    return track(service.registry.handler(name, handler));
  }

  @Override public Disposable registerActionHandlers(Map<String, ActionHandler> handlers) {
    List<Disposable> all = new ArrayList<>();
    handlers.forEach((name, h) -> all.add(service.registry.handler(name, h)));
    return track(() -> all.forEach(Disposable::dispose));
  }

  @Override public Disposable use(ActionMiddleware middleware) {
    return track(service.registry.use("", middleware));
  }

  @Override public Disposable use(String target, ActionMiddleware middleware) {
    return track(service.registry.use(target, middleware));
  }

  @Override public Disposable grant(Grant grant) {
    return track(service.access.add(grant));
  }

  @Override public Disposable service(String name, Map<String, ServiceMethod> methods) {
    return track(service.registry.service(name, methods));
  }

  @Override public Disposable onChange(Consumer<ResourceEvent> listener) {
    return track(service.events.listen(listener));
  }

  private Disposable track(Disposable d) {
    return service.track(scope, d);
  }
}
