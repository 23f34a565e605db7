package dev.atrium.domain.live;

import java.util.Objects;

/** Who asks for a moderation: the tenant's service (an API key, which may do everything) or a participant. */
public sealed interface Actor {

    static Actor service() {
        return Service.INSTANCE;
    }

    static Actor participant(ParticipantId id) {
        return new InRoom(id);
    }

    /** The participant behind the action, {@code null} for the service. */
    ParticipantId participantId();

    enum Service implements Actor {
        INSTANCE;

        @Override
        public ParticipantId participantId() {
            return null;
        }
    }

    record InRoom(ParticipantId participantId) implements Actor {
        public InRoom {
            Objects.requireNonNull(participantId, "participantId");
        }
    }
}
