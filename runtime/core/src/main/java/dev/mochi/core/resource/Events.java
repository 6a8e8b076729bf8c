package dev.mochi.core.resource;

import dev.mochi.api.Disposable;
import dev.mochi.api.resource.ResourceEvent;
import dev.mochi.core.data.RecordAccess;
import dev.mochi.core.data.RowChange;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resource events from the data layer's changes. The data layer is listened to only while someone listens here,
 * so without a console nothing is queued. Listeners run on the data layer's change thread, in commit order.
 */
final class Events {
  private static final Logger LOG = LoggerFactory.getLogger("mochi.resources");

  private final RecordAccess data;
  private final Access access;
  private final Tables tables;
  private final List<Consumer<ResourceEvent>> listeners = new CopyOnWriteArrayList<>();
  private Disposable subscription;

  Events(RecordAccess data, Access access, Tables tables) {
    this.data = data;
    this.access = access;
    this.tables = tables;
  }

  synchronized Disposable listen(Consumer<ResourceEvent> listener) {
    listeners.add(listener);
    if (subscription == null) subscription = data.onChange(this::deliver);
    return () -> {
      synchronized (this) {
        listeners.remove(listener);
        if (listeners.isEmpty() && subscription != null) {
          subscription.dispose();
          subscription = null;
        }
      }
    };
  }

  private void deliver(RowChange change) {
    if (change.table().isEmpty() || data.model().table(change.table()).isEmpty()) return;
    ResourceEvent e = new ChangeEvent(change, data, access, tables);
    for (Consumer<ResourceEvent> l : listeners) {
      try {
        l.accept(e);
      } catch (RuntimeException ex) {
        LOG.error("A listener of resource events failed on {} of '{}'", change.kind(), change.table(), ex);
      }
    }
  }
}
