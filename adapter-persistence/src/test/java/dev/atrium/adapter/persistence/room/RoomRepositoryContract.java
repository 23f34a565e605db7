package dev.atrium.adapter.persistence.room;

import dev.atrium.adapter.persistence.LiveChanges;
import dev.atrium.adapter.persistence.Race;
import dev.atrium.adapter.persistence.SharedDatabaseSuite;
import dev.atrium.application.port.in.room.ListRoomsQuery;
import dev.atrium.application.port.in.room.ListRoomsQuery.SortOrder;
import dev.atrium.application.port.in.room.RoomCursor;
import dev.atrium.application.port.out.MemberRepository;
import dev.atrium.application.port.out.RoomRepository;
import dev.atrium.application.port.out.TenantRepository;
import dev.atrium.application.port.out.UnitOfWork;
import dev.atrium.domain.fixtures.MemberDrafts;
import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.live.Actor;
import dev.atrium.domain.member.InitialMembers;
import dev.atrium.domain.member.MemberDraft;
import dev.atrium.domain.member.OneToOnePair;
import dev.atrium.domain.member.RoomMember;
import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.room.ExternalId;
import dev.atrium.domain.room.RoomDraft;
import dev.atrium.domain.room.RoomDraft.AccessDraft;
import dev.atrium.domain.room.RoomDraft.LimitsDraft;
import dev.atrium.domain.room.RoomDraft.LiveDraft;
import dev.atrium.domain.room.RoomDraft.MediaDraft;
import dev.atrium.domain.room.RoomDraft.RecordingDraft;
import dev.atrium.domain.room.RoomDraft.RoleBasedDraft;
import dev.atrium.domain.room.RoomDraft.TopologyDraft;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.room.RoomStatus;
import dev.atrium.domain.room.RoomType;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.tenant.Tenant;
import dev.atrium.domain.tenant.TenantId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;

import static dev.atrium.domain.fixtures.DomainAssertions.assertFails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract of {@link RoomRepository}, written once and run on every database the adapter
 * supports ({@link JdbcRoomRepositoryIT}), with the members a room is created with. The suite shares
 * one database; each test works in tenants of its own, so tests never see each other's rooms.
 */
abstract class RoomRepositoryContract extends SharedDatabaseSuite {
    /**
     * In the hour that Europe/Berlin, the zone the build runs tests in, lives twice when summer time
     * ends: an instant bound as a local time would come back an hour off.
     */
    private static final Instant NOW = Instant.parse("2030-10-27T01:30:00.123456Z");

    /** Unseeded: the suite's tests share a database, and their ids must not collide. */
    private final RandomGenerator random = new SplittableRandom();
    private RoomRepository rooms;
    private UnitOfWork unitOfWork;
    private LiveChanges changes;
    private MemberRepository members;
    private TenantRepository tenants;

    @BeforeAll
    void findPorts() {
        rooms = context().bean(RoomRepository.class);
        unitOfWork = context().bean(UnitOfWork.class);
        changes = new LiveChanges(context());
        members = context().bean(MemberRepository.class);
        tenants = context().bean(TenantRepository.class);
    }

    @Test
    void aRoomWithEverySettingChangedComesBackAsItWasStored() {
        Room room = newRoom(newTenant(), everySettingChanged());

        Room inserted = insertWithoutMembers(room);

        assertEquals(stateOf(room), stateOf(inserted));
        assertEquals(stateOf(room), stateOf(rooms.findById(room.tenantId(), room.id()).orElseThrow()));
        assertEquals(stateOf(room), stateOf(rooms.findByExternalId(room.tenantId(), room.settings().externalId()).orElseThrow()));
    }

