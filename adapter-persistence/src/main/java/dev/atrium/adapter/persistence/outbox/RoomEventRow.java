package dev.atrium.adapter.persistence.outbox;

import dev.atrium.adapter.persistence.store.TimestampColumn;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.OffsetDateTime;

/**
 * A recorded event in the outbox {@code room_events}: its type, its payload as JSON
 * ({@link RoomEventCodec}), and when it was published (empty until then). The table's identity
 * column {@code position} orders the outbox; it is filled by the database and only queries read it.
 */
@MappedEntity(value = "room_events", escape = false)
record RoomEventRow(
        @Id String eventId,
        String tenantId,
        String roomId,
        long sequence,
        String type,
        @TimestampColumn OffsetDateTime occurredAt,
        String payload,
        @TimestampColumn @Nullable OffsetDateTime publishedAt) {
}
