package dev.pgtrickle.dao.operations;

/**
 * Receives the events of a subscribed stream table from a {@link StreamTableWatcher}.
 *
 * <p>Called on the watcher's thread unless the watcher was built with {@link
 * StreamTableWatcher.Builder#deliverOn deliverOn(executor)}: return quickly and hand long work to
 * an executor, since the watcher reads no notifications while a listener runs. An exception thrown
 * here goes to the thread's uncaught-exception handler; the subscription stays.
 *
 * <p>Handle {@link StreamTableEvent.Kind#EVENTS_MAY_HAVE_BEEN_MISSED}: after it, re-read what
 * depends on the table, since notifications sent while the watcher was not listening are lost.
 */
@FunctionalInterface
public interface StreamTableListener {
  /** Called once per event, in the order the watcher saw them. */
  void onEvent(StreamTableEvent event);
}