    @Test
    void aRoomWithEveryOptionalValueAbsentComesBackWithoutThem() {
        Room room = newRoom(newTenant(), RoomDraft.empty());

        insertWithoutMembers(room);

        Room found = rooms.findById(room.tenantId(), room.id()).orElseThrow();
        assertEquals(stateOf(room), stateOf(found));
        assertEquals(Arrays.asList(null, null, null, null, null),
                Arrays.asList(found.sip(), found.settings().externalId(), found.settings().description(),
                        found.settings().recording().roleBased(), found.settings().recording().live()));
    }

    @Test
    void timestampsAreKeptToTheMicrosecondAndInsertReturnsThemSo() {
        Instant finerThanMicros = NOW.plusNanos(789);
        Room room = Room.create(RoomId.next(finerThanMicros, random), newTenant(), RoomDraft.empty(), finerThanMicros, random);

        Room inserted = insertWithoutMembers(room);

        assertEquals(NOW, inserted.createdAt());
        assertEquals(stateOf(inserted), stateOf(rooms.findById(room.tenantId(), room.id()).orElseThrow()));
    }

    @Test
    void aChangeStoresTheRoomAndReturnsItAtTheNextVersion() {
        Room room = insertWithoutMembers(newRoom(newTenant(), RoomDraft.empty()));
        Instant later = NOW.plus(Duration.ofMinutes(5));

        Room updated = changes.changeRoom(room, later, live -> live.revise(
                RoomDrafts.from(live.room().toDraft()).name("Renamed").sip(true).build(), later, random));

        assertEquals(1, updated.version());
        Room found = rooms.findById(room.tenantId(), room.id()).orElseThrow();
        assertEquals(stateOf(updated), stateOf(found));
        assertEquals(List.of("Renamed", true, later), List.of(found.settings().name(), found.sip() != null, found.updatedAt()));
    }

    @RepeatedTest(5)
    void twoRacingChangesOfOneRoomAreAppliedOneAfterTheOtherAndNeitherIsLost() throws InterruptedException {
        Room stored = insertWithoutMembers(newRoom(newTenant(), RoomDraft.empty()));

        List<ErrorCode> failures = Race.between(
                () -> changes.changeRoom(stored, NOW, live -> live.revise(
                        RoomDrafts.from(live.room().toDraft()).name("Renamed").build(), NOW, random)),
                () -> changes.changeRoom(stored, NOW, live -> live.revise(
                        RoomDrafts.from(live.room().toDraft()).description("Described").build(), NOW, random)));

        assertEquals(List.of(), failures);
        Room found = find(stored);
        assertEquals(List.of("Renamed", "Described", 2L),
                List.of(found.settings().name(), found.settings().description(), found.version()));
    }

    @Test
    void aDeleteRemovesTheRoom() {
        Room stored = insertWithoutMembers(newRoom(newTenant(), RoomDraft.empty()));

        changes.delete(stored);

        assertEquals(Optional.empty(), rooms.findById(stored.tenantId(), stored.id()));
    }

    @Test
    void aSipMeetingIdTakenByAnotherRoomMakesTheUnitOfWorkDrawAgain() {
        TenantId tenant = newTenant();
        Room holder = insertWithoutMembers(newRoom(tenant, RoomDrafts.group().sip(true).build()));
        AtomicInteger attempts = new AtomicInteger();

        Room drawn = unitOfWork.inTransaction(() -> insertWithoutMembers(attempts.incrementAndGet() == 1
                ? withSipOf(holder, newRoom(tenant, RoomDrafts.group().sip(true).build()))
                : newRoom(tenant, RoomDrafts.group().sip(true).build())));

        assertEquals(2, attempts.get());
        assertNotEquals(holder.sip(), find(drawn).sip());
    }

