package dev.pgtrickle.dao.operations;

import dev.pgtrickle.dao.runtime.StreamTableName;

/**
 * A listener's registration with a {@link StreamTableWatcher}. Closing it stops deliveries; closing
 * the watcher's last subscription releases its connection and thread. Closing twice is harmless.
 */
public interface Subscription extends AutoCloseable {
  /** The stream table subscribed to. */
  StreamTableName streamTable();

  /** Whether events are still delivered. */
  boolean isOpen();

  /** Stops deliveries; never throws. */
  @Override
  void close();
}
