package dev.atrium.domain.role;

/** One thing a person may do in a room. */
public enum Permission {
    PUBLISH_AUDIO,
    PUBLISH_VIDEO,
    SHARE_SCREEN,
    SUBSCRIBE,
    CHAT,
    RECORD,
    ADMIT_FROM_LOBBY,
    REMOVE_PARTICIPANT,
    CHANGE_ROLES,
    MUTE_OTHERS,
    UPDATE_ROOM,
    END_ROOM
}