    @Test
    void aSipMeetingIdThatKeepsClashingGivesUpAfterTheUnitOfWorksLastAttemptAndStoresNothing() {
        TenantId tenant = newTenant();
        Room holder = insertWithoutMembers(newRoom(tenant, RoomDrafts.group().sip(true).build()));
        AtomicInteger attempts = new AtomicInteger();

        assertThrows(RuntimeException.class, () -> unitOfWork.inTransaction(() -> {
            attempts.incrementAndGet();
            return insertWithoutMembers(withSipOf(holder, newRoom(tenant, RoomDrafts.group().sip(true).build())));
        }));

        assertTrue(attempts.get() > 1, "attempts: " + attempts.get());
        assertEquals(List.of(holder.id()), idsOf(listAll(tenant, SortOrder.ASC)));
    }

    @Test
    void anExternalIdIsTakenOncePerTenant() {
        TenantId tenant = newTenant();
        Room first = insertWithoutMembers(newRoom(tenant, RoomDrafts.group().externalId("crm-1").build()));

        assertFails(ErrorCode.EXTERNAL_ID_TAKEN,
                () -> insertWithoutMembers(newRoom(tenant, RoomDrafts.group().externalId("crm-1").build())));

        assertEquals(List.of(first.id()), idsOf(listAll(tenant, SortOrder.ASC)));
    }

    @Test
    void theSameExternalIdMayBeUsedInTwoTenants() {
        Room ours = insertWithoutMembers(newRoom(newTenant(), RoomDrafts.group().externalId("crm-1").build()));
        Room theirs = insertWithoutMembers(newRoom(newTenant(), RoomDrafts.group().externalId("crm-1").build()));

        ExternalId externalId = new ExternalId("crm-1");
        assertEquals(ours.id(), rooms.findByExternalId(ours.tenantId(), externalId).orElseThrow().id());
        assertEquals(theirs.id(), rooms.findByExternalId(theirs.tenantId(), externalId).orElseThrow().id());
    }

    @Test
    void roomsWithoutExternalIdNeverCollide() {
        TenantId tenant = newTenant();

        insertWithoutMembers(newRoom(tenant, RoomDraft.empty()));
        insertWithoutMembers(newRoom(tenant, RoomDraft.empty()));

        assertEquals(2, listAll(tenant, SortOrder.ASC).size());
    }

    @Test
    void anUpdateToAnotherRoomsExternalIdFails() {
        TenantId tenant = newTenant();
        insertWithoutMembers(newRoom(tenant, RoomDrafts.group().externalId("crm-1").build()));
        Room other = insertWithoutMembers(newRoom(tenant, RoomDrafts.group().externalId("crm-2").build()));

        assertFails(ErrorCode.EXTERNAL_ID_TAKEN, () -> changes.changeRoom(other, NOW, live -> live.revise(
                RoomDrafts.from(live.room().toDraft()).externalId("crm-1").build(), NOW, random)));
    }

    @RepeatedTest(5)
    void twoRacingInsertsWithOneExternalIdGiveOneRoomAndOneConflict() throws InterruptedException {
        TenantId tenant = newTenant();
        Room first = newRoom(tenant, RoomDrafts.group().externalId("crm-race").build());
        Room second = newRoom(tenant, RoomDrafts.group().externalId("crm-race").build());

        List<ErrorCode> failures = Race.between(() -> insertWithoutMembers(first), () -> insertWithoutMembers(second));

        assertEquals(List.of(ErrorCode.EXTERNAL_ID_TAKEN), failures);
        assertEquals(1, listAll(tenant, SortOrder.ASC).size());
    }

    @Test
    void aRoomIsStoredWithItsInitialMembersOwnersFirstThenInTheirOrder() {
        Room room = newRoom(newTenant(), RoomDraft.empty());
        List<MemberDraft> drafts = List.of(MemberDrafts.member("viewer-1", "VIEWER"), MemberDrafts.member("owner-1", "OWNER"),
                MemberDrafts.member("participant-1", null), MemberDrafts.member("owner-2", "OWNER"));

        rooms.insert(room, InitialMembers.of(room, drafts, NOW));

        assertEquals(List.of("owner-1", "owner-2", "viewer-1", "participant-1"), userRefsOf(members.list(room.id())));
    }

