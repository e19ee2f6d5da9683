package dev.pgtrickle.dao.runtime;

/**
 * pg_trickle's classification of a stream table's last failed refresh (0.108: the catalog's {@code
 * last_error_code}), with whether the scheduler retries it ({@link
 * Freshness#lastErrorRetryable()}).
 */
public enum RefreshErrorCode {
  /** {@code 55P03}: a lock was not granted in time. Retried; does not count towards suspension. */
  LOCK_TIMEOUT,
  /** {@code 57014} from {@code statement_timeout}. Retried. */
  STATEMENT_TIMEOUT,
  /** {@code 40P01}. Retried. */
  DEADLOCK,
  /** {@code 40001}. Retried. */
  SERIALIZATION,
  /** {@code 53200}. Retried. */
  OUT_OF_MEMORY,
  /** Cancelled by a user request. Not retried. */
  CANCELLED,
  /** Any error the extension does not expect to go away by itself; the table goes to ERROR. */
  PERMANENT,
  /** An error the extension retries without knowing its cause. */
  UNKNOWN_RETRYABLE
}
