package dev.mochi.core.resource;

import dev.mochi.api.Disposable;
import dev.mochi.api.resource.Resources;
import dev.mochi.core.data.RecordAccess;
import dev.mochi.core.i18n.I18nService;
import dev.mochi.core.scope.PluginScope;

/**
 * The resource engine next to the data layer: table resources with NocoBase's actions, associations, plugins'
 * actions, defined resources and middleware, grants, declared (JianghuJS) resources and events. Plugins reach it
 * as {@code ctx.resources()} ({@link #scoped}); transports such as the console call {@link Resources#call}.
 *
 * <p>The parts, each in its own class: {@link Calls} finds and runs an action; {@link Access} decides grants;
 * {@link TableActions} and {@link AssociationActions} are the built-in actions over {@link Tables} (which writes
 * through the shared entity states); {@link Appends} attaches related records; {@link Declared} runs {@code
 * _resource} rows; {@link Events} turns the data layer's changes into resource events.
 */
public final class ResourceService {
  final Registry registry = new Registry();
  final Access access = new Access();
  final Tables tables;
  final Calls calls;
  final Declared declared;
  final Events events;

  public ResourceService(RecordAccess data, I18nService i18n) {
    i18n.load(null, "resources", ResourceService.class);
    tables = new Tables(data);
    Appends appends = new Appends(tables, access);
    TableActions actions = new TableActions(tables, access, appends);
    calls = new Calls(registry, access, tables, actions, new AssociationActions(tables, access, actions));
    declared = new Declared(data, tables, registry);
    events = new Events(data, access, tables);
    declared.declare();
    DeclaredChecks.install(registry, tables);
  }

  /** The resources as a plugin sees them: what it registers is disposed with its scope (null: owned by the app). */
  public Resources scoped(PluginScope scope) {
    return new ScopedResources(this, scope);
  }

  Disposable track(PluginScope scope, Disposable d) {
    return scope == null ? d : scope.track(d);
  }
}
