package dev.atrium.adapter.persistence.room;

import dev.atrium.adapter.persistence.store.TimestampColumn;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.OffsetDateTime;

/**
 * A room's session clocks as one row of {@code live_rooms}, with when its timers are next due. The
 * row is written only under the lock on its room, so it needs no version of its own.
 */
@MappedEntity(value = "live_rooms", escape = false)
record LiveRoomRow(
        @Id String roomId,
        String tenantId,
        @TimestampColumn @Nullable OffsetDateTime activatedAt,
        @TimestampColumn OffsetDateTime countChangedAt,
        @TimestampColumn OffsetDateTime idleSince,
        String topology,
        long lastSequence,
        @TimestampColumn @Nullable OffsetDateTime nextDeadline) {
}
