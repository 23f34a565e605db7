package dev.atrium.domain.role;

import dev.atrium.domain.room.RoomMode;

import java.util.EnumMap;
import java.util.Map;

import static dev.atrium.domain.role.Permission.CHAT;
import static dev.atrium.domain.role.Permission.PUBLISH_AUDIO;
import static dev.atrium.domain.role.Permission.PUBLISH_VIDEO;
import static dev.atrium.domain.role.Permission.SHARE_SCREEN;
import static dev.atrium.domain.role.Permission.SUBSCRIBE;

/**
 * The grant table: what each role may do in each room mode. In LECTURE mode only the owner and
 * moderators publish; others publish only when a moderator grants it (a later feature that adds
 * to, never changes, this table). docs/api.md shows the same table.
 */
final class RolePermissions {
    private static final Map<RoomMode, Map<Role, Permissions>> TABLE = new EnumMap<>(RoomMode.class);

    static {
        Map<Role, Permissions> group = new EnumMap<>(Role.class);
        group.put(Role.OWNER, Permissions.all());
        group.put(Role.MODERATOR, Permissions.all());
        group.put(Role.PARTICIPANT, Permissions.of(PUBLISH_AUDIO, PUBLISH_VIDEO, SHARE_SCREEN, SUBSCRIBE, CHAT));
        group.put(Role.VIEWER, Permissions.of(SUBSCRIBE, CHAT));
        group.put(Role.AUDIENCE, Permissions.of(SUBSCRIBE));
        group.put(Role.GUEST, Permissions.of(PUBLISH_AUDIO, PUBLISH_VIDEO, SUBSCRIBE, CHAT));

        Map<Role, Permissions> lecture = new EnumMap<>(Role.class);
        lecture.put(Role.OWNER, Permissions.all());
        lecture.put(Role.MODERATOR, Permissions.all());
        lecture.put(Role.PARTICIPANT, Permissions.of(SUBSCRIBE, CHAT));
        lecture.put(Role.VIEWER, Permissions.of(SUBSCRIBE, CHAT));
        lecture.put(Role.AUDIENCE, Permissions.of(SUBSCRIBE));
        lecture.put(Role.GUEST, Permissions.of(SUBSCRIBE, CHAT));

        TABLE.put(RoomMode.GROUP, group);
        TABLE.put(RoomMode.LECTURE, lecture);
    }

    private RolePermissions() {
    }

    static Permissions of(Role role, RoomMode mode) {
        return TABLE.get(mode).get(role);
    }
}
