package dev.atrium.adapter.persistence.outbox;

import io.micronaut.core.annotation.Introspected;

/** The latest sequence a room has in the outbox. */
@Introspected
record RoomSequenceRow(String roomId, long sequence) {
}
