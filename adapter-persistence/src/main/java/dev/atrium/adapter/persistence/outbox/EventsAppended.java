package dev.atrium.adapter.persistence.outbox;

/**
 * An application event: the current transaction appended {@code count} events to the outbox. It is
 * published inside that transaction; a listener that acts on it only once the events are visible to
 * others listens after the commit ({@code @TransactionalEventListener}), as the relay does.
 */
public record EventsAppended(int count) {
}
