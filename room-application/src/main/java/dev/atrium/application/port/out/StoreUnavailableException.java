package dev.atrium.application.port.out;

/**
 * The store could not be reached, or did not answer in time: a connection refused or silent, a
 * statement or a lock wait past its timeout. Nothing the caller asked for was done (a write was
 * rolled back, or never reached the store), so the same request may be tried again later. Storage
 * adapters throw it in place of their technology's failure, so callers learn "not now" without
 * learning how things are stored.
 */
public final class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
