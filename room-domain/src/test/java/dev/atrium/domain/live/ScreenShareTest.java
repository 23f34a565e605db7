package dev.atrium.domain.live;

import dev.atrium.domain.fixtures.LiveRooms;
import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.live.RoomEvent.MediaStateChanged;
import dev.atrium.domain.live.RoomEvent.PresenterChanged;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.RoomDraft.MediaDraft;
import dev.atrium.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.atrium.domain.fixtures.DomainAssertions.assertFails;
import static dev.atrium.domain.fixtures.Rooms.NOW;
import static dev.atrium.domain.live.LiveRoomChecks.current;
import static dev.atrium.domain.live.LiveRoomChecks.events;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One presenter at a time ({@link MediaRules}), through the root. */
class ScreenShareTest {
    private final LiveRooms people = LiveRooms.at(NOW);
    private final LiveRoom live = people.open(RoomDrafts.group().build());
    private final Participant mod = people.join(live, "mod", Role.MODERATOR);
    private final Participant ada = people.join(live, "ada", Role.PARTICIPANT);
    private final Participant bob = people.join(live, "bob", Role.PARTICIPANT);

    {
        live.joinCall(mod.id(), NOW);
        live.joinCall(ada.id(), NOW);
        live.joinCall(bob.id(), NOW);
    }

    @Test
    void one_presenter_at_a_time() {
        live.startScreenShare(ada.id(), false, NOW);

        assertFails(ErrorCode.PRESENTER_EXISTS, () -> live.startScreenShare(bob.id(), false, NOW));
        assertFails(ErrorCode.PERMISSION_DENIED, () -> live.startScreenShare(bob.id(), true, NOW));
        assertEquals(ada.id(), live.presenter().orElseThrow().id());
        assertEquals(List.of(new PresenterChanged(ada.id(), null)), events(live, PresenterChanged.class));
    }

    @Test
    void a_moderator_may_take_over_the_screen() {
        live.startScreenShare(ada.id(), false, NOW);

        live.startScreenShare(mod.id(), true, NOW);

        assertEquals(mod.id(), live.presenter().orElseThrow().id());
        assertFalse(current(live, ada).media().screen());
        assertEquals(new PresenterChanged(mod.id(), ada.id()), events(live, PresenterChanged.class).get(1));
        MediaStateChanged adaOff = events(live, MediaStateChanged.class).stream()
                .filter(change -> change.participantId().equals(ada.id()) && !change.media().screen())
                .reduce((first, second) -> second).orElseThrow();
        assertEquals(mod.id(), adaOff.changedBy());
    }

    @Test
    void even_a_moderator_needs_take_over_to_replace_a_presenter() {
        live.startScreenShare(ada.id(), false, NOW);

        assertFails(ErrorCode.PRESENTER_EXISTS, () -> live.startScreenShare(mod.id(), false, NOW));
    }

    @Test
    void a_presenter_who_leaves_the_room_stops_presenting() {
        live.startScreenShare(ada.id(), false, NOW);

        live.leave(ada.id(), NOW);

        assertTrue(live.presenter().isEmpty());
        assertEquals(new PresenterChanged(null, ada.id()), events(live, PresenterChanged.class).get(1));
        live.startScreenShare(bob.id(), false, NOW);
    }

    @Test
    void stopping_ends_the_presentation_and_stopping_again_records_nothing() {
        live.startScreenShare(ada.id(), false, NOW);

        live.stopScreenShare(ada.id(), NOW);
        int recorded = live.recordedEvents().size();
        live.stopScreenShare(ada.id(), NOW);

        assertTrue(live.presenter().isEmpty());
        assertEquals(recorded, live.recordedEvents().size());
    }

    @Test
    void sharing_needs_the_call_and_the_permission() {
        Participant outside = people.join(live, "out", Role.PARTICIPANT);
        Participant viewer = people.join(live, "vie", Role.VIEWER);
        live.joinCall(viewer.id(), NOW);

        assertFails(ErrorCode.NOT_IN_CALL, () -> live.startScreenShare(outside.id(), false, NOW));
        assertFails(ErrorCode.PERMISSION_DENIED, () -> live.startScreenShare(viewer.id(), false, NOW));
    }

    @Test
    void nobody_shares_in_a_room_with_screen_sharing_off() {
        LiveRoom off = people.open(RoomDrafts.group().media(new MediaDraft(null, false, null, null, null, null, null)).build());
        Participant owner = people.join(off, "own", Role.OWNER);
        off.joinCall(owner.id(), NOW);

        assertFails(ErrorCode.SCREEN_SHARE_DISABLED, () -> off.startScreenShare(owner.id(), false, NOW));
    }
}