    @Test
    void aOneToOneRoomIsFoundByItsPairInEitherOrderAndOnlyInItsTenant() {
        Room room = newRoom(newTenant(), oneToOne());
        rooms.insert(room, InitialMembers.of(room, MemberDrafts.pair("ada", "bob"), NOW));

        assertEquals(Optional.of(room.id()), rooms.findOneToOne(room.tenantId(), pair("bob", "ada")).map(Room::id));
        assertEquals(Optional.empty(), rooms.findOneToOne(newTenant(), pair("ada", "bob")));
        assertEquals(Optional.empty(), rooms.findOneToOne(room.tenantId(), pair("ada", "carl")));
    }

    @Test
    void aSecondOneToOneRoomOfAPairFailsAndLeavesNothingOfItBehind() {
        TenantId tenant = newTenant();
        Room first = newRoom(tenant, oneToOne());
        rooms.insert(first, InitialMembers.of(first, MemberDrafts.pair("ada", "bob"), NOW));
        Room second = newRoom(tenant, oneToOne());

        assertFails(ErrorCode.ONE_TO_ONE_EXISTS,
                () -> rooms.insert(second, InitialMembers.of(second, MemberDrafts.pair("bob", "ada"), NOW)));

        assertEquals(List.of(first.id()), idsOf(listAll(tenant, SortOrder.ASC)));
        assertEquals(List.of(), members.list(second.id()));
    }

    @Test
    void onePairMayHaveAOneToOneRoomInEachTenant() {
        Room ours = newRoom(newTenant(), oneToOne());
        Room theirs = newRoom(newTenant(), oneToOne());

        rooms.insert(ours, InitialMembers.of(ours, MemberDrafts.pair("ada", "bob"), NOW));
        rooms.insert(theirs, InitialMembers.of(theirs, MemberDrafts.pair("ada", "bob"), NOW));

        assertEquals(Optional.of(theirs.id()), rooms.findOneToOne(theirs.tenantId(), pair("ada", "bob")).map(Room::id));
    }

    @Test
    void deletingAOneToOneRoomFreesItsPairAndRemovesItsMembers() {
        Room room = newRoom(newTenant(), oneToOne());
        Room stored = rooms.insert(room, InitialMembers.of(room, MemberDrafts.pair("ada", "bob"), NOW));

        changes.delete(stored);

        assertEquals(Optional.empty(), rooms.findOneToOne(room.tenantId(), pair("ada", "bob")));
        assertEquals(List.of(), members.list(room.id()));
        Room again = newRoom(room.tenantId(), oneToOne());
        rooms.insert(again, InitialMembers.of(again, MemberDrafts.pair("ada", "bob"), NOW));
        assertEquals(Optional.of(again.id()), rooms.findOneToOne(room.tenantId(), pair("ada", "bob")).map(Room::id));
    }

    @Test
    void endingAOneToOneRoomFreesItsPairForANewRoom() {
        Room room = newRoom(newTenant(), oneToOne());
        Room stored = rooms.insert(room, InitialMembers.of(room, MemberDrafts.pair("ada", "bob"), NOW));

        changes.changeRoom(stored, NOW, live -> live.endForEveryone(Actor.service(), NOW));

        assertEquals(Optional.empty(), rooms.findOneToOne(room.tenantId(), pair("ada", "bob")));
        Room again = newRoom(room.tenantId(), oneToOne());
        rooms.insert(again, InitialMembers.of(again, MemberDrafts.pair("bob", "ada"), NOW));
        assertEquals(Optional.of(again.id()), rooms.findOneToOne(room.tenantId(), pair("ada", "bob")).map(Room::id));
    }

