package dev.atrium.application.event;

import dev.atrium.domain.live.ParticipantId;
import dev.atrium.domain.live.RecordedEvent;
import dev.atrium.domain.live.RoomEvent;
import dev.atrium.domain.live.RoomEvent.InvitationIssued;
import dev.atrium.domain.live.RoomEvent.KnockAnswered;
import dev.atrium.domain.live.RoomEvent.KnockRequested;
import dev.atrium.domain.live.RoomEvent.MediaStateChanged;
import dev.atrium.domain.live.RoomEvent.MessagePosted;
import dev.atrium.domain.live.RoomEvent.ParticipantAdmitted;
import dev.atrium.domain.live.RoomEvent.ParticipantJoined;
import dev.atrium.domain.live.RoomEvent.ParticipantLeft;
import dev.atrium.domain.live.RoomEvent.PresenterChanged;
import dev.atrium.domain.live.RoomEvent.RoleChanged;
import dev.atrium.domain.live.RoomEvent.RoomActivated;
import dev.atrium.domain.live.RoomEvent.RoomEnded;
import dev.atrium.domain.live.RoomEvent.SessionClosed;
import dev.atrium.domain.live.RoomEvent.TopologyUpgraded;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A recorded event as its public JSON document (docs/signaling.md, "Events"): {@code type}, {@code id},
 * {@code roomId}, {@code seq} and {@code occurredAt}, then the fields of its type, in the API's
 * vocabulary. Values are strings, numbers, booleans, {@code null} and maps of them, in a fixed order;
 * instants are RFC 3339 strings, as the REST API writes them. Every field of a type is always
 * present, {@code null} when it has no value, so a document's keys depend on its type alone.
 *
 * <p>What a receiver may not see is decided per receiver ({@link dev.atrium.domain.live.EventReceiver});
 * what nobody may see is never in the document: an invitation's e-mail address is for the notifier,
 * which gets the domain event itself.
 */
public final class EventDocument {
    private EventDocument() {
    }

    public static Map<String, Object> of(RecordedEvent recorded) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("type", recorded.event().type());
        document.put("id", recorded.id());
        document.put("roomId", recorded.roomId().value());
        document.put("seq", recorded.sequence());
        document.put("occurredAt", recorded.occurredAt().toString());
        recorded.event().accept(new Fields(recorded, document));
        return Collections.unmodifiableMap(document);
    }

    /** Writes the fields of each type into the document; returns it for want of a void visitor. */
    private static final class Fields implements RoomEvent.Visitor<Map<String, Object>> {
        private final RecordedEvent recorded;
        private final Map<String, Object> document;

        private Fields(RecordedEvent recorded, Map<String, Object> document) {
            this.recorded = recorded;
            this.document = document;
        }

        @Override
        public Map<String, Object> visit(RoomActivated event) {
            document.put("topology", event.topology().name());
            return document;
        }

        @Override
        public Map<String, Object> visit(ParticipantJoined event) {
            document.put("participant", ParticipantDocument.of(event.participant()));
            return document;
        }

        @Override
        public Map<String, Object> visit(KnockRequested event) {
            document.put("participant", ParticipantDocument.of(event.participant()));
            return document;
        }

        @Override
        public Map<String, Object> visit(KnockAnswered event) {
            document.put("participantId", event.participantId().value());
            document.put("admitted", event.admitted());
            document.put("answeredBy", id(event.answeredBy()));
            return document;
        }

        @Override
        public Map<String, Object> visit(ParticipantAdmitted event) {
            document.put("participant", ParticipantDocument.of(event.participant()));
            return document;
        }

        @Override
        public Map<String, Object> visit(ParticipantLeft event) {
            document.put("participantId", event.participantId().value());
            document.put("userRef", event.userRef().value());
            document.put("status", event.state().name());
            document.put("reason", event.reason().name());
            return document;
        }

        @Override
        public Map<String, Object> visit(RoleChanged event) {
            document.put("participantId", event.participantId().value());
            document.put("status", event.state().name());
            document.put("role", event.to().name());
            document.put("previousRole", event.from().name());
            document.put("changedBy", id(event.changedBy()));
            return document;
        }

        @Override
        public Map<String, Object> visit(MediaStateChanged event) {
            document.put("participantId", event.participantId().value());
            document.put("status", event.state().name());
            document.put("inCall", event.inCall());
            document.put("media", ParticipantDocument.media(event.media()));
            document.put("handRaised", event.handRaised());
            document.put("publishingGranted", event.publishingGranted());
            document.put("changedBy", id(event.changedBy()));
            return document;
        }

        @Override
        public Map<String, Object> visit(PresenterChanged event) {
            document.put("presenter", id(event.presenter()));
            document.put("previousPresenter", id(event.previous()));
            return document;
        }

        @Override
        public Map<String, Object> visit(TopologyUpgraded event) {
            document.put("topology", event.to().name());
            document.put("previousTopology", event.from().name());
            document.put("admittedCount", event.admitted());
            return document;
        }

        @Override
        public Map<String, Object> visit(SessionClosed event) {
            document.put("reason", event.reason().name());
            return document;
        }

        @Override
        public Map<String, Object> visit(RoomEnded event) {
            document.put("reason", event.reason().name());
            return document;
        }

        /** The message as the chat's REST answers show it: its id is the event's sequence, posted when recorded. */
        @Override
        public Map<String, Object> visit(MessagePosted event) {
            document.put("message", MessageDocument.of(event.messageId(), event.author(), event.authorName(), event.text(),
                    recorded.occurredAt()));
            return document;
        }

        /**
         * The member and the meeting, without the member's e-mail: the tenant's backend has it already,
         * and an address in the one public form would travel wherever events go (sockets, webhooks, logs).
         */
        @Override
        public Map<String, Object> visit(InvitationIssued event) {
            Map<String, Object> member = new LinkedHashMap<>();
            member.put("userRef", event.userRef().value());
            member.put("displayName", event.name());
            Map<String, Object> meeting = new LinkedHashMap<>();
            meeting.put("name", event.title());
            meeting.put("description", event.agenda());
            meeting.put("startsAt", event.startsAt().toString());
            meeting.put("durationMinutes", event.durationMinutes());
            document.put("member", Collections.unmodifiableMap(member));
            document.put("meeting", Collections.unmodifiableMap(meeting));
            return document;
        }

        private static String id(ParticipantId id) {
            return id == null ? null : id.value();
        }
    }
}
