package dev.atrium.application.service;

import dev.atrium.application.port.in.room.CreateRoomCommand;
import dev.atrium.application.port.in.room.DeleteRoomCommand;
import dev.atrium.application.port.in.room.RoomCreation;
import dev.atrium.domain.fixtures.MemberDrafts;
import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.fixtures.Rooms;
import dev.atrium.domain.member.InitialMembers;
import dev.atrium.domain.member.MemberDraft;
import dev.atrium.domain.member.RoomMember;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomDraft;
import dev.atrium.domain.room.RoomStatus;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.tenant.TenantId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

import static dev.atrium.domain.fixtures.DomainAssertions.assertFails;
import static dev.atrium.domain.fixtures.DomainAssertions.assertViolations;
import static dev.atrium.domain.fixtures.DomainAssertions.violation;
import static dev.atrium.domain.shared.ViolationCode.NOT_ALLOWED;
import static dev.atrium.domain.shared.ViolationCode.OUT_OF_RANGE;
import static dev.atrium.domain.shared.ViolationCode.REQUIRED;
import static dev.atrium.domain.shared.ViolationCode.TOO_LONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CreateRoomServiceTest {
    private final RoomServices services = new RoomServices();

    @Test
    void a_created_room_is_stored_open_at_version_zero() {
        Room room = services.createRoom(RoomDrafts.everyFieldSet().build());

        Room stored = services.stored(room);
        assertEquals(room.toDraft(), stored.toDraft());
        assertEquals(RoomStatus.OPEN, stored.status());
        assertEquals(0, stored.version());
        assertEquals(Rooms.NOW, stored.createdAt());
        assertEquals(Rooms.TENANT, stored.tenantId());
    }

    @Test
    void an_invalid_draft_stores_nothing_and_names_every_mistake() {
        RoomDraft draft = RoomDrafts.group().name("n".repeat(201)).maxActiveTalkers(0).build();

        assertViolations(() -> services.createRoom(draft),
                violation("name", TOO_LONG), violation("media.maxActiveTalkers", OUT_OF_RANGE));
        assertEquals(0, services.store.size());
    }

    @Test
    void an_external_id_is_unique_within_a_tenant() {
        services.createRoom(RoomDrafts.group().externalId("standup").build());

        assertFails(ErrorCode.EXTERNAL_ID_TAKEN, () -> services.createRoom(RoomDrafts.group().externalId("standup").build()));
        assertEquals(1, services.store.size());
    }

    @Test
    void another_tenant_may_use_the_same_external_id() {
        services.createRoom(RoomDrafts.group().externalId("standup").build());

        Room other = services.createRoom(Rooms.OTHER_TENANT, RoomDrafts.group().externalId("standup").build());

        assertEquals("standup", services.stored(other).settings().externalId().value());
    }

    @Test
    void rooms_created_later_have_larger_ids() {
        Room first = services.createRoom(RoomDraft.empty());
        Room second = services.createRoomLater(Rooms.TENANT, RoomDraft.empty());

        assertTrue(first.id().value().compareTo(second.id().value()) < 0);
    }

    @Nested
    class WithMembers {
        private final RoomDraft oneToOne = RoomDrafts.ofType("ONE_TO_ONE").build();

        private RoomCreation create(TenantId tenantId, RoomDraft draft, List<MemberDraft> members) {
            return services.create.createRoom(new CreateRoomCommand(tenantId, draft, members));
        }

        private List<String> memberRefs(Room room) {
            return services.members.list(room.id()).stream().map(member -> member.userRef().value()).toList();
        }

        @Test
        void a_room_is_stored_with_its_first_members() {
            RoomCreation creation = create(Rooms.TENANT, RoomDraft.empty(),
                    List.of(MemberDrafts.member("host", "OWNER"), MemberDrafts.member("guest-speaker", "VIEWER")));

            assertTrue(creation.created());
            List<RoomMember> members = services.members.list(creation.room().id());
            assertEquals(List.of(Role.OWNER, Role.VIEWER), members.stream().map(RoomMember::role).toList());
            assertEquals(List.of(0L, 0L), members.stream().map(RoomMember::version).toList());
        }

        @Test
        void a_one_to_one_room_is_stored_with_its_two_owners() {
            RoomCreation creation = create(Rooms.TENANT, oneToOne, MemberDrafts.pair("alice", "bob"));

            assertTrue(creation.created());
            assertEquals(List.of("alice", "bob"), memberRefs(creation.room()));
            assertTrue(services.members.list(creation.room().id()).stream().allMatch(member -> member.role() == Role.OWNER));
        }

        @Test
        void the_same_pair_again_gets_the_existing_room_in_either_order() {
            Room first = create(Rooms.TENANT, oneToOne, MemberDrafts.pair("alice", "bob")).room();
            services.clock.advance(Duration.ofMinutes(1));

            RoomCreation again = create(Rooms.TENANT, RoomDrafts.ofType("ONE_TO_ONE").name("Another name").build(),
                    MemberDrafts.pair("bob", "alice"));

            assertFalse(again.created());
            assertEquals(first.id(), again.room().id());
            assertEquals(first.settings().name(), again.room().settings().name());
            assertEquals(1, services.store.size());
            assertEquals(List.of("alice", "bob"), memberRefs(first));
        }

        @Test
        void another_pair_or_another_tenant_gets_a_room_of_its_own() {
            Room first = create(Rooms.TENANT, oneToOne, MemberDrafts.pair("alice", "bob")).room();

            RoomCreation otherPair = create(Rooms.TENANT, oneToOne, MemberDrafts.pair("alice", "carol"));
            RoomCreation otherTenant = create(Rooms.OTHER_TENANT, oneToOne, MemberDrafts.pair("alice", "bob"));

            assertTrue(otherPair.created());
            assertTrue(otherTenant.created());
            assertNotEquals(first.id(), otherPair.room().id());
            assertNotEquals(first.id(), otherTenant.room().id());
            assertEquals(3, services.store.size());
        }

        @Test
        void an_ended_one_to_one_room_frees_its_pair_for_a_new_room() {
            Room first = create(Rooms.TENANT, oneToOne, MemberDrafts.pair("alice", "bob")).room();
            services.end.endRoom(RoomServices.locator(first));

            RoomCreation again = create(Rooms.TENANT, oneToOne, MemberDrafts.pair("bob", "alice"));

            assertTrue(again.created());
            assertNotEquals(first.id(), again.room().id());
        }

        @Test
        void a_deleted_one_to_one_room_frees_its_pair_and_takes_its_members_along() {
            Room first = create(Rooms.TENANT, oneToOne, MemberDrafts.pair("alice", "bob")).room();
            services.delete.deleteRoom(new DeleteRoomCommand(RoomServices.locator(first), OptionalLong.empty()));

            RoomCreation again = create(Rooms.TENANT, oneToOne, MemberDrafts.pair("alice", "bob"));

            assertTrue(again.created());
            assertNotEquals(first.id(), again.room().id());
            assertEquals(List.of(), services.members.list(first.id()));
            assertEquals(List.of("alice", "bob"), memberRefs(again.room()));
        }

        @Test
        void a_create_that_loses_the_race_for_a_pair_returns_the_winners_room() {
            Room winner = Rooms.at(Rooms.NOW).open(oneToOne);
            services.rooms.loseNextInsertTo(winner,
                    InitialMembers.of(winner, MemberDrafts.pair("alice", "bob"), Rooms.NOW));

            RoomCreation loser = create(Rooms.TENANT, oneToOne, MemberDrafts.pair("bob", "alice"));

            assertFalse(loser.created());
            assertEquals(winner.id(), loser.room().id());
            assertEquals(1, services.store.size());
        }

        @Test
        void a_create_that_loses_on_its_external_id_is_refused_not_answered_with_the_rival() {
            Room rival = Rooms.at(Rooms.NOW).open(RoomDrafts.group().externalId("standup").build());
            services.rooms.loseNextInsertTo(rival, InitialMembers.of(rival, List.of(), Rooms.NOW));

            assertFails(ErrorCode.EXTERNAL_ID_TAKEN,
                    () -> create(Rooms.TENANT, RoomDrafts.group().externalId("standup").build(), List.of()));
        }

        @Test
        void a_one_to_one_room_without_its_pair_is_refused_and_nothing_is_stored() {
            assertViolations(() -> create(Rooms.TENANT, oneToOne, List.of(MemberDrafts.member("alice", null))),
                    violation("members", REQUIRED));
            assertEquals(0, services.store.size());
        }

        @Test
        void invalid_members_store_nothing() {
            assertViolations(() -> create(Rooms.TENANT, RoomDraft.empty(), List.of(MemberDrafts.member("visitor", "GUEST"))),
                    violation("members[0].role", NOT_ALLOWED));
            assertEquals(0, services.store.size());
        }
    }
}
