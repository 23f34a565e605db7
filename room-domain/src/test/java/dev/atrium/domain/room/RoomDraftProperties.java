package dev.atrium.domain.room;

import dev.atrium.domain.fixtures.DomainAssertions.Violation;
import dev.atrium.domain.fixtures.Draw;
import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.fixtures.Rooms;
import dev.atrium.domain.room.RoomDraft.LiveDraft;
import dev.atrium.domain.room.RoomDraft.TopologyDraft;
import dev.atrium.domain.shared.ViolationCode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import static dev.atrium.domain.fixtures.DomainAssertions.assertViolations;
import static dev.atrium.domain.fixtures.DomainAssertions.violation;
import static dev.atrium.domain.fixtures.PropertyCheck.forAll;
import static dev.atrium.domain.fixtures.Rooms.NOW;
import static dev.atrium.domain.shared.ViolationCode.INVALID_FORMAT;
import static dev.atrium.domain.shared.ViolationCode.INVALID_VALUE;
import static dev.atrium.domain.shared.ViolationCode.OUT_OF_RANGE;
import static dev.atrium.domain.shared.ViolationCode.REQUIRED;
import static dev.atrium.domain.shared.ViolationCode.TOO_LONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

class RoomDraftProperties {

    @Test
    void a_rooms_own_draft_describes_the_same_settings() {
        forAll(ValidDrafts::draft, draft -> {
            Room room = Rooms.at(NOW).open(draft);

            Room twin = Rooms.at(NOW).open(room.toDraft());

            assertEquals(room.settings(), twin.settings());
            assertEquals(room.toDraft(), twin.toDraft());
        });
    }

    /** A draft and how many minutes after the room's creation it is applied. */
    private record LateRevision(RoomDraft draft, int minutesLater) {
    }

    @Test
    void revising_a_room_with_its_own_draft_changes_nothing_at_any_later_time() {
        forAll(draw -> new LateRevision(ValidDrafts.draft(draw), draw.between(0, 2_000_000)), sample -> {
            Room room = Rooms.at(NOW).open(sample.draft());
            RoomSettings before = room.settings();

            boolean changed = room.revise(room.toDraft(), NOW.plus(Duration.ofMinutes(sample.minutesLater())),
                    Rooms.seededRandom());

            assertFalse(changed);
            assertSame(before, room.settings());
            assertEquals(NOW, room.updatedAt());
        });
    }

    /** A valid draft and the mistakes to put into it. */
    private record BrokenDraft(RoomDraft valid, Set<Fault> faults) {
        RoomDraft broken() {
            RoomDraft draft = valid;
            for (Fault fault : faults) {
                draft = fault.breaking.apply(draft);
            }
            return draft;
        }
    }

    private static BrokenDraft brokenDraft(Draw draw) {
        Set<Fault> faults = EnumSet.of(draw.oneOf(Fault.class));
        for (Fault fault : Fault.values()) {
            if (draw.chance(0.25)) {
                faults.add(fault);
            }
        }
        return new BrokenDraft(ValidDrafts.draft(draw), faults);
    }

    @Test
    void every_mistake_in_a_draft_is_reported_at_once_and_nothing_else() {
        forAll(RoomDraftProperties::brokenDraft, sample -> assertViolations(
                () -> Rooms.at(NOW).open(sample.broken()),
                sample.faults().stream().map(fault -> fault.reported).toArray(Violation[]::new)));
    }

    /** Mistakes that each break one field of any valid draft, and how each is reported. */
    private enum Fault {
        NAME_TOO_LONG("name", TOO_LONG, d -> RoomDrafts.from(d).name("n".repeat(201)).build()),
        DESCRIPTION_TOO_LONG("description", TOO_LONG, d -> RoomDrafts.from(d).description("d".repeat(2001)).build()),
        EXTERNAL_ID_WITH_SPACE("externalId", INVALID_FORMAT, d -> d.withExternalId("not valid")),
        UNKNOWN_TYPE("type", INVALID_VALUE, d -> RoomDrafts.from(d).type("PRIVATE").build()),
        UNKNOWN_MODE("mode", INVALID_VALUE, d -> RoomDrafts.from(d).mode("WEBINAR").build()),
        SIX_MODERATORS("limits.moderators", OUT_OF_RANGE, d -> RoomDrafts.from(d).moderators(6).build()),
        NEGATIVE_AUDIENCE("limits.audiences", OUT_OF_RANGE, d -> RoomDrafts.from(d).audiences(-1).build()),
        SEVENTEEN_TALKERS("media.maxActiveTalkers", OUT_OF_RANGE, d -> RoomDrafts.from(d).maxActiveTalkers(17).build()),
        LOWER_CASE_ZONE("media.mediaZone", INVALID_FORMAT, d -> RoomDrafts.from(d).mediaZone("us").build()),
        UPGRADE_AT_ONE("topology.autoUpgradeAt", OUT_OF_RANGE,
                d -> RoomDrafts.from(d).topology(new TopologyDraft("MESH", 1)).build()),
        LIVE_WITHOUT_URL("recording.live.url", REQUIRED, d -> RoomDrafts.from(d).live(new LiveDraft(true, null)).build()),
        NOT_JSON("metadata", INVALID_VALUE, d -> RoomDrafts.from(d).metadata(Map.of("at", NOW)).build()),
        EXPIRED("schedule.expiresAt", OUT_OF_RANGE, d -> RoomDrafts.from(d).window(null, NOW.minusSeconds(60)).build());

        final Violation reported;
        final UnaryOperator<RoomDraft> breaking;

        Fault(String field, ViolationCode code, UnaryOperator<RoomDraft> breaking) {
            this.reported = violation(field, code);
            this.breaking = breaking;
        }
    }
}
