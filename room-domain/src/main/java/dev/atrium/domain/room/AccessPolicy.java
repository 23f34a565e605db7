package dev.atrium.domain.room;

import dev.atrium.domain.room.RoomDraft.AccessDraft;
import dev.atrium.domain.shared.ViolationCode;
import dev.atrium.domain.shared.Violations;

/**
 * How people get in: through a lobby ({@code knock}), only once a moderator is there
 * ({@code waitForModerator}), and whether guests may come by link. A PUBLIC room always admits
 * guests; a ONE_TO_ONE room never does. {@code sameUser} says what a second session of one person does.
 */
public record AccessPolicy(boolean knock, boolean waitForModerator, boolean guestsAllowed, SameUserPolicy sameUser) {

    static AccessPolicy from(AccessDraft draft, RoomType type, Violations violations) {
        AccessDraft d = draft == null ? new AccessDraft(null, null, null, null) : draft;
        boolean guestsAllowed = MediaSettings.orDefault(d.guestsAllowed(), type == RoomType.PUBLIC);
        if (type == RoomType.PUBLIC && !guestsAllowed) {
            violations.add("access.guestsAllowed", ViolationCode.NOT_ALLOWED, "a PUBLIC room always admits guests");
        }
        if (type == RoomType.ONE_TO_ONE && guestsAllowed) {
            violations.add("access.guestsAllowed", ViolationCode.NOT_ALLOWED, "a ONE_TO_ONE room has only its two members");
        }
        SameUserPolicy sameUser = violations.enumValue("access.sameUser", d.sameUser(), SameUserPolicy.class,
                SameUserPolicy.REFUSE);
        return new AccessPolicy(MediaSettings.orDefault(d.knock(), false),
                MediaSettings.orDefault(d.waitForModerator(), false), guestsAllowed, sameUser);
    }
}
