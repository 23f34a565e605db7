package dev.atrium.adapter.persistence.room;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;

/** The primary key of {@code room_bans}: a person banned from a room. */
@Embeddable
record RoomBanKey(@MappedProperty("room_id") String roomId, @MappedProperty("user_ref") String userRef) {
}
