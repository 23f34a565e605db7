package dev.atrium.adapter.persistence.room;

import dev.atrium.adapter.persistence.store.TimestampColumn;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.OffsetDateTime;

/**
 * One session of one person in a room as one row of {@code participants}: role and state by name,
 * metadata as compact JSON, each media flag a column of its own.
 */
@MappedEntity(value = "participants", escape = false)
record ParticipantRow(
        @Id String id,
        String roomId,
        String userRef,
        String name,
        String role,
        String metadata,
        String state,
        @TimestampColumn OffsetDateTime joinedAt,
        @TimestampColumn OffsetDateTime lastPingAt,
        @TimestampColumn OffsetDateTime presenceDeadline,
        boolean inCall,
        boolean microphone,
        boolean camera,
        boolean screen,
        boolean chat,
        boolean handRaised,
        boolean publishingGranted) {
}
