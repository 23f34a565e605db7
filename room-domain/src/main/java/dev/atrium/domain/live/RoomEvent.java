package dev.atrium.domain.live;

import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.TopologyKind;

/**
 * Something that happened in a room, as clients are told about it. A live room records events with
 * a per-room sequence ({@link RecordedEvent}); the events themselves are plain values.
 */
public sealed interface RoomEvent {

    /** The event's name on the wire: the record's simple name. */
    default String type() {
        return getClass().getSimpleName();
    }

    /** The first person was admitted: a session runs. */
    record RoomActivated(TopologyKind topology) implements RoomEvent {
    }

    /** Somebody arrived; {@code participant.state()} tells whether in the room or in the lobby. */
    record ParticipantJoined(Participant participant) implements RoomEvent {
    }

    /** Somebody in the lobby asks to be let in. */
    record KnockRequested(Participant participant) implements RoomEvent {
    }

    /** A moderator (or the service) answered a knock. */
    record KnockAnswered(ParticipantId participantId, boolean admitted, ParticipantId answeredBy) implements RoomEvent {
    }

    /** Somebody from the lobby is now in the room. */
    record ParticipantAdmitted(Participant participant) implements RoomEvent {
    }

    record ParticipantLeft(ParticipantId participantId, UserRef userRef, LeaveReason reason) implements RoomEvent {
    }

    record RoleChanged(ParticipantId participantId, Role from, Role to, ParticipantId changedBy) implements RoomEvent {
    }

    /** In or out of the call, a media flag, a raised hand or a publishing grant changed. */
    record MediaStateChanged(ParticipantId participantId, boolean inCall, MediaState media, boolean handRaised,
                             boolean publishingGranted, ParticipantId changedBy) implements RoomEvent {
    }

    /** {@code presenter} is who shares a screen now, {@code null} when nobody does. */
    record PresenterChanged(ParticipantId presenter, ParticipantId previous) implements RoomEvent {
    }

    record TopologyUpgraded(TopologyKind from, TopologyKind to, int admitted) implements RoomEvent {
    }

    /** The session closed; the room is OPEN again for the next one. */
    record SessionClosed(CloseReason reason) implements RoomEvent {
    }

    record RoomEnded(CloseReason reason) implements RoomEvent {
    }

    record MessagePosted(long messageId, ParticipantId author, String authorName, String text) implements RoomEvent {
        /** The body is for the room's participants, never for a log line: only its length shows. */
        @Override
        public String toString() {
            return "MessagePosted[messageId=" + messageId + ", author=" + author + ", authorDisplayName=" + authorName
                    + ", text=(" + text.length() + " chars)]";
        }
    }

    /** Somebody was invited to a meeting: what an e-mail would need. */
    record InvitationIssued(UserRef userRef, String name, String email, String title, String agenda,
                            java.time.Instant startsAt, int durationMinutes) implements RoomEvent {
    }
}
