package dev.atrium.adapter.persistence.member;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;

/** The primary key of {@code room_members}: one member per userRef and room. */
@Embeddable
record MemberKey(@MappedProperty("room_id") String roomId, @MappedProperty("user_ref") String userRef) {
}
