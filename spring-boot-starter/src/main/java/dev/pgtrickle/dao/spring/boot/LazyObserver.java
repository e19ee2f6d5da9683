package dev.pgtrickle.dao.spring.boot;

import dev.pgtrickle.dao.runtime.Fresh;
import dev.pgtrickle.dao.runtime.StreamTableName;
import dev.pgtrickle.dao.runtime.StreamTableObserver;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The application's {@link StreamTableObserver} bean (the metrics), looked up at the first event
 * rather than when the data source is made, so that the DAOs, the watcher and the metrics, which
 * refer to each other, are created in any order. Without a unique observer bean it ignores
 * everything.
 */
final class LazyObserver implements StreamTableObserver {
  private final ObjectProvider<StreamTableObserver> observers;
  private volatile StreamTableObserver resolved;

  LazyObserver(ObjectProvider<StreamTableObserver> observers) {
    this.observers = observers;
  }

  private StreamTableObserver observer() {
    StreamTableObserver observer = resolved;
    if (observer == null) {
      observer = observers.getIfUnique(() -> NONE);
      resolved = observer;
    }
    return observer;
  }

  @Override
  public void read(StreamTableName table, String operation, long nanos, boolean failed) {
    observer().read(table, operation, nanos, failed);
  }

  @Override
  public void freshRead(StreamTableName table, Fresh.Verdict verdict) {
    observer().freshRead(table, verdict);
  }

  @Override
  public void watcherReconnected(String watcher) {
    observer().watcherReconnected(watcher);
  }
}