    @RepeatedTest(5)
    void racingCreatesOfOnePairGiveOneRoomAndTheLoserLeavesNothingBehind() throws InterruptedException {
        TenantId tenant = newTenant();
        Room first = newRoom(tenant, oneToOne());
        Room second = newRoom(tenant, oneToOne());

        List<ErrorCode> failures = Race.between(
                () -> rooms.insert(first, InitialMembers.of(first, MemberDrafts.pair("ada", "bob"), NOW)),
                () -> rooms.insert(second, InitialMembers.of(second, MemberDrafts.pair("bob", "ada"), NOW)));

        assertEquals(List.of(ErrorCode.ONE_TO_ONE_EXISTS), failures);
        Room winner = rooms.findOneToOne(tenant, pair("ada", "bob")).orElseThrow();
        Room loser = winner.id().equals(first.id()) ? second : first;
        assertEquals(List.of(winner.id()), idsOf(listAll(tenant, SortOrder.ASC)));
        assertEquals(List.of("ada", "bob"), userRefsOf(members.list(winner.id())).stream().sorted().toList());
        assertEquals(List.of(), members.list(loser.id()));
    }

    @Test
    void aMemberThatCannotBeStoredRollsTheWholeRoomBack() {
        Room room = newRoom(newTenant(), RoomDraft.empty());
        RoomMember member = RoomMember.add(room.id(), MemberDrafts.member("ada", null), NOW);
        // InitialMembers.of refuses a userRef given twice; the store must not rely on that.
        InitialMembers twice = new InitialMembers(List.of(member, member), Optional.empty());

        assertFails(ErrorCode.MEMBER_EXISTS, () -> rooms.insert(room, twice));

        assertEquals(Optional.empty(), rooms.findById(room.tenantId(), room.id()));
        assertEquals(List.of(), members.list(room.id()));
    }

    @Test
    void findAndListNeverShowAnotherTenantsRooms() {
        TenantId ours = newTenant();
        TenantId theirs = newTenant();
        Room ourRoom = insertWithoutMembers(newRoom(ours, RoomDrafts.group().externalId("shared").build()));
        Room theirRoom = insertWithoutMembers(newRoom(theirs, RoomDrafts.group().externalId("shared").build()));

        assertEquals(Optional.empty(), rooms.findById(ours, theirRoom.id()));
        assertEquals(ourRoom.id(), rooms.findByExternalId(ours, new ExternalId("shared")).orElseThrow().id());
        assertEquals(List.of(ourRoom.id()), idsOf(listAll(ours, SortOrder.ASC)));
        assertEquals(List.of(ourRoom.id()), idsOf(rooms.list(query(ours, SortOrder.ASC, null).withExternalId("shared").build(), 10)));
    }

    @Test
    void listFiltersByStatusTypeAndExternalIdTogether() {
        TenantId tenant = newTenant();
        Room wanted = insertWithoutMembers(newRoom(tenant, RoomDrafts.ofType("PUBLIC").externalId("a").build()));
        insertWithoutMembers(newRoom(tenant, RoomDrafts.ofType("GROUP").externalId("b").build()));
        insertWithoutMembers(newRoom(tenant, RoomDrafts.ofType("PUBLIC").externalId("c").build()));
        Room ended = insertWithoutMembers(newRoom(tenant, RoomDrafts.ofType("PUBLIC").externalId("d").build()));
        changes.changeRoom(ended, NOW, live -> live.endForEveryone(Actor.service(), NOW));

        assertEquals(List.of(wanted.id()), idsOf(rooms.list(
                query(tenant, SortOrder.ASC, null).withStatus(RoomStatus.OPEN).withType(RoomType.PUBLIC).withExternalId("a").build(), 10)));
        assertEquals(List.of(), idsOf(rooms.list(
                query(tenant, SortOrder.ASC, null).withStatus(RoomStatus.ENDED).withExternalId("a").build(), 10)));
        assertEquals(List.of(ended.id()), idsOf(rooms.list(
                query(tenant, SortOrder.ASC, null).withStatus(RoomStatus.ENDED).build(), 10)));
    }

