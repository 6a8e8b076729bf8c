package dev.mochi.console;

import dev.mochi.console.resource.ResourcePushes;
import dev.mochi.console.resource.ResourceTransport;
import dev.mochi.api.data.TableInfo;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Hooks the resource transport ({@code dev.mochi.console.resource}) into this console: envelope actions no listener
 * has go to it as resource routes, JianghuJS packages go to it before the listeners, and resource events are published
 * to the channels.
 */
final class ResourceBinding {
  private ResourceBinding() {}

  static void install(ConsoleServer server) {
    ResourceTransport transport = new ResourceTransport(server.context().resources());
    server.requests().fallback((c, r, readOnly) -> transport.call(c, r.action(), r.args(), readOnly)
        .map(a -> new Reply(r.id(), true, a.data(), a.meta(), null, null, Map.of())));
    server.requests().packageRoute((c, p) -> transport.callPackage(c, p.pageId(), p.actionId(), p.appData())
        .map(data -> Reply.success(p.request().id(), data)));
    // the Database page's table list: every table of the model the caller may list, by name
    server.console().addReader("resources.list", (c, args) -> {
      Set<String> tables = new TreeSet<>();
      for (TableInfo t : server.context().model().tables()) tables.add(t.name());
      tables.retainAll(transport.resources().names());
      return transport.visibleTables(c, tables);
    }, 0);
    server.context().onDispose(ResourcePushes.install(transport.resources(), server.console())::dispose);
  }
}
