package dev.atrium.domain.role;

import dev.atrium.domain.room.RoomMode;

/** What a person is in a room. Ordered from most to least powerful. */
public enum Role {
    /** Created the room or was given it; can never be demoted or removed. */
    OWNER,
    /** Runs the meeting: admits, removes, mutes, changes roles, ends the room. */
    MODERATOR,
    /** Takes part: publishes and subscribes (in a LECTURE room only when granted). */
    PARTICIPANT,
    /** Subscribes and chats, never publishes. */
    VIEWER,
    /** Watches the broadcast only: no presence in the call, no chat. */
    AUDIENCE,
    /** Came by a public link with a display name only. */
    GUEST;

    public Permissions permissionsIn(RoomMode mode) {
        return RolePermissions.of(this, mode);
    }

    public boolean may(Permission permission, RoomMode mode) {
        return permissionsIn(mode).contains(permission);
    }

    /** Roles a person can hold as a standing member of a room (guests come by link only). */
    public boolean isMemberRole() {
        return this != GUEST;
    }
}