    @Test
    void pagesForwardThroughFilteredRoomsWithoutDuplicatesOrGapsWhileRoomsAreCreated() {
        Pager pager = new Pager(newTenant());
        pager.createMixOfRooms(7);

        List<RoomId> seen = pager.readAllPages(SortOrder.ASC, 3);

        // Rooms created between pages are newer, so a forward listing reaches them at its end.
        assertEquals(pager.openPublicRoomsSorted(SortOrder.ASC), seen);
    }

    @Test
    void pagesBackwardThroughFilteredRoomsWithoutDuplicatesOrGapsWhileRoomsAreCreated() {
        Pager pager = new Pager(newTenant());
        pager.createMixOfRooms(7);
        List<RoomId> existingBefore = pager.openPublicRoomsSorted(SortOrder.DESC);

        List<RoomId> seen = pager.readAllPages(SortOrder.DESC, 3);

        // Rooms created between pages are newer than the cursor, so a backward listing never reaches them.
        assertEquals(existingBefore, seen);
    }

    /**
     * Rooms of one tenant created one millisecond apart, so their ids sort by creation, and a
     * listing of its OPEN PUBLIC rooms that creates more rooms of every kind between its pages.
     */
    private final class Pager {
        private final TenantId tenant;
        private final List<Room> created = new ArrayList<>();
        private Instant clock = NOW;

        Pager(TenantId tenant) {
            this.tenant = tenant;
        }

        /** Per round an OPEN PUBLIC room, a GROUP room and an ENDED PUBLIC room. */
        void createMixOfRooms(int rounds) {
            for (int round = 0; round < rounds; round++) {
                create(RoomDrafts.ofType("PUBLIC").build());
                create(RoomDrafts.ofType("GROUP").build());
                Room ended = create(RoomDrafts.ofType("PUBLIC").build());
                created.set(created.size() - 1,
                        changes.changeRoom(ended, clock, live -> live.endForEveryone(Actor.service(), clock)));
            }
        }

        List<RoomId> readAllPages(SortOrder order, int pageSize) {
            List<RoomId> seen = new ArrayList<>();
            RoomCursor cursor = null;
            while (true) {
                List<Room> page = rooms.list(query(tenant, order, cursor).withStatus(RoomStatus.OPEN)
                        .withType(RoomType.PUBLIC).withLimit(pageSize).build(), pageSize);
                seen.addAll(idsOf(page));
                if (page.size() < pageSize) {
                    return seen;
                }
                cursor = new RoomCursor(page.get(page.size() - 1).id(), order);
                createMixOfRooms(1);
            }
        }

        List<RoomId> openPublicRoomsSorted(SortOrder order) {
            Comparator<RoomId> byId = Comparator.comparing(RoomId::value);
            return created.stream()
                    .filter(room -> room.status() == RoomStatus.OPEN && room.settings().type() == RoomType.PUBLIC)
                    .map(Room::id)
                    .sorted(order == SortOrder.ASC ? byId : byId.reversed())
                    .toList();
        }

        private Room create(RoomDraft draft) {
            clock = clock.plusMillis(1);
            Room room = insertWithoutMembers(Room.create(RoomId.next(clock, random), tenant, draft, clock, random));
            created.add(room);
            return room;
        }
    }

