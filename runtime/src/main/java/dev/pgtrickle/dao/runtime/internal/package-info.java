/**
 * Support code that generated DAOs call. <strong>Not API</strong>: nothing here is for applications
 * to use, and any of it may change in any release without notice.
 */
package dev.pgtrickle.dao.runtime.internal;
