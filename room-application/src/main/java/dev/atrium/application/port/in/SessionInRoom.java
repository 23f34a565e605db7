package dev.atrium.application.port.in;

import dev.atrium.domain.live.SessionGrant;

import java.util.Objects;

/**
 * A participant acting on their own session, with the room the request names (by id or externalId).
 * The use cases refuse a session of another room of the tenant with 403 PERMISSION_DENIED, and a room
 * the tenant lacks with 404 ROOM_NOT_FOUND, whichever adapter the request came through.
 */
public record SessionInRoom(String room, SessionGrant grant) {
    public SessionInRoom {
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(grant, "grant");
    }
}
