package dev.atrium.application.port.out;

import java.util.function.Supplier;

/**
 * Runs work in one transaction: everything it writes through the ports is stored together or not at
 * all. A domain error thrown by the work rolls it back and reaches the caller unchanged. When the
 * store reports a transient clash with another transaction (a lock it could not wait for), the work
 * is rolled back and run again from the start, so it must read what it needs inside itself.
 * See docs/adr/0008-unit-of-work-for-live-rooms.md.
 */
public interface UnitOfWork {
    <T> T inTransaction(Supplier<T> work);
}
