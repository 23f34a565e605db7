package dev.atrium.application.service;

import dev.atrium.application.port.in.RoomLocator;
import dev.atrium.application.port.in.room.UpdateRoomCommand;
import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.fixtures.Rooms;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomDraft;
import dev.atrium.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;

import static dev.atrium.domain.fixtures.DomainAssertions.assertFails;
import static dev.atrium.domain.fixtures.DomainAssertions.assertViolations;
import static dev.atrium.domain.fixtures.DomainAssertions.violation;
import static dev.atrium.domain.shared.ViolationCode.IMMUTABLE;
import static dev.atrium.domain.shared.ViolationCode.OUT_OF_RANGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class UpdateRoomServiceTest {
    private static final Instant LATER = Rooms.NOW.plus(Duration.ofMinutes(10));

    private final RoomServices services = new RoomServices();
    private final Room room = services.createRoom(RoomDrafts.group().name("Standup").externalId("standup").build());

    private static UnaryOperator<RoomDraft> rename(String name) {
        return draft -> RoomDrafts.from(draft).name(name).build();
    }

    private Room update(OptionalLong expectedVersion, UnaryOperator<RoomDraft> revision) {
        return services.update.updateRoom(new UpdateRoomCommand(RoomServices.locator(room), expectedVersion, revision));
    }

    @Test
    void an_update_stores_the_revised_room_at_the_next_version() {
        services.clock.set(LATER);

        Room updated = update(OptionalLong.empty(), rename("Daily standup"));

        Room stored = services.stored(room);
        assertEquals("Daily standup", stored.settings().name());
        assertEquals(1, stored.version());
        assertEquals(LATER, stored.updatedAt());
        assertEquals(stored.version(), updated.version());
    }

    @Test
    void a_room_can_be_updated_through_its_external_id() {
        services.update.updateRoom(new UpdateRoomCommand(new RoomLocator(Rooms.TENANT, "standup"), OptionalLong.empty(),
                rename("Found by externalId")));

        assertEquals("Found by externalId", services.stored(room).settings().name());
    }

    @Test
    void an_update_at_the_expected_version_succeeds() {
        update(OptionalLong.of(0), rename("First"));

        update(OptionalLong.of(1), rename("Second"));

        assertEquals("Second", services.stored(room).settings().name());
        assertEquals(2, services.stored(room).version());
    }

    @Test
    void an_update_based_on_a_stale_version_is_refused_and_changes_nothing() {
        update(OptionalLong.empty(), rename("Moved on"));

        assertFails(ErrorCode.VERSION_MISMATCH, () -> update(OptionalLong.of(0), rename("Stale")));

        assertEquals("Moved on", services.stored(room).settings().name());
        assertEquals(1, services.stored(room).version());
    }

    @Test
    void an_update_that_changes_nothing_keeps_the_version() {
        services.clock.set(LATER);

        Room result = update(OptionalLong.of(0), UnaryOperator.identity());

        assertEquals(0, result.version());
        assertEquals(0, services.stored(room).version());
        assertEquals(Rooms.NOW, services.stored(room).updatedAt());
    }

    @Test
    void setting_a_field_to_the_value_it_has_changes_nothing() {
        update(OptionalLong.empty(), rename("Standup"));

        assertEquals(0, services.stored(room).version());
    }

    @Test
    void an_invalid_update_is_refused_and_changes_nothing() {
        assertViolations(() -> update(OptionalLong.empty(), draft -> RoomDrafts.from(draft).mode("LECTURE").moderators(9).build()),
                violation("mode", IMMUTABLE), violation("limits.moderators", OUT_OF_RANGE));

        assertEquals(0, services.stored(room).version());
    }

    @Test
    void an_external_id_of_another_room_of_the_tenant_cannot_be_taken() {
        services.createRoom(RoomDrafts.group().externalId("retro").build());

        assertFails(ErrorCode.EXTERNAL_ID_TAKEN, () -> update(OptionalLong.empty(), draft -> draft.withExternalId("retro")));

        assertEquals("standup", services.stored(room).settings().externalId().value());
    }

    @Test
    void the_external_id_can_be_removed() {
        update(OptionalLong.empty(), draft -> draft.withExternalId(null));

        assertNull(services.stored(room).settings().externalId());
    }

    @Test
    void an_ended_room_cannot_be_updated() {
        services.end.endRoom(RoomServices.locator(room));

        assertFails(ErrorCode.ROOM_ENDED, () -> update(OptionalLong.empty(), rename("Too late")));
    }

    @Test
    void another_tenants_room_is_not_found() {
        RoomLocator theirs = new RoomLocator(Rooms.OTHER_TENANT, room.id().value());

        assertFails(ErrorCode.ROOM_NOT_FOUND, () -> services.update.updateRoom(
                new UpdateRoomCommand(theirs, OptionalLong.empty(), rename("Hijacked"))));
        assertEquals("Standup", services.stored(room).settings().name());
    }

    @Test
    void a_meeting_cannot_be_moved_once_its_doors_are_open() {
        Instant start = Rooms.NOW.plus(Duration.ofHours(1));
        Room meeting = services.createRoom(RoomDrafts.scheduled(start, Duration.ofMinutes(30)).build());
        services.clock.set(start.minus(Duration.ofMinutes(15)));

        assertFails(ErrorCode.RESCHEDULE_TOO_LATE, () -> services.update.updateRoom(new UpdateRoomCommand(
                RoomServices.locator(meeting), OptionalLong.empty(),
                draft -> RoomDrafts.from(draft).schedule(RoomDrafts.scheduled(start.plus(Duration.ofHours(1)),
                        Duration.ofMinutes(30)).build().schedule()).build())));
        assertEquals(start, services.stored(meeting).settings().schedule().startsAt());
    }
}
