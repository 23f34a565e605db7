package dev.atrium.domain.live;

import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.TopologyKind;

/**
 * Something that happened in a room, as clients are told about it. A live room records events with
 * a per-room sequence ({@link RecordedEvent}); the events themselves are plain values. An event about
 * a person says where the person is ({@code state}: in the lobby or the room), so who may see it can
 * be decided from the event alone ({@link EventReceiver}), also when it is replayed later.
 */
public sealed interface RoomEvent {

    /** The event's name on the wire: the record's simple name. */
    default String type() {
        return getClass().getSimpleName();
    }

    /**
     * Hands this event to the visitor's method for its type. Java 17 has no exhaustive switch over a
     * sealed interface, so this is what makes a new event fail to compile until every rule about
     * events (its public form, who sees it) has a case for it.
     */
    <T> T accept(Visitor<T> visitor);

    /** One method per event type; see {@link #accept}. */
    interface Visitor<T> {
        T visit(RoomActivated event);

        T visit(ParticipantJoined event);

        T visit(KnockRequested event);

        T visit(KnockAnswered event);

        T visit(ParticipantAdmitted event);

        T visit(ParticipantLeft event);

        T visit(RoleChanged event);

        T visit(MediaStateChanged event);

        T visit(PresenterChanged event);

        T visit(TopologyUpgraded event);

        T visit(SessionClosed event);

        T visit(RoomEnded event);

        T visit(MessagePosted event);

        T visit(InvitationIssued event);
    }

    /** The first person was admitted: a session runs. */
    record RoomActivated(TopologyKind topology) implements RoomEvent {
        @Override
        public <T> T accept(Visitor<T> visitor) {
            return visitor.visit(this);
        }
    }

    /** Somebody arrived; {@code participant.state()} tells whether in the room or in the lobby. */
    record ParticipantJoined(Participant participant) implements RoomEvent {
        @Override
        public <T> T accept(Visitor<T> visitor) {
            return visitor.visit(this);
        }
    }

    /** Somebody in the lobby asks to be let in. */
    record KnockRequested(Participant participant) implements RoomEvent {
        @Override
        public <T> T accept(Visitor<T> visitor) {
            return visitor.visit(this);
        }
    }

    /** A moderator (or the service) answered a knock. */
    record KnockAnswered(ParticipantId participantId, boolean admitted, ParticipantId answeredBy) implements RoomEvent {
        @Override
        public <T> T accept(Visitor<T> visitor) {
            return visitor.visit(this);
        }
    }

    /** Somebody from the lobby is now in the room. */
    record ParticipantAdmitted(Participant participant) implements RoomEvent {
        @Override
        public <T> T accept(Visitor<T> visitor) {
            return visitor.visit(this);
        }
    }

    /** {@code state} is where the person was when they left: the lobby's departures are lobby traffic. */
    record ParticipantLeft(ParticipantId participantId, UserRef userRef, ParticipantState state, LeaveReason reason)
            implements RoomEvent {
        @Override
        public <T> T accept(Visitor<T> visitor) {
            return visitor.visit(this);
        }
    }

    /** {@code state} is where the person is: a role changes in the lobby too. */
    record RoleChanged(ParticipantId participantId, ParticipantState state, Role from, Role to, ParticipantId changedBy)
            implements RoomEvent {
        @Override
        public <T> T accept(Visitor<T> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * In or out of the call, a media flag, a raised hand or a publishing grant changed. {@code state}
     * is where the person is: a role changed in the lobby can turn their chat flag off there.
     */
    record MediaStateChanged(ParticipantId participantId, ParticipantState state, boolean inCall, MediaState media,
                             boolean handRaised, boolean publishingGranted, ParticipantId changedBy) implements RoomEvent {
        @Override
        public <T> T accept(Visitor<T> visitor) {
            return visitor.visit(this);
        }
    }

    /** {@code presenter} is who shares a screen now, {@code null} when nobody does. */
    record PresenterChanged(ParticipantId presenter, ParticipantId previous) implements RoomEvent {
        @Override
        public <T> T accept(Visitor<T> visitor) {
            return visitor.visit(this);
        }
    }

    record TopologyUpgraded(TopologyKind from, TopologyKind to, int admitted) implements RoomEvent {
        @Override
        public <T> T accept(Visitor<T> visitor) {
            return visitor.visit(this);
        }
    }

    /** The session closed; the room is OPEN again for the next one. */
    record SessionClosed(CloseReason reason) implements RoomEvent {
        @Override
        public <T> T accept(Visitor<T> visitor) {
            return visitor.visit(this);
        }
    }

    record RoomEnded(CloseReason reason) implements RoomEvent {
        @Override
        public <T> T accept(Visitor<T> visitor) {
            return visitor.visit(this);
        }
    }

    record MessagePosted(long messageId, ParticipantId author, String authorName, String text) implements RoomEvent {
        @Override
        public <T> T accept(Visitor<T> visitor) {
            return visitor.visit(this);
        }

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
        @Override
        public <T> T accept(Visitor<T> visitor) {
            return visitor.visit(this);
        }
    }
}
