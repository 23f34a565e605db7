package dev.atrium.application.service;

import dev.atrium.application.port.in.RoomLocator;
import dev.atrium.application.port.in.live.ParticipantSession;
import dev.atrium.domain.fixtures.Rooms;
import dev.atrium.domain.live.LeaveReason;
import dev.atrium.domain.live.RecordedEvent;
import dev.atrium.domain.live.RoomEvent.ParticipantLeft;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomDraft;
import dev.atrium.domain.room.RoomStatus;
import dev.atrium.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static dev.atrium.domain.fixtures.DomainAssertions.assertFails;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The tenant's service ending a room, which {@link ModerateRoomService} ends for everyone in it. */
class EndRoomTest {
    private static final Instant LATER = Rooms.NOW.plus(Duration.ofHours(2));

    private final RoomServices services = new RoomServices();
    private final Room room = services.createRoom(RoomDraft.empty());

    @Test
    void ending_a_room_stores_it_ended_at_the_current_time() {
        services.clock.set(LATER);

        Room ended = services.end.endRoom(RoomServices.locator(room));

        Room stored = services.stored(room);
        assertEquals(RoomStatus.ENDED, stored.status());
        assertEquals(LATER, stored.endedAt());
        assertEquals(1, stored.version());
        assertEquals(stored.version(), ended.version());
    }

    @Test
    void an_active_room_can_be_ended() {
        Room active = services.storeActiveRoom(RoomDraft.empty());

        services.end.endRoom(RoomServices.locator(active));

        assertEquals(RoomStatus.ENDED, services.stored(active).status());
    }

    @Test
    void ending_an_ended_room_again_returns_it_unchanged() {
        services.end.endRoom(RoomServices.locator(room));
        services.clock.set(LATER);

        Room again = services.end.endRoom(RoomServices.locator(room));

        assertEquals(Rooms.NOW, again.endedAt());
        assertEquals(1, again.version());
        assertEquals(1, services.stored(room).version());
    }

    @Test
    void ending_records_that_the_room_ended_for_everyone() {
        services.end.endRoom(RoomServices.locator(room));

        assertEquals(List.of("RoomEnded"), services.outbox.all().stream().map(event -> event.event().type()).toList());
    }

    /** What lets a socket close at the first departure of an end instead of hearing everybody's. */
    @Test
    void the_departures_of_an_end_say_that_everybody_leaves_and_one_persons_leaving_does_not() {
        LiveServices live = new LiveServices();
        Room lively = live.room();
        ParticipantSession ada = live.enter(lively, "ada", Role.PARTICIPANT);
        live.enter(lively, "bob", Role.PARTICIPANT);
        live.enter(lively, "cy", Role.PARTICIPANT);
        live.sessions.leave(live.inOwnRoom(ada));

        live.rooms.end.endRoom(RoomServices.locator(lively));

        List<LeaveReason> reasons = live.rooms.outbox.all().stream().map(RecordedEvent::event)
                .filter(ParticipantLeft.class::isInstance).map(left -> ((ParticipantLeft) left).reason()).toList();
        assertEquals(List.of(LeaveReason.LEFT, LeaveReason.ROOM_ENDED, LeaveReason.ROOM_ENDED), reasons);
        assertEquals(List.of(false, true, true), reasons.stream().map(LeaveReason::endsTheSessionForEverybody).toList());
    }

    @Test
    void another_tenants_room_is_not_found() {
        assertFails(ErrorCode.ROOM_NOT_FOUND,
                () -> services.end.endRoom(new RoomLocator(Rooms.OTHER_TENANT, room.id().value())));
        assertEquals(RoomStatus.OPEN, services.stored(room).status());
    }
}
