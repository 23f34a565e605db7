package dev.atrium.adapter.persistence.room;

import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;

/** A person a moderator removed from a room for good, as one row of {@code room_bans}. */
@MappedEntity(value = "room_bans", escape = false)
record RoomBanRow(@EmbeddedId RoomBanKey key) {
}