    private RoomDraft everySettingChanged() {
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("email", "ada@example.com");
        contact.put("fax", null);
        return RoomDrafts.scheduled(NOW.plus(Duration.ofDays(2)), Duration.ofMinutes(90))
                .window(NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(3)))
                .externalId("crm:deal-4711")
                .name("Quarterly review")
                .description("Numbers, plans and questions.")
                .type("PUBLIC")
                .mode("LECTURE")
                .topology(new TopologyDraft("MESH", 3))
                .limits(new LimitsDraft(3, 2, 500))
                .media(new MediaDraft("HD", false, true, 9, false, "DE", true))
                .recording(new RecordingDraft(true, true, new RoleBasedDraft("AUDIO", "AUDIO_VIDEO"),
                        new LiveDraft(true, "https://view.example.com/rooms/live?layout=grid")))
                .access(new AccessDraft(true, true, true, "REPLACE"))
                .lifetime(new RoomDraft.LifetimeDraft(45, 0, 900, 90))
                .sip(true)
                .metadata(Map.of(
                        "customer", "ACME",
                        "seats", 12,
                        "ratio", 0.75,
                        "numbers", List.of(1e10, -0.0001, Long.MAX_VALUE, new BigInteger("123456789012345678901234567890")),
                        "vip", true,
                        "tags", List.of("board", "q3", List.of(1, 2)),
                        "owner", Map.of("name", "Ada", "contact", contact, "teams", Collections.emptyList())))
                .build();
    }

    private TenantId newTenant() {
        TenantId id = TenantId.next(NOW, random);
        tenants.insert(Tenant.create(id, "Tenant " + id, NOW));
        return id;
    }

    private Room newRoom(TenantId tenant, RoomDraft draft) {
        return Room.create(RoomId.next(NOW, random), tenant, draft, NOW, random);
    }

    /** {@code room} with the SIP dial-in of {@code holder}, as an unlucky draw would give it. */
    private static Room withSipOf(Room holder, Room room) {
        return Room.reconstitute(room.id(), room.tenantId(), room.settings(), holder.sip(), room.status(),
                room.createdAt(), room.updatedAt(), room.endedAt(), room.version(), room.topologyInUse());
    }

    private Room insertWithoutMembers(Room room) {
        return rooms.insert(room, InitialMembers.of(room, List.of(), NOW));
    }

    private static RoomDraft oneToOne() {
        return RoomDrafts.ofType("ONE_TO_ONE").build();
    }

    private static OneToOnePair pair(String a, String b) {
        return OneToOnePair.of(new UserRef(a), new UserRef(b));
    }

    private static List<String> userRefsOf(List<RoomMember> list) {
        return list.stream().map(member -> member.userRef().value()).toList();
    }

    private Room find(Room room) {
        return rooms.findById(room.tenantId(), room.id()).orElseThrow();
    }

    private List<Room> listAll(TenantId tenant, SortOrder order) {
        return rooms.list(query(tenant, order, null).build(), ListRoomsQuery.MAX_LIMIT);
    }

    private static QueryBuilder query(TenantId tenant, SortOrder order, RoomCursor cursor) {
        return new QueryBuilder(tenant, order, cursor);
    }

    /** A {@link ListRoomsQuery} with only the filters a test names. */
    private static final class QueryBuilder {
        private final TenantId tenant;
        private final SortOrder order;
        private final RoomCursor cursor;
        private int limit = ListRoomsQuery.MAX_LIMIT;
        private RoomStatus status;
        private RoomType type;
        private ExternalId externalId;

        QueryBuilder(TenantId tenant, SortOrder order, RoomCursor cursor) {
            this.tenant = tenant;
            this.order = order;
            this.cursor = cursor;
        }

        QueryBuilder withLimit(int value) {
            limit = value;
            return this;
        }

        QueryBuilder withStatus(RoomStatus value) {
            status = value;
            return this;
        }

        QueryBuilder withType(RoomType value) {
            type = value;
            return this;
        }

        QueryBuilder withExternalId(String value) {
            externalId = new ExternalId(value);
            return this;
        }

        ListRoomsQuery build() {
            return new ListRoomsQuery(tenant, limit, cursor, status, type, externalId, order);
        }
    }

    private static List<RoomId> idsOf(List<Room> page) {
        return page.stream().map(Room::id).toList();
    }

    /** Everything a room holds, in a form that compares by value. */
    private static List<Object> stateOf(Room room) {
        return Arrays.asList(room.id(), room.tenantId(), room.settings(), room.sip(), room.status(), room.createdAt(),
                room.updatedAt(), room.endedAt(), room.version());
    }
}
