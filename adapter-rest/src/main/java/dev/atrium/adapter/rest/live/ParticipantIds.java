package dev.atrium.adapter.rest.live;

import dev.atrium.domain.live.ParticipantId;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.shared.NotFoundException;

/** Participant ids as paths name them. */
final class ParticipantIds {
    private ParticipantIds() {
    }

    /** A participant id of a path; text that cannot be one names nobody. */
    static ParticipantId of(String id) {
        if (!ParticipantId.isValid(id)) {
            throw new NotFoundException(ErrorCode.PARTICIPANT_NOT_FOUND, "The room has no participant " + id + ".");
        }
        return new ParticipantId(id);
    }
}
