package dev.atrium.adapter.persistence.link;

import dev.atrium.adapter.persistence.store.TimestampColumn;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.OffsetDateTime;

/** The password hash of a room, as one row of {@code room_passwords}. */
@MappedEntity(value = "room_passwords", escape = false)
record RoomPasswordRow(@Id String roomId, String passwordHash, @TimestampColumn OffsetDateTime setAt) {
}
