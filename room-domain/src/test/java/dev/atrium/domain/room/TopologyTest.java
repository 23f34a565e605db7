package dev.atrium.domain.room;

import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.fixtures.Rooms;
import dev.atrium.domain.room.RoomDraft.LimitsDraft;
import dev.atrium.domain.room.RoomDraft.TopologyDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.atrium.domain.fixtures.DomainAssertions.assertViolations;
import static dev.atrium.domain.fixtures.DomainAssertions.violation;
import static dev.atrium.domain.fixtures.Rooms.NOW;
import static dev.atrium.domain.shared.ViolationCode.INVALID_VALUE;
import static dev.atrium.domain.shared.ViolationCode.NOT_ALLOWED;
import static dev.atrium.domain.shared.ViolationCode.OUT_OF_RANGE;
import static org.junit.jupiter.api.Assertions.assertEquals;

class TopologyTest {
    /** One moderator and nine participants: ten people at most. */
    private static final LimitsDraft TEN_PEOPLE = new LimitsDraft(1, 9, null);

    private static Room create(RoomDraft draft) {
        return Rooms.at(NOW).open(draft);
    }

    private static Topology topologyOf(TopologyDraft topology) {
        return create(draftOf(topology)).settings().topology();
    }

    private static RoomDraft draftOf(TopologyDraft topology) {
        return RoomDrafts.group().topology(topology).limits(TEN_PEOPLE).build();
    }

    @Test
    void a_room_is_a_mesh_without_upgrade_by_default() {
        assertEquals(new Topology(TopologyKind.MESH, null), create(RoomDraft.empty()).settings().topology());
    }

    @Test
    void a_room_may_run_through_an_sfu() {
        assertEquals(new Topology(TopologyKind.SFU, null), topologyOf(new TopologyDraft("SFU", null)));
    }

    @ParameterizedTest(name = "upgrade at {0} participants")
    @ValueSource(ints = {2, 3, 10})
    void a_mesh_may_upgrade_at_any_reachable_count_from_two(int upgradeAt) {
        assertEquals(new Topology(TopologyKind.MESH, upgradeAt), topologyOf(new TopologyDraft("MESH", upgradeAt)));
    }

    @Test
    void the_kind_defaults_to_mesh_when_only_the_upgrade_is_given() {
        assertEquals(new Topology(TopologyKind.MESH, 4), topologyOf(new TopologyDraft(null, 4)));
    }

    @ParameterizedTest(name = "upgrade at {0} participants")
    @ValueSource(ints = {Integer.MIN_VALUE, 0, 1, 11})
    void an_upgrade_below_two_or_beyond_the_capacity_is_refused(int upgradeAt) {
        assertViolations(() -> create(draftOf(new TopologyDraft("MESH", upgradeAt))),
                violation("topology.autoUpgradeAt", OUT_OF_RANGE));
    }

    @Test
    void an_sfu_room_has_nothing_to_upgrade_to() {
        assertViolations(() -> create(draftOf(new TopologyDraft("SFU", 4))), violation("topology.autoUpgradeAt", NOT_ALLOWED));
    }

    @Test
    void an_unknown_kind_is_an_invalid_value() {
        assertViolations(() -> create(draftOf(new TopologyDraft("P2P", null))), violation("topology.kind", INVALID_VALUE));
    }
}
