package dev.atrium.domain.live;

import dev.atrium.domain.fixtures.LiveRooms;
import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.live.RoomEvent.RoomActivated;
import dev.atrium.domain.live.RoomEvent.SessionClosed;
import dev.atrium.domain.live.RoomEvent.TopologyUpgraded;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.RoomDraft.TopologyDraft;
import dev.atrium.domain.room.Topology;
import dev.atrium.domain.room.TopologyKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static dev.atrium.domain.fixtures.Rooms.NOW;
import static dev.atrium.domain.live.LiveRoomChecks.events;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A MESH room upgrading to SFU at its threshold ({@link Session}), through the root. */
class TopologyUpgradeTest {
    private final LiveRooms people = LiveRooms.at(NOW);
    private final LiveRoom live = people.open(RoomDrafts.group().topology(new TopologyDraft("MESH", 3)).build());

    @Test
    void a_mesh_room_becomes_sfu_when_the_admitted_count_reaches_auto_upgrade_at() {
        people.join(live, "ada", Role.PARTICIPANT);
        people.join(live, "bob", Role.PARTICIPANT);
        assertEquals(TopologyKind.MESH, live.topology());

        people.join(live, "cyd", Role.PARTICIPANT);

        assertEquals(TopologyKind.SFU, live.topology());
        assertEquals(List.of(new TopologyUpgraded(TopologyKind.MESH, TopologyKind.SFU, 3)), events(live, TopologyUpgraded.class));
    }

    @Test
    void the_room_stays_sfu_while_the_session_runs_and_is_mesh_again_for_the_next_one() {
        Participant ada = people.join(live, "ada", Role.PARTICIPANT);
        Participant bob = people.join(live, "bob", Role.PARTICIPANT);
        Participant cyd = people.join(live, "cyd", Role.PARTICIPANT);
        live.leave(bob.id(), NOW);
        live.leave(cyd.id(), NOW);
        assertEquals(TopologyKind.SFU, live.topology());
        live.leave(ada.id(), NOW);

        live.tick(NOW.plusSeconds(60));

        assertEquals(List.of(new SessionClosed(CloseReason.EMPTY)), events(live, SessionClosed.class));
        assertEquals(TopologyKind.MESH, live.topology());
    }

    @Test
    void the_room_shows_the_topology_in_use_while_its_session_runs_and_the_configured_one_between_sessions() {
        people.join(live, "ada", Role.PARTICIPANT);
        people.join(live, "bob", Role.PARTICIPANT);
        people.join(live, "cyd", Role.PARTICIPANT);

        assertEquals(TopologyKind.SFU, live.room().topologyInUse());
        assertEquals(new Topology(TopologyKind.MESH, 3), live.room().settings().topology());
    }

    @Test
    void a_session_starts_with_the_topology_configured_when_it_starts() {
        live.room().revise(RoomDrafts.from(live.room().toDraft()).topology(new TopologyDraft("SFU", null)).build(),
                NOW, new Random(1));

        people.join(live, "ada", Role.PARTICIPANT);

        assertEquals(TopologyKind.SFU, live.topology());
        assertEquals(List.of(new RoomActivated(TopologyKind.SFU)), events(live, RoomActivated.class));
    }

    @Test
    void a_room_without_auto_upgrade_stays_mesh() {
        LiveRoom plain = people.open(RoomDrafts.group().build());
        for (int i = 0; i < 10; i++) {
            people.join(plain, "p" + i, Role.PARTICIPANT);
        }

        assertEquals(TopologyKind.MESH, plain.topology());
    }
}
