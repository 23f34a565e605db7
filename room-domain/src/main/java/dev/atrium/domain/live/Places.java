package dev.atrium.domain.live;

import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomSettings;
import dev.atrium.domain.shared.ConflictException;
import dev.atrium.domain.shared.ErrorCode;

/**
 * The places a room has for each role. It exists because several roles share one limit (the owner
 * takes a moderator's place, viewers and guests a participant's), and only admitted people hold a
 * place: people in the lobby wait for one.
 */
final class Places {
    private final Room room;
    private final Presence presence;

    Places(Room room, Presence presence) {
        this.room = room;
        this.presence = presence;
    }

    /** 409 ROOM_FULL unless one more {@code role} fits, not counting {@code leaving}. */
    void requireFor(Role role, Participant leaving) {
        if (!haveOneFor(role, leaving)) {
            Place place = Place.of(role);
            throw new ConflictException(ErrorCode.ROOM_FULL, "The room has no place left for a " + role + " (it holds "
                    + place.limitIn(room.settings()) + " " + place.name().toLowerCase() + ").");
        }
    }

    /** Whether one more {@code role} fits, not counting {@code leaving} (whose place is given back). */
    boolean haveOneFor(Role role, Participant leaving) {
        Place place = Place.of(role);
        long taken = presence.admitted().stream()
                .filter(p -> leaving == null || !p.id().equals(leaving.id()))
                .filter(p -> Place.of(p.role()) == place)
                .count();
        return taken < place.limitIn(room.settings());
    }

    /** The places a room has: moderators (with the owner), participants (with viewers and guests), audiences. */
    private enum Place {
        MODERATORS, PARTICIPANTS, AUDIENCES;

        static Place of(Role role) {
            return switch (role) {
                case OWNER, MODERATOR -> MODERATORS;
                case AUDIENCE -> AUDIENCES;
                case PARTICIPANT, VIEWER, GUEST -> PARTICIPANTS;
            };
        }

        int limitIn(RoomSettings settings) {
            return switch (this) {
                case MODERATORS -> settings.limits().moderators();
                case PARTICIPANTS -> settings.limits().participants();
                case AUDIENCES -> settings.limits().audiences();
            };
        }
    }
}
