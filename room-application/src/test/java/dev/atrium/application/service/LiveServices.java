package dev.atrium.application.service;

import dev.atrium.application.fakes.RecordingEventPublisher;
import dev.atrium.application.port.in.live.FireTimersUseCase;
import dev.atrium.application.port.in.live.JoinRoomCommand;
import dev.atrium.application.port.in.live.JoinRoomUseCase;
import dev.atrium.application.port.in.live.ListParticipantsUseCase;
import dev.atrium.application.port.in.RoomCaller;
import dev.atrium.application.port.in.SessionInRoom;
import dev.atrium.application.port.in.live.ParticipantSession;
import dev.atrium.application.port.in.live.RelayEventsUseCase;
import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.live.SessionGrant;
import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomDraft;
import dev.atrium.domain.token.JoinGrant;
import dev.atrium.domain.token.JoinTokenRequest;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The live-room use cases wired as bootstrap wires them, over the in-memory stores of an
 * {@link AccessServices} (rooms, tokens, keys) and a publisher that records. One per test.
 */
final class LiveServices {
    static final Duration PRESENCE = Duration.ofSeconds(30);
    static final Duration GRACE = Duration.ofSeconds(20);

    final AccessServices access = new AccessServices();
    final RoomServices rooms = access.rooms;
    final RecordingEventPublisher publisher = new RecordingEventPublisher();

    final JoinRoomUseCase join = new JoinRoomService(rooms.changes, rooms.credentials, rooms.ledger, access.roomPasswords, access.hasher,
            access.attempts, PRESENCE, rooms.clock, access.random);
    final ParticipantSessionService sessions = new ParticipantSessionService(rooms.changes, rooms.credentials, PRESENCE,
            GRACE);
    final ModerateRoomService moderate = rooms.moderate;
    final ListParticipantsUseCase participants = new ListParticipantsService(rooms.changes);
    final FireTimersUseCase timers = new FireTimersService(rooms.changes, rooms.outages, rooms.liveRooms, rooms.clock);
    final RelayEventsUseCase relay = new RelayEventsService(rooms.unitOfWork, rooms.outbox, publisher, publisher);
    final ChatService chat = new ChatService(rooms.changes, rooms.chat);

    Room room(RoomDraft draft) {
        return rooms.createRoom(draft);
    }

    Room room() {
        return room(RoomDrafts.group().build());
    }

    JoinGrant grant(Room room, String userRef, Role role) {
        JoinTokenRequest request = new JoinTokenRequest("Person " + userRef, role, new UserRef(userRef), Map.of(),
                JoinTokenRequest.DEFAULT_TTL);
        return access.issue.issueJoinToken(RoomServices.locator(room), request).grant();
    }

    ParticipantSession enter(Room room, String userRef, Role role) {
        return join.joinRoom(new JoinRoomCommand(RoomServices.locator(room), grant(room, userRef, role), null, "203.0.113.9"));
    }

    SessionGrant sessionOf(ParticipantSession session) {
        return sessions.authenticate(session.credential()).orElseThrow();
    }

    /** The session acting on its own room, named by the room's id. */
    SessionInRoom inOwnRoom(ParticipantSession session) {
        SessionGrant grant = sessionOf(session);
        return new SessionInRoom(grant.roomId().value(), grant);
    }

    RoomCaller service(Room room) {
        return RoomCaller.service(RoomServices.locator(room));
    }

    RoomCaller moderatorOf(Room room, ParticipantSession session) {
        return RoomCaller.participant(room.id().value(), sessionOf(session));
    }

    List<String> eventTypes() {
        return rooms.outbox.all().stream().map(event -> event.event().type()).toList();
    }
}
